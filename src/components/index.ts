/**
 * The prebuilt UI layer: field primitives on react-hook-form, small parts, theme scope,
 * validation schemas (zod/mini) and message tables. Styles: import `./styles.css`.
 */

// i18n
export { en } from './i18n/en.js';
export type { Messages, MessageKey, ErrorMessageKey } from './i18n/en.js';
export { fr } from './i18n/fr.js';
export { es } from './i18n/es.js';
export { de } from './i18n/de.js';
export { LOCALES } from './i18n/locales.js';
export type { LocaleName } from './i18n/locales.js';
export { resolveMessages } from './i18n/resolveMessages.js';
export type { Locale } from './i18n/resolveMessages.js';
export { format } from './i18n/format.js';
export type { MessageVars } from './i18n/format.js';
export { messageKey, translate } from './i18n/translate.js';
export { MessagesProvider } from './i18n/MessagesProvider.js';
export type { MessagesProviderProps } from './i18n/MessagesProvider.js';
export { useMessages } from './i18n/useMessages.js';
export { errorMessage } from './i18n/errorMessage.js';
export { formatSignInMethods } from './i18n/formatSignInMethods.js';

// form primitives
export { Form } from './form/Form.js';
export type { FormProps } from './form/Form.js';
export { FormField } from './form/FormField.js';
export type { FormFieldProps } from './form/FormField.js';
export { FormItem } from './form/FormItem.js';
export type { FormItemProps } from './form/FormItem.js';
export { FormLabel } from './form/FormLabel.js';
export type { FormLabelProps } from './form/FormLabel.js';
export { FormControl } from './form/FormControl.js';
export type { FormControlProps } from './form/FormControl.js';
export { FormDescription } from './form/FormDescription.js';
export type { FormDescriptionProps } from './form/FormDescription.js';
export { FormMessage } from './form/FormMessage.js';
export type { FormMessageProps } from './form/FormMessage.js';
export { FormRootError } from './form/FormRootError.js';
export type { FormRootErrorProps } from './form/FormRootError.js';
export { SubmitButton } from './form/SubmitButton.js';
export type { SubmitButtonProps } from './form/SubmitButton.js';
export { useFormField } from './form/useFormField.js';
export type { UseFormFieldResult } from './form/useFormField.js';
export { useAuthForm } from './form/useAuthForm.js';
export type { UseAuthFormOptions } from './form/useAuthForm.js';
export {
  applyServerError,
  DEFAULT_SERVER_ERROR_FIELDS,
  ROOT_SERVER_ERROR,
} from './form/applyServerError.js';
export type { ServerErrorFieldMap } from './form/applyServerError.js';

// small parts
export { Alert } from './ui/Alert.js';
export type { AlertProps, AlertVariant } from './ui/Alert.js';
export { AuthCard } from './ui/AuthCard.js';
export type { AuthCardProps, AuthCardClassNames } from './ui/AuthCard.js';
export { AuthRoot } from './ui/AuthRoot.js';
export type { AuthRootProps, AuthTheme } from './ui/AuthRoot.js';
export { Button } from './ui/Button.js';
export type { ButtonProps, ButtonVariant } from './ui/Button.js';
export { LinkButton } from './ui/LinkButton.js';
export type { LinkButtonProps } from './ui/LinkButton.js';
export { Spinner } from './ui/Spinner.js';
export type { SpinnerProps } from './ui/Spinner.js';
export { Input } from './ui/Input.js';
export type { InputProps } from './ui/Input.js';
export { PasswordInput } from './ui/PasswordInput.js';
export type { PasswordInputProps } from './ui/PasswordInput.js';
export { TextField } from './ui/TextField.js';
export type { TextFieldProps, TextFieldKind, TextFieldClassNames } from './ui/TextField.js';

// validation
export {
  DEFAULT_PASSWORD_MIN_LENGTH,
  emailSchema,
  passwordSchema,
  existingPasswordSchema,
  signInSchema,
  signUpSchema,
  emailOnlySchema,
  newPasswordSchema,
  confirmPasswordSchema,
  passwordsMatch,
} from './schemas.js';
export type { PasswordRules } from './schemas.js';

// email-link pages (reset password, accept invite, verify email) and their dead ends
export { ResetPasswordPage } from './emailLinks/ResetPasswordPage.js';
export type {
  ResetPasswordPageProps,
  ResetPasswordPageClassNames,
  ResetPasswordPageState,
} from './emailLinks/ResetPasswordPage.js';
export { AcceptInvitePage } from './emailLinks/AcceptInvitePage.js';
export type {
  AcceptInvitePageProps,
  AcceptInvitePageClassNames,
  AcceptInvitePageState,
} from './emailLinks/AcceptInvitePage.js';
export { VerifyEmailPage } from './emailLinks/VerifyEmailPage.js';
export type {
  VerifyEmailPageProps,
  VerifyEmailPageClassNames,
  VerifyEmailPageState,
} from './emailLinks/VerifyEmailPage.js';
export { LinkProblem } from './emailLinks/LinkProblem.js';
export type { LinkProblemProps, LinkProblemClassNames } from './emailLinks/LinkProblem.js';
export { linkProblemOf } from './emailLinks/linkProblemOf.js';
export type { LinkProblemReason } from './emailLinks/linkProblemOf.js';

// account management
export { InviteUserForm } from './account/InviteUserForm.js';
export type {
  InviteUserFormProps,
  InviteUserFormClassNames,
  InviteUserFormState,
} from './account/InviteUserForm.js';
export { UpdateEmailForm } from './account/UpdateEmailForm.js';
export type {
  UpdateEmailFormProps,
  UpdateEmailFormClassNames,
  UpdateEmailFormState,
} from './account/UpdateEmailForm.js';
export { UpdatePasswordForm } from './account/UpdatePasswordForm.js';
export type {
  UpdatePasswordFormProps,
  UpdatePasswordFormClassNames,
  UpdatePasswordFormState,
} from './account/UpdatePasswordForm.js';
export { DeleteAccountDialog } from './account/DeleteAccountDialog.js';
export type {
  DeleteAccountDialogProps,
  DeleteAccountDialogClassNames,
} from './account/DeleteAccountDialog.js';
export { AccountSettings } from './account/AccountSettings.js';
export type {
  AccountSettingsProps,
  AccountSettingsClassNames,
  AccountSettingsState,
} from './account/AccountSettings.js';

// prebuilt screens: sign-in, sign-up, OAuth, forgot password, dialog
export { SignInForm } from './signIn/SignInForm.js';
export type { SignInFormProps, SignInFormClassNames } from './signIn/SignInForm.js';
export type { AuthLinkInfo, AuthLinkRenderProps, RenderLink } from './signIn/AuthLink.js';
export { SignUpForm } from './signUp/SignUpForm.js';
export type { SignUpFormProps, SignUpFormClassNames } from './signUp/SignUpForm.js';
export { OAuthButtons } from './oauth/OAuthButtons.js';
export type {
  OAuthButtonsProps,
  OAuthButtonsClassNames,
  OAuthOptions,
} from './oauth/OAuthButtons.js';
export { OAuthCallback } from './oauth/OAuthCallback.js';
export type { OAuthCallbackProps, OAuthCallbackClassNames } from './oauth/OAuthCallback.js';
export { AccountExists } from './oauth/AccountExists.js';
export type { AccountExistsProps, AccountExistsClassNames } from './oauth/AccountExists.js';
export { ForgotPasswordForm } from './forgotPassword/ForgotPasswordForm.js';
export type {
  ForgotPasswordFormProps,
  ForgotPasswordFormClassNames,
} from './forgotPassword/ForgotPasswordForm.js';
export { AuthDialog } from './dialog/AuthDialog.js';
export type { AuthDialogProps, AuthDialogClassNames, AuthDialogView } from './dialog/AuthDialog.js';
