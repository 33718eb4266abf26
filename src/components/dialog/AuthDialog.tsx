/*
 * Accessible names (stable): a modal `dialog` named by its heading, "Sign in" or
 * "Create an account", and described by the screen's description; inside, the `SignInForm` /
 * `SignUpForm` names ("Email", "Password", "Sign in", "Sign up"…), the toggles
 * "Create an account" / "Already have an account? Sign in" (buttons), and "Close".
 * Escape and "Close" close it; focus returns to the trigger (Radix Dialog).
 */
import * as Dialog from '@radix-ui/react-dialog';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Session } from '../../core/index.js';
import { cx } from '../cx.js';
import { signInMessages } from '../i18n/en/signIn.js';
import { signUpMessages } from '../i18n/en/signUp.js';
import { dialogMessages } from '../i18n/en/dialog.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import type { OAuthOptions } from '../oauth/OAuthButtons.js';
import { SignInForm, type SignInFormProps } from '../signIn/SignInForm.js';
import { SignUpForm, type SignUpFormProps } from '../signUp/SignUpForm.js';
import { AuthRoot, type AuthTheme } from '../ui/AuthRoot.js';
import { Button } from '../ui/Button.js';

/** Which form the dialog shows. */
export type AuthDialogView = 'signIn' | 'signUp';

/** Classes for each part of `AuthDialog`. */
export interface AuthDialogClassNames {
  overlay?: string;
  content?: string;
  close?: string;
}

type OwnedByDialog = 'title' | 'description' | 'headingLevel' | 'oauth';

export interface AuthDialogProps {
  /** Controlled open state; pair with `onOpenChange`. */
  open?: boolean;
  /** Uncontrolled initial open state. */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (rendered `asChild`: one element that accepts a ref, e.g. a `<button>`). */
  trigger?: ReactNode;
  /** The form shown when the dialog first opens. Default `'signIn'`. */
  defaultView?: AuthDialogView;
  /** Props for the sign-in form. `onSuccess` runs, then the dialog closes. */
  signInProps?: Omit<SignInFormProps, OwnedByDialog | 'onSignUp' | 'signUpHref'>;
  /** Props for the sign-up form (it shows "check your inbox" and stays open until closed). */
  signUpProps?: Omit<SignUpFormProps, OwnedByDialog | 'onSignIn' | 'signInHref'>;
  /** OAuth buttons on both forms. */
  oauth?: OAuthOptions;
  /** Colour scheme of the dialog. Default: the `AuthRoot` around the trigger, else light. */
  theme?: AuthTheme;
  /** Drop the kit's styles and layout (see `AuthRoot`). */
  unstyled?: boolean;
  /** Where the dialog is portalled. Default `document.body`. */
  container?: HTMLElement | null;
  className?: string;
  classNames?: AuthDialogClassNames;
}

// Layout only (colours come from the theme), inline because the dialog is portalled out of
// any app stylesheet scope; `unstyled` removes it, `classNames` can add to it.
const OVERLAY_STYLE: CSSProperties = {
  position: 'fixed',
  inset: 0,
  background: 'rgb(15 23 42 / 0.55)',
};
const CONTENT_STYLE: CSSProperties = {
  position: 'fixed',
  top: '50%',
  left: '50%',
  transform: 'translate(-50%, -50%)',
  width: 'min(calc(100vw - 2rem), var(--dar-card-width, 26rem))',
  maxHeight: 'calc(100vh - 2rem)',
  overflowY: 'auto',
};
const CLOSE_STYLE: CSSProperties = { position: 'absolute', top: '0.75rem', right: '0.75rem' };

/**
 * Sign-in and sign-up in a modal dialog (Radix Dialog: focus trap, Escape, focus return),
 * with a toggle between the two; closes itself after a successful sign-in.
 *
 * @example
 * <AuthDialog trigger={<button type="button">Sign in</button>} signInProps={{ forgotPasswordHref: '/forgot' }} />
 */
export function AuthDialog({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  defaultView = 'signIn',
  signInProps,
  signUpProps,
  oauth,
  theme,
  unstyled = false,
  container,
  className,
  classNames,
}: AuthDialogProps) {
  const t = useMessageSlice(signInMessages, signUpMessages, dialogMessages);
  const [open, changeOpen] = useControllableState({
    prop: openProp,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller: 'AuthDialog',
  });
  const [view, setView] = useState<AuthDialogView>(defaultView);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [inheritedTheme, setInheritedTheme] = useState<AuthTheme | undefined>(undefined);

  // The portal leaves the app's AuthRoot, so the theme is read from the trigger's ancestors when
  // opening (layout effect: before paint, so the dialog never flashes in the wrong scheme).
  useLayoutEffect(() => {
    if (!open || theme) return;
    const scope = triggerRef.current
      ?.closest('[data-slot="auth-root"]')
      ?.getAttribute('data-theme');
    if (scope === 'light' || scope === 'dark' || scope === 'system') setInheritedTheme(scope);
  }, [open, theme]);

  function setOpen(next: boolean) {
    changeOpen(next);
    if (!next) setView(defaultView);
  }

  function signedIn(session: Session) {
    signInProps?.onSuccess?.(session);
    setOpen(false);
  }

  const title = (
    <Dialog.Title asChild>
      <span>{view === 'signIn' ? t['title.signIn'] : t['title.signUp']}</span>
    </Dialog.Title>
  );
  const description = (
    <Dialog.Description asChild>
      <span>{view === 'signIn' ? t['description.signIn'] : t['description.signUp']}</span>
    </Dialog.Description>
  );

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? (
        <Dialog.Trigger asChild ref={triggerRef}>
          {trigger}
        </Dialog.Trigger>
      ) : null}
      <Dialog.Portal container={container ?? undefined}>
        {/* `display: contents`: the root scopes variables and messages without drawing a box of its own. */}
        <AuthRoot
          theme={theme ?? inheritedTheme ?? 'light'}
          unstyled={unstyled}
          style={{ display: 'contents' }}
        >
          <Dialog.Overlay
            data-slot="auth-dialog-overlay"
            className={cx(classNames?.overlay)}
            style={unstyled ? undefined : OVERLAY_STYLE}
          />
          <Dialog.Content
            data-slot="auth-dialog"
            data-view={view}
            className={cx(classNames?.content, className)}
            style={unstyled ? undefined : CONTENT_STYLE}
          >
            {view === 'signIn' ? (
              <SignInForm
                {...signInProps}
                oauth={oauth}
                title={title}
                description={description}
                onSuccess={signedIn}
                onSignUp={() => setView('signUp')}
              />
            ) : (
              <SignUpForm
                {...signUpProps}
                oauth={oauth}
                title={title}
                description={description}
                onSignIn={() => setView('signIn')}
              />
            )}
            <Dialog.Close asChild>
              <Button
                variant="ghost"
                data-action="close"
                className={cx(classNames?.close)}
                style={unstyled ? undefined : CLOSE_STYLE}
              >
                {t['button.close']}
              </Button>
            </Dialog.Close>
          </Dialog.Content>
        </AuthRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
