/**
 * Accessible names (stable, from `en`): trigger "Delete account"; dialog "Delete your account"
 * (described by "This permanently deletes…"); field "Type {your email | DELETE} to confirm", then
 * (password accounts) "Current password"; buttons "Cancel" and "Delete account" ("Deleting…").
 */
import * as Dialog from '@radix-ui/react-dialog';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { AuthError } from '../../core/errors.js';
import { useAuthState } from '../../react/useAuthState.js';
import { useDeleteAccount } from '../../react/useDeleteAccount.js';
import { cx } from '../cx.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { errorMessage } from '../i18n/errorMessage.js';
import { format } from '../i18n/format.js';
import { accountMessages } from '../i18n/en/account.js';
import { authErrorMessages } from '../i18n/en/errors.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { Button } from '../ui/Button.js';
import { PasswordInput } from '../ui/PasswordInput.js';
import { Spinner } from '../ui/Spinner.js';

/** Classes for each part of the dialog. */
export interface DeleteAccountDialogClassNames {
  trigger?: string;
  overlay?: string;
  content?: string;
  title?: string;
  description?: string;
  form?: string;
  error?: string;
  label?: string;
  input?: string;
  /** The current-password field of password accounts. */
  password?: string;
  actions?: string;
  cancel?: string;
  confirm?: string;
}

export interface DeleteAccountDialogProps {
  /** Controlled open state; leave undefined to let the dialog manage it (`defaultOpen`). */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * What the user types to enable the button: their `email` (default when the account has
   * one) or the translated word `DELETE` (`phrase`).
   */
  confirmWith?: 'email' | 'phrase';
  /** Custom trigger element (rendered with `asChild`); defaults to a danger "Delete account" button. */
  children?: ReactNode;
  /**
   * Where the dialog is portalled. Defaults to the closest `<AuthRoot>` so it keeps the kit's
   * theme and styles (a portal to `document.body` would leave the `.dar-root` scope).
   */
  container?: HTMLElement | null;
  /** After the account was deleted and the session signed out. */
  onSuccess?: () => void;
  onError?: (error: AuthError) => void;
  className?: string;
  classNames?: DeleteAccountDialogClassNames;
}

function normalise(value: string): string {
  return value.trim().toLocaleLowerCase();
}

/**
 * Deletes the signed-in account after an explicit confirmation: the destructive button stays
 * disabled until the user typed their email (or "DELETE") and, for an account that signs in with a
 * password, their current password (the user signs in again first: a wrong password deletes
 * nothing). Accounts that sign in with a provider only have no password to confirm; the typed
 * confirmation is their step. Escape and "Cancel" close it and return focus to the trigger; while
 * the request runs it cannot be closed half-way.
 *
 * @example
 * <DeleteAccountDialog onSuccess={() => navigate('/goodbye')} />
 * <DeleteAccountDialog confirmWith="phrase"><button>Close my account</button></DeleteAccountDialog>
 */
export function DeleteAccountDialog({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  confirmWith,
  children,
  container,
  onSuccess,
  onError,
  className,
  classNames,
}: DeleteAccountDialogProps) {
  const t = useMessageSlice(accountMessages, authErrorMessages);
  const { user } = useAuthState('DeleteAccountDialog');
  const remove = useDeleteAccount();
  const inputId = useId();
  const passwordId = useId();
  const passwordHintId = useId();
  const [open, changeOpen] = useControllableState({
    prop: openProp,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller: 'DeleteAccountDialog',
  });
  const [typed, setTyped] = useState('');
  const [password, setPassword] = useState('');
  const asksPassword = user?.signInProvider === 'password';
  const [rootElement, setRootElement] = useState<HTMLElement | null>(null);
  const pending = remove.isPending;

  const phrase =
    (confirmWith ?? (user?.email ? 'email' : 'phrase')) === 'email' && user?.email
      ? user.email
      : t['deleteAccount.confirmWord'];
  const confirmed =
    normalise(typed) === normalise(phrase) && (!asksPassword || password.length > 0);

  const setOpen = (next: boolean) => {
    // Closing mid-request would hide whether the account is gone.
    if (!next && pending) return;
    if (!next) {
      setTyped('');
      setPassword('');
      remove.reset();
    }
    changeOpen(next);
  };

  // A callback ref runs at commit, before Radix's portal mounts, so the first open already
  // renders inside the AuthRoot.
  const wrapperRef = useCallback((node: HTMLSpanElement | null) => {
    setRootElement(node?.closest<HTMLElement>('[data-slot="auth-root"]') ?? null);
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed || pending) return;
    try {
      await reportAuthError(
        () => remove.mutateAsync(asksPassword ? { password } : undefined),
        onError,
      );
    } catch {
      return; // The dialog shows it (`remove.error`) and stays open for another try.
    }
    changeOpen(false);
    onSuccess?.();
  };

  return (
    <span
      ref={wrapperRef}
      data-slot="delete-account-dialog"
      data-state={open ? 'open' : 'closed'}
      className={cx(className)}
    >
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger asChild>
          {children ?? (
            <Button
              data-slot="delete-account-dialog-trigger"
              variant="danger"
              className={classNames?.trigger}
            >
              {t['button.deleteAccount']}
            </Button>
          )}
        </Dialog.Trigger>
        <Dialog.Portal container={container ?? rootElement ?? undefined}>
          <Dialog.Overlay
            data-slot="delete-account-dialog-overlay"
            className={cx(classNames?.overlay)}
          />
          <Dialog.Content
            data-slot="delete-account-dialog-content"
            className={cx(classNames?.content)}
            onEscapeKeyDown={(event) => {
              if (pending) event.preventDefault();
            }}
            onPointerDownOutside={(event) => {
              if (pending) event.preventDefault();
            }}
          >
            <Dialog.Title data-slot="delete-account-dialog-title" className={cx(classNames?.title)}>
              {t['title.deleteAccount']}
            </Dialog.Title>
            <Dialog.Description
              data-slot="delete-account-dialog-description"
              className={cx(classNames?.description)}
            >
              {t['description.deleteAccount']}
            </Dialog.Description>
            <form
              data-slot="delete-account-dialog-form"
              noValidate
              onSubmit={submit}
              className={cx(classNames?.form)}
            >
              {/* In the DOM while open and empty, so the text is announced when it appears. */}
              <div
                role="alert"
                aria-atomic="true"
                data-slot="delete-account-dialog-error"
                data-state={remove.isError ? 'open' : 'closed'}
                className={cx(classNames?.error)}
              >
                {remove.isError ? errorMessage(remove.error, t) : null}
              </div>
              <div data-slot="form-item">
                <label data-slot="form-label" htmlFor={inputId} className={cx(classNames?.label)}>
                  {format(t['deleteAccount.confirmLabel'], { phrase })}
                </label>
                <input
                  data-slot="field-input"
                  id={inputId}
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                  // Not an email field for the browser: autofill would defeat the confirmation.
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  disabled={pending}
                  className={cx(classNames?.input)}
                />
              </div>
              {asksPassword ? (
                <div data-slot="form-item">
                  <label
                    data-slot="form-label"
                    htmlFor={passwordId}
                    className={cx(classNames?.label)}
                  >
                    {t['label.currentPassword']}
                  </label>
                  <PasswordInput
                    data-slot="field-input"
                    id={passwordId}
                    value={password}
                    onChange={(event) => setPassword(event.target.value)}
                    autoComplete="current-password"
                    aria-describedby={passwordHintId}
                    aria-invalid={
                      remove.error?.code === 'invalid_password' ||
                      remove.error?.code === 'invalid_credentials' ||
                      undefined
                    }
                    disabled={pending}
                    className={cx(classNames?.password)}
                  />
                  <p data-slot="form-description" id={passwordHintId}>
                    {t['deleteAccount.passwordHint']}
                  </p>
                </div>
              ) : null}
              <div data-slot="delete-account-dialog-actions" className={cx(classNames?.actions)}>
                <Dialog.Close asChild>
                  <Button
                    data-slot="delete-account-dialog-cancel"
                    variant="secondary"
                    disabled={pending}
                    className={classNames?.cancel}
                  >
                    {t['button.cancel']}
                  </Button>
                </Dialog.Close>
                <Button
                  data-slot="delete-account-dialog-confirm"
                  type="submit"
                  variant="danger"
                  disabled={!confirmed || pending}
                  aria-busy={pending || undefined}
                  data-state={pending ? 'pending' : confirmed ? 'armed' : 'disarmed'}
                  className={classNames?.confirm}
                >
                  {pending ? (
                    <>
                      <Spinner />
                      <span>{t['loading.deleting']}</span>
                    </>
                  ) : (
                    t['button.deleteAccount']
                  )}
                </Button>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </span>
  );
}
