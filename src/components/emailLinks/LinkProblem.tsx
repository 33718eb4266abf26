import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { emailLinkMessages } from '../i18n/en/emailLinks.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { Alert } from '../ui/Alert.js';
import type { LinkProblemReason } from './linkProblemOf.js';
import { withEmail } from '../signIn/withEmail.js';
import { NavAction } from './NavAction.js';

/** Classes for the parts of a `LinkProblem`. */
export interface LinkProblemClassNames {
  alert?: string;
  actions?: string;
  requestNewLink?: string;
  signIn?: string;
}

export interface LinkProblemProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  reason: LinkProblemReason;
  /** Where to ask for a new mail (forgot-password page…). Rendered as a link, with `?email=` when `email` is known. */
  requestNewLinkHref?: string;
  /** Called by "Request a new link" (a button when there is no href), with `email` when known. */
  onRequestNewLink?: (email: string | undefined) => void;
  /** The address the link was for, when known: the new request is prefilled with it. */
  email?: string;
  signInHref?: string;
  onSignIn?: () => void;
  classNames?: LinkProblemClassNames;
}

/**
 * The dead end of an email link that cannot be used (missing, already used or invalid, expired):
 * says what happened in plain words and offers a way forward instead of a bare error.
 * Focusable (`tabIndex={-1}`) so a page can move focus to it when it replaces a form.
 *
 * Accessible names: links/buttons "Request a new link", "Back to sign in".
 *
 * @example
 * <LinkProblem reason="expired" requestNewLinkHref="/forgot-password" signInHref="/sign-in" />
 */
export const LinkProblem = forwardRef<HTMLDivElement, LinkProblemProps>(function LinkProblem(
  {
    reason,
    email,
    requestNewLinkHref,
    onRequestNewLink,
    signInHref,
    onSignIn,
    classNames,
    className,
    ...props
  },
  ref,
) {
  const t = useMessageSlice(sharedMessages, emailLinkMessages);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-slot="link-problem"
      data-state={reason}
      className={cx(className)}
      {...props}
    >
      <Alert variant="warning" title={t[`deadEnd.${reason}.title`]} className={classNames?.alert}>
        {t[`deadEnd.${reason}.description`]}
      </Alert>
      <div data-slot="link-problem-actions" className={cx(classNames?.actions)}>
        <NavAction
          slot="link-problem-request-new-link"
          href={requestNewLinkHref === undefined ? undefined : withEmail(requestNewLinkHref, email)}
          onClick={onRequestNewLink ? () => onRequestNewLink(email) : undefined}
          variant="primary"
          className={classNames?.requestNewLink}
        >
          {t['link.requestNewLink']}
        </NavAction>
        <NavAction
          slot="link-problem-sign-in"
          href={signInHref}
          onClick={onSignIn}
          variant="link"
          className={classNames?.signIn}
        >
          {t['link.backToSignIn']}
        </NavAction>
      </div>
    </div>
  );
});
