/**
 * The prebuilt UI layer: field primitives on react-hook-form, small parts, theme scope,
 * validation schemas (zod/mini) and message tables. Styles: import `./styles.css`.
 */

// i18n
export { en } from './i18n/en';
export type { Messages, MessageKey, ErrorMessageKey } from './i18n/en';
export { fr } from './i18n/fr';
export { es } from './i18n/es';
export { de } from './i18n/de';
export { LOCALES } from './i18n/locales';
export type { LocaleName } from './i18n/locales';
export { resolveMessages } from './i18n/resolveMessages';
export type { Locale } from './i18n/resolveMessages';
export { format } from './i18n/format';
export type { MessageVars } from './i18n/format';
export { messageKey, translate } from './i18n/translate';
export { MessagesProvider } from './i18n/MessagesProvider';
export type { MessagesProviderProps } from './i18n/MessagesProvider';
export { useMessages } from './i18n/useMessages';
export { errorMessage } from './i18n/errorMessage';
export { formatSignInMethods } from './i18n/formatSignInMethods';

// form primitives
export { Form } from './form/Form';
export type { FormProps } from './form/Form';
export { FormField } from './form/FormField';
export type { FormFieldProps } from './form/FormField';
export { FormItem } from './form/FormItem';
export type { FormItemProps } from './form/FormItem';
export { FormLabel } from './form/FormLabel';
export type { FormLabelProps } from './form/FormLabel';
export { FormControl } from './form/FormControl';
export type { FormControlProps } from './form/FormControl';
export { FormDescription } from './form/FormDescription';
export type { FormDescriptionProps } from './form/FormDescription';
export { FormMessage } from './form/FormMessage';
export type { FormMessageProps } from './form/FormMessage';
export { FormRootError } from './form/FormRootError';
export type { FormRootErrorProps } from './form/FormRootError';
export { SubmitButton } from './form/SubmitButton';
export type { SubmitButtonProps } from './form/SubmitButton';
export { useFormField } from './form/useFormField';
export type { UseFormFieldResult } from './form/useFormField';
export { useAuthForm } from './form/useAuthForm';
export type { UseAuthFormOptions } from './form/useAuthForm';
export {
  applyServerError,
  DEFAULT_SERVER_ERROR_FIELDS,
  ROOT_SERVER_ERROR,
} from './form/applyServerError';
export type { ServerErrorFieldMap } from './form/applyServerError';

// small parts
export { Alert } from './ui/Alert';
export type { AlertProps, AlertVariant } from './ui/Alert';
export { AuthCard } from './ui/AuthCard';
export type { AuthCardProps, AuthCardClassNames } from './ui/AuthCard';
export { AuthRoot } from './ui/AuthRoot';
export type { AuthRootProps, AuthTheme } from './ui/AuthRoot';
export { Button } from './ui/Button';
export type { ButtonProps, ButtonVariant } from './ui/Button';
export { LinkButton } from './ui/LinkButton';
export type { LinkButtonProps } from './ui/LinkButton';
export { Spinner } from './ui/Spinner';
export type { SpinnerProps } from './ui/Spinner';
export { Input } from './ui/Input';
export type { InputProps } from './ui/Input';
export { PasswordInput } from './ui/PasswordInput';
export type { PasswordInputProps } from './ui/PasswordInput';
export { TextField } from './ui/TextField';
export type { TextFieldProps, TextFieldKind, TextFieldClassNames } from './ui/TextField';

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
} from './schemas';
export type { PasswordRules } from './schemas';

// email-link pages (reset password, accept invite, verify email) and their dead ends
export { ResetPasswordPage } from './emailLinks/ResetPasswordPage';
export type {
  ResetPasswordPageProps,
  ResetPasswordPageClassNames,
  ResetPasswordPageState,
} from './emailLinks/ResetPasswordPage';
export { AcceptInvitePage } from './emailLinks/AcceptInvitePage';
export type {
  AcceptInvitePageProps,
  AcceptInvitePageClassNames,
  AcceptInvitePageState,
} from './emailLinks/AcceptInvitePage';
export { VerifyEmailPage } from './emailLinks/VerifyEmailPage';
export type {
  VerifyEmailPageProps,
  VerifyEmailPageClassNames,
  VerifyEmailPageState,
} from './emailLinks/VerifyEmailPage';
export { LinkProblem } from './emailLinks/LinkProblem';
export type { LinkProblemProps, LinkProblemClassNames } from './emailLinks/LinkProblem';
export { linkProblemOf } from './emailLinks/linkProblemOf';
export type { LinkProblemReason } from './emailLinks/linkProblemOf';

// account management
export { InviteUserForm } from './account/InviteUserForm';
export type {
  InviteUserFormProps,
  InviteUserFormClassNames,
  InviteUserFormState,
} from './account/InviteUserForm';
export { UpdateEmailForm } from './account/UpdateEmailForm';
export type {
  UpdateEmailFormProps,
  UpdateEmailFormClassNames,
  UpdateEmailFormState,
} from './account/UpdateEmailForm';
export { UpdatePasswordForm } from './account/UpdatePasswordForm';
export type {
  UpdatePasswordFormProps,
  UpdatePasswordFormClassNames,
  UpdatePasswordFormState,
} from './account/UpdatePasswordForm';
export { DeleteAccountDialog } from './account/DeleteAccountDialog';
export type {
  DeleteAccountDialogProps,
  DeleteAccountDialogClassNames,
} from './account/DeleteAccountDialog';
export { AccountSettings } from './account/AccountSettings';
export type {
  AccountSettingsProps,
  AccountSettingsClassNames,
  AccountSettingsState,
} from './account/AccountSettings';

// prebuilt screens: sign-in, sign-up, OAuth, forgot password, dialog
export { SignInForm } from './signIn/SignInForm';
export type { SignInFormProps, SignInFormClassNames } from './signIn/SignInForm';
export type { AuthLinkInfo, AuthLinkRenderProps, RenderLink } from './signIn/AuthLink';
export { SignUpForm } from './signUp/SignUpForm';
export type { SignUpFormProps, SignUpFormClassNames } from './signUp/SignUpForm';
export { OAuthButtons } from './oauth/OAuthButtons';
export type { OAuthButtonsProps, OAuthButtonsClassNames, OAuthOptions } from './oauth/OAuthButtons';
export { OAuthCallback } from './oauth/OAuthCallback';
export type { OAuthCallbackProps, OAuthCallbackClassNames } from './oauth/OAuthCallback';
export { AccountExists } from './oauth/AccountExists';
export type { AccountExistsProps, AccountExistsClassNames } from './oauth/AccountExists';
export { ForgotPasswordForm } from './forgotPassword/ForgotPasswordForm';
export type {
  ForgotPasswordFormProps,
  ForgotPasswordFormClassNames,
} from './forgotPassword/ForgotPasswordForm';
export { AuthDialog } from './dialog/AuthDialog';
export type { AuthDialogProps, AuthDialogClassNames, AuthDialogView } from './dialog/AuthDialog';
