import { useEffect, useRef, type ReactNode } from 'react';
import { useAuthState } from '../../react/useAuthState.js';
import { useSignOut } from '../../react/useSignOut.js';
import { useLatestRef } from '../../react/useLatestRef.js';
import { cx } from '../cx.js';
import { NavAction } from '../emailLinks/NavAction.js';
import { format } from '../i18n/format.js';
import { commonMessages } from '../i18n/en/common.js';
import { signedInMessages } from '../i18n/en/signedIn.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard.js';
import { Button } from '../ui/Button.js';

/** The props a sign-in or sign-up form takes for a visitor who is already signed in. */
export interface SignedInBehaviourProps {
  /**
   * Where the user goes once signed in: after this form signs them in, and at once when someone
   * already signed in opens the form (Back, a reload, a bookmark). Typically your `?next=` path;
   * check it is a path on your own site before passing it on (an open redirect otherwise).
   * Without it, a signed-in visitor sees "You're already signed in" with a way to sign out.
   */
  redirectTo?: string;
  /** Navigate with your router. Default: `window.location.assign(redirectTo)`. */
  onRedirect?: (to: string) => void;
}

/**
 * Sends a signed-in user to `redirectTo`, once per sign-in. `hold` keeps it waiting (e.g. while
 * the form's own sign-up shows "check your inbox"). Returns whether a user is signed in.
 */
export function useSignedInRedirect({
  redirectTo,
  onRedirect,
  hold = false,
}: SignedInBehaviourProps & { hold?: boolean }): boolean {
  const { status } = useAuthState('SignedInNotice');
  const signedIn = status === 'signedIn';
  // Usually an inline arrow: read the latest without re-running the redirect for a new identity.
  const navigate = useLatestRef(onRedirect);
  const done = useRef(false);
  useEffect(() => {
    if (!signedIn) {
      done.current = false;
      return;
    }
    if (hold || redirectTo === undefined || done.current) return;
    done.current = true;
    if (navigate.current) navigate.current(redirectTo);
    else window.location.assign(redirectTo);
  }, [signedIn, hold, redirectTo, navigate]);
  return signedIn;
}

export interface SignedInNoticeProps extends SignedInBehaviourProps {
  /** The form's own slot (`sign-in-form`…), so styles and tests find the screen under one name. */
  slot: string;
  title?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: AuthCardClassNames;
}

/**
 * What a sign-in or sign-up form shows to someone already signed in: who they are, the way on
 * (`redirectTo`) and "Sign out" to use another account, rather than a form that would sign a
 * second account in over the first.
 */
export function SignedInNotice({
  slot,
  title,
  redirectTo,
  onRedirect,
  headingLevel,
  className,
  classNames,
}: SignedInNoticeProps) {
  const t = useMessageSlice(commonMessages, signedInMessages);
  const { user } = useAuthState('SignedInNotice');
  const signOut = useSignOut();
  return (
    <AuthCard
      data-slot={slot}
      data-state="signed-in"
      title={title === null ? null : t['title.signedIn']}
      description={format(t['description.signedInAs'], { email: user?.email ?? user?.uid ?? '' })}
      headingLevel={headingLevel}
      className={cx(className)}
      classNames={classNames}
    >
      <div data-dar-part="outcome" data-slot="signed-in-notice">
        <NavAction
          slot="signed-in-continue"
          href={redirectTo}
          onClick={
            redirectTo !== undefined && onRedirect ? () => onRedirect(redirectTo) : undefined
          }
          variant="primary"
        >
          {t['button.continue']}
        </NavAction>
        <Button data-slot="signed-in-sign-out" variant="link" onClick={signOut}>
          {t['button.signOut']}
        </Button>
      </div>
    </AuthCard>
  );
}
