import { forwardRef, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react';
import { useAuthState } from '../../react/useAuthState.js';
import { cx } from '../cx.js';
import { Alert } from '../ui/Alert.js';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard.js';
import type { CardScreenProps } from '../ui/cardProps.js';
import { LinkProblem, type LinkProblemClassNames, type LinkProblemProps } from './LinkProblem.js';
import { isLinkProblem } from './linkProblemOf.js';

/** The props every email-link page takes; each page adds its own and documents its links. */
export interface EmailLinkPageBaseProps<ClassNames> extends CardScreenProps<ClassNames> {
  /** The mailed link; defaults to the address bar (read after mount, so SSR-safe). */
  url?: string;
  oobCode?: string | null;
  signInHref?: string;
  onSignIn?: () => void;
  /** Where to ask for a new mail; `?email=` is added when the address is known (see `email`). */
  requestNewLinkHref?: string;
  /** "Request a new link" without navigating; receives the address when known. */
  onRequestNewLink?: (email: string | undefined) => void;
  /**
   * The address the link was sent to, when the app knows it, to prefill a new request. Default:
   * an `email` parameter of the link, else the signed-in user's address.
   */
  email?: string;
  /** Remove `oobCode`/`uid` from the address bar after success. Default `true`. */
  cleanUrl?: boolean;
}

type DeadEndLinks = Pick<
  LinkProblemProps,
  'requestNewLinkHref' | 'onRequestNewLink' | 'signInHref' | 'onSignIn' | 'email'
>;

// `pageSlot` and `heading`, not `slot` and `title`: those are div attributes an app may pass on.
interface EmailLinkPageProps extends ComponentPropsWithoutRef<'div'>, DeadEndLinks {
  pageSlot: string;
  state: string;
  heading: string;
  description?: ReactNode;
  footer?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: {
    card?: string;
    cardParts?: AuthCardClassNames;
    linkProblem?: LinkProblemClassNames;
  };
  /** Focused when a dead end replaces what was there. */
  focusRef: Ref<HTMLDivElement>;
}

/**
 * The frame of an email-link page: `data-slot`/`data-state` on a div around the card, and the
 * dead end (`LinkProblem`) when `state` is one; the page renders its other states as children.
 */
export function EmailLinkPage({
  pageSlot,
  state,
  heading,
  description,
  footer,
  headingLevel,
  requestNewLinkHref,
  onRequestNewLink,
  email,
  signInHref,
  onSignIn,
  focusRef,
  className,
  classNames,
  children,
  ...props
}: EmailLinkPageProps) {
  const { user } = useAuthState('EmailLinkPage');
  return (
    <div data-slot={pageSlot} data-state={state} className={cx(className)} {...props}>
      <AuthCard
        className={classNames?.card}
        classNames={classNames?.cardParts}
        headingLevel={headingLevel}
        title={heading}
        description={description}
        footer={footer}
      >
        {isLinkProblem(state) ? (
          <LinkProblem
            ref={focusRef}
            reason={state}
            email={email ?? user?.email ?? undefined}
            requestNewLinkHref={requestNewLinkHref}
            onRequestNewLink={onRequestNewLink}
            signInHref={signInHref}
            onSignIn={onSignIn}
            classNames={classNames?.linkProblem}
          />
        ) : null}
        {children}
      </AuthCard>
    </div>
  );
}

interface EmailLinkOutcomeProps {
  slot: string;
  variant: 'success' | 'danger';
  message: ReactNode;
  className?: string;
  /** The way on (continue, sign in, retry). */
  children: ReactNode;
}

/** What replaces the form or progress: a message and the way on, focusable so focus can move to it. */
export const EmailLinkOutcome = forwardRef<HTMLDivElement, EmailLinkOutcomeProps>(
  function EmailLinkOutcome({ slot, variant, message, className, children }, ref) {
    return (
      <div
        ref={ref}
        tabIndex={-1}
        data-slot={slot}
        data-dar-part="outcome"
        className={cx(className)}
      >
        <Alert variant={variant}>{message}</Alert>
        {children}
      </div>
    );
  },
);
