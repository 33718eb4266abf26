import { forwardRef, type ReactNode, type Ref } from 'react';
import { useAuthState } from '../../react/useAuthState.js';
import { cx } from '../cx.js';
import { Alert } from '../ui/Alert.js';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard.js';
import type { CardScreenProps } from '../ui/cardProps.js';
import { LinkProblem, type LinkProblemClassNames } from './LinkProblem.js';
import { NavAction, type NavActionProps } from './NavAction.js';
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

/** The parts every email-link page has; each page adds its own. */
export interface EmailLinkPageClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  success?: string;
  linkProblem?: LinkProblemClassNames;
}

/** The way on after success: a primary link or button. */
type NextAction = Omit<NavActionProps, 'variant' | 'children'> & { label: ReactNode };

// `page` and `heading`, not `slot` and `title`: those are div attributes an app may pass on.
interface EmailLinkPageProps<
  ClassNames extends EmailLinkPageClassNames,
> extends EmailLinkPageBaseProps<ClassNames> {
  /** The page's name: its `data-slot` is `<page>-page`, its success message's `<page>-success`. */
  page: string;
  state: string;
  heading: string;
  description?: ReactNode;
  footer?: ReactNode;
  /** The address an `email` parameter of the link gave, if any. */
  linkEmail: string | null;
  /** Shown in the `success` state, with the way on. */
  successMessage: ReactNode;
  next: NextAction;
  /** Focused when a dead end or the success replaces what was there. */
  focusRef: Ref<HTMLDivElement>;
  /** The page's other states (progress, form, failure). */
  children?: ReactNode;
}

/**
 * The frame of an email-link page: `data-slot`/`data-state` on a div around the card, the dead
 * end (`LinkProblem`) when `state` is one, and the success with its way on. The page passes its
 * props through as they came (the ones named here are not div attributes) and renders its other
 * states as children.
 */
export function EmailLinkPage<ClassNames extends EmailLinkPageClassNames>({
  page,
  state,
  heading,
  description,
  footer,
  linkEmail,
  successMessage,
  next: { label: nextLabel, ...next },
  focusRef,
  // The page reads these itself; they must not reach the div.
  url: _url,
  oobCode: _oobCode,
  cleanUrl: _cleanUrl,
  onError: _onError,
  headingLevel,
  requestNewLinkHref,
  onRequestNewLink,
  email,
  signInHref,
  onSignIn,
  className,
  classNames,
  children,
  ...props
}: EmailLinkPageProps<ClassNames>) {
  const { user } = useAuthState('EmailLinkPage');
  return (
    <div data-slot={`${page}-page`} data-state={state} className={cx(className)} {...props}>
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
            email={email ?? linkEmail ?? user?.email ?? undefined}
            requestNewLinkHref={requestNewLinkHref}
            onRequestNewLink={onRequestNewLink}
            signInHref={signInHref}
            onSignIn={onSignIn}
            classNames={classNames?.linkProblem}
          />
        ) : null}
        {state === 'success' ? (
          <EmailLinkOutcome
            ref={focusRef}
            slot={`${page}-success`}
            variant="success"
            message={successMessage}
            className={classNames?.success}
          >
            <NavAction variant="primary" {...next}>
              {nextLabel}
            </NavAction>
          </EmailLinkOutcome>
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
