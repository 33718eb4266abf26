import type { Messages } from './en.js';

/** German messages. */
export const de = {
  'label.email': 'E-Mail',
  'label.password': 'Passwort',
  'label.confirmPassword': 'Passwort bestätigen',
  'label.newPassword': 'Neues Passwort',
  'label.currentPassword': 'Aktuelles Passwort',
  'label.newEmail': 'Neue E-Mail',
  'label.inviteEmail': 'E-Mail der eingeladenen Person',

  'description.password': 'Mindestens {min} Zeichen.',
  'placeholder.email': 'du@beispiel.de',

  'password.show': 'Passwort anzeigen',
  'password.hide': 'Passwort verbergen',

  'button.signIn': 'Anmelden',
  'button.signUp': 'Registrieren',
  'button.continue': 'Weiter',
  'button.sendResetLink': 'Link zum Zurücksetzen senden',
  'button.resetPassword': 'Passwort zurücksetzen',
  'button.acceptInvite': 'Einladung annehmen',
  'button.sendInvite': 'Einladung senden',
  'button.updateEmail': 'E-Mail ändern',
  'button.updatePassword': 'Passwort ändern',
  'button.deleteAccount': 'Konto löschen',
  'button.cancel': 'Abbrechen',
  'button.signOut': 'Abmelden',
  'button.tryAgain': 'Erneut versuchen',
  'button.continueWithGoogle': 'Weiter mit Google',
  'button.continueWithFacebook': 'Weiter mit Facebook',
  'button.continueWithGithub': 'Weiter mit GitHub',
  'button.continueWithProvider': 'Weiter mit {provider}',

  'link.forgotPassword': 'Passwort vergessen?',
  'link.createAccount': 'Konto erstellen',
  'link.backToSignIn': 'Zurück zur Anmeldung',
  'link.haveAccount': 'Schon ein Konto? Anmelden',
  'link.requestNewLink': 'Neuen Link anfordern',

  'divider.or': 'oder',

  'title.signIn': 'Anmelden',
  'title.signUp': 'Konto erstellen',
  'title.forgotPassword': 'Passwort zurücksetzen',
  'title.resetPassword': 'Neues Passwort wählen',
  'title.acceptInvite': 'Einladung annehmen',
  'title.sendInvite': 'Jemanden einladen',
  'title.updateEmail': 'E-Mail ändern',
  'title.updatePassword': 'Passwort ändern',
  'title.deleteAccount': 'Konto löschen',
  'title.verifyEmail': 'E-Mail bestätigen',
  'title.needConfirmation': 'Sie haben bereits ein Konto',
  'description.signIn': 'Willkommen zurück. Melden Sie sich an, um fortzufahren.',
  'description.signUp': 'Geben Sie Ihre E-Mail ein und wählen Sie ein Passwort.',
  'description.forgotPassword':
    'Geben Sie Ihre E-Mail ein; wir senden Ihnen einen Link zum Zurücksetzen.',
  'description.resetPassword': 'Geben Sie ein neues Passwort für Ihr Konto ein.',
  'description.acceptInvite': 'Wählen Sie ein Passwort, um Ihr Konto einzurichten.',
  'description.deleteAccount':
    'Ihr Konto wird endgültig gelöscht. Dies kann nicht rückgängig gemacht werden.',

  'success.resetLinkSent':
    'Falls ein Konto für {email} existiert, haben wir einen Link zum Zurücksetzen gesendet.',
  'success.passwordReset': 'Ihr Passwort wurde zurückgesetzt. Sie können sich jetzt anmelden.',
  'success.inviteSent': 'Einladung an {email} gesendet.',
  'success.inviteAccepted': 'Ihr Konto ist bereit.',
  'success.emailUpdated': 'Ihre E-Mail wurde geändert.',
  'success.passwordUpdated': 'Ihr Passwort wurde geändert.',
  'success.accountDeleted': 'Ihr Konto wurde gelöscht.',
  'success.emailVerified': 'Ihre E-Mail ist bestätigt.',
  'success.signedUp': 'Ihr Konto wurde erstellt.',

  'validation.required': 'Füllen Sie dieses Feld aus',
  'validation.emailRequired': 'Geben Sie Ihre E-Mail-Adresse ein',
  'validation.email': 'Geben Sie eine gültige E-Mail-Adresse ein',
  'validation.passwordRequired': 'Geben Sie Ihr Passwort ein',
  'validation.passwordMin': 'Das Passwort muss mindestens {min} Zeichen lang sein',
  'validation.passwordUppercase': 'Das Passwort muss einen Großbuchstaben enthalten',
  'validation.passwordNumber': 'Das Passwort muss eine Ziffer enthalten',
  'validation.passwordSymbol': 'Das Passwort muss ein Sonderzeichen enthalten',
  'validation.passwordMismatch': 'Die Passwörter stimmen nicht überein',
  'validation.sameEmail': 'Das ist bereits Ihre E-Mail-Adresse',

  'deadEnd.expired.title': 'Dieser Link ist abgelaufen',
  'deadEnd.expired.description':
    'Links in unseren E-Mails sind nur begrenzt gültig. Fordern Sie einen neuen an, um fortzufahren.',
  'deadEnd.invalid.title': 'Dieser Link wurde bereits verwendet oder ist ungültig',
  'deadEnd.invalid.description':
    'Er wurde vielleicht schon benutzt oder unvollständig kopiert. Fordern Sie einen neuen Link an oder melden Sie sich an.',
  'deadEnd.missing.title': 'Dieser Link ist unvollständig',
  'deadEnd.missing.description':
    'Öffnen Sie den Link aus Ihrer E-Mail erneut oder fordern Sie einen neuen an.',

  'title.accountSettings': 'Kontoeinstellungen',
  'account.emailVerified': 'Bestätigt',
  'account.emailNotVerified': 'Nicht bestätigt',
  'account.providerManaged':
    'Sie melden sich mit {method} an, daher gibt es hier kein Passwort zu ändern.',
  'signedOut.emailChanged':
    'Ihre E-Mail-Adresse lautet jetzt {email}. Melden Sie sich damit erneut an.',
  'notice.emailChanged':
    'Ihre E-Mail-Adresse wurde geändert. Melden Sie sich mit der neuen Adresse erneut an.',
  'deleteAccount.passwordHint': 'Geben Sie Ihr Passwort ein, um zu bestätigen, dass Sie es sind.',
  'deleteAccount.confirmLabel': 'Geben Sie {phrase} ein, um zu bestätigen',
  'deleteAccount.confirmWord': 'LÖSCHEN',

  'needConfirmation.description':
    'Für {email} existiert bereits ein Konto — melden Sie sich stattdessen mit {methods} an.',
  'needConfirmation.methodsSeparator': ', ',
  'needConfirmation.methodsLastSeparator': ' oder ',
  'method.password': 'E-Mail und Passwort',
  'method.google': 'Google',
  'method.facebook': 'Facebook',
  'method.github': 'GitHub',

  'loading.default': 'Wird geladen…',
  'loading.signingIn': 'Anmeldung läuft…',
  'loading.signingUp': 'Konto wird erstellt…',
  'loading.sending': 'Wird gesendet…',
  'loading.saving': 'Wird gespeichert…',
  'loading.deleting': 'Wird gelöscht…',
  'loading.redirecting': 'Weiterleitung…',
  'loading.verifying': 'Wird überprüft…',

  'alert.dismiss': 'Schließen',

  // Prebuilt sign-in, sign-up, OAuth and dialog screens
  'button.close': 'Schließen',
  'button.useDifferentEmail': 'Andere E-Mail-Adresse verwenden',
  'button.signInWithPassword': 'Stattdessen mit E-Mail und Passwort anmelden',
  'identifierFirst.useProvider': 'Das Konto {email} meldet sich mit {methods} an.',
  'identifierFirst.notRegistered': 'Für {email} gibt es noch kein Konto.',
  'title.checkInbox': 'Prüfen Sie Ihren Posteingang',
  'success.verificationSent':
    'Wir haben einen Bestätigungslink an {email} gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen.',
  'title.oauthError': 'Wir konnten Sie nicht anmelden',
  'label.signInWith': 'Anmelden mit',
  'validation.confirmPasswordRequired': 'Geben Sie Ihr Passwort erneut ein',
  'notice.invitationPending':
    'Für {email} liegt eine Einladung vor. Öffnen Sie den Einladungslink in Ihrer E-Mail, um ein Passwort zu wählen und sich anzumelden.',
  'title.signedIn': 'Sie sind bereits angemeldet',
  'description.signedInAs': 'Angemeldet als {email}.',
  'title.oauthCancelled': 'Anmeldung abgebrochen',
  'description.oauthCancelled':
    'Es wurde nichts geändert. Wählen Sie, wie Sie sich anmelden möchten, um es erneut zu versuchen.',

  'errors.email_exists': 'Mit dieser E-Mail existiert bereits ein Konto.',
  'errors.email_not_found': 'Für diese E-Mail wurde kein Konto gefunden.',
  'errors.invalid_password': 'Das Passwort ist falsch.',
  'errors.invalid_credentials': 'E-Mail oder Passwort ist falsch.',
  'errors.weak_password': 'Dieses Passwort ist zu schwach. Verwenden Sie mindestens 6 Zeichen.',
  'errors.user_disabled': 'Dieses Konto wurde deaktiviert.',
  'errors.user_not_found': 'Es wurde kein Konto gefunden.',
  'errors.invalid_email': 'Geben Sie eine gültige E-Mail-Adresse ein.',
  'errors.missing_fields': 'Bitte füllen Sie alle Pflichtfelder aus.',
  'errors.invalid_oob_code': 'Dieser Link wurde bereits verwendet oder ist ungültig.',
  'errors.expired_oob_code': 'Dieser Link ist abgelaufen.',
  'errors.invalid_idp_response':
    'Die Anmeldung mit diesem Anbieter ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
  'errors.invalid_provider': 'Diese Anmeldemethode ist nicht verfügbar.',
  'errors.provider_disabled': 'Diese Anmeldemethode ist für diese App derzeit nicht verfügbar.',
  'errors.invalid_callback_uri': 'Diese Anmeldemethode ist für diese Website nicht eingerichtet.',
  'errors.invalid_refresh_token': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'errors.refresh_token_revoked': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'errors.token_expired': 'Bitte melden Sie sich aus Sicherheitsgründen erneut an.',
  'errors.unauthenticated': 'Bitte melden Sie sich an, um fortzufahren.',
  'errors.permission_denied': 'Dazu fehlt Ihnen die Berechtigung.',
  'errors.too_many_requests': 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  'errors.payload_too_large': 'Die Anfrage ist zu groß.',
  'errors.not_found': 'Das Gesuchte wurde nicht gefunden.',
  'errors.bad_request': 'Die Anfrage ist fehlerhaft. Bitte prüfen und erneut versuchen.',
  'errors.server_error': 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  'errors.oauth_state_mismatch':
    'Die Anmeldung konnte nicht überprüft werden. Bitte beginnen Sie erneut.',
  'errors.oauth_cancelled': 'Die Anmeldung wurde abgebrochen.',
  'errors.popup_blocked':
    'Der Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es erneut.',
  'errors.not_signed_in': 'Bitte melden Sie sich an, um fortzufahren.',
  'errors.network': 'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung.',
  'errors.timeout': 'Der Server hat zu lange gebraucht. Bitte versuchen Sie es erneut.',
  'errors.aborted': 'Die Anfrage wurde abgebrochen.',
  'errors.invalid_response':
    'Der Server hat unerwartet geantwortet. Bitte versuchen Sie es erneut.',
  'errors.unknown': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
} as const satisfies Messages;
