import { useState } from 'react';
import { SignInForm } from '../../src/components';
import { OAUTH } from '../oauth';
import { navigate, nextPath, queryParam, renderLink } from '../router';

export function SignInRoute() {
  const [identifierFirst, setIdentifierFirst] = useState(false);
  return (
    <div className="pg-stack">
      <SignInForm
        // A different mode is a different form: remount rather than carry half-filled state over.
        key={identifierFirst ? 'identifier-first' : 'classic'}
        identifierFirst={identifierFirst}
        headingLevel={1}
        oauth={OAUTH}
        forgotPasswordHref="/forgot-password"
        signUpHref="/sign-up"
        renderLink={renderLink}
        // `?email=` comes from "You already have an account"; `?next=` from a guarded page.
        defaultValues={{ email: queryParam('email') ?? '' }}
        // After signing in, and at once for someone already signed in (Back, a reload).
        redirectTo={nextPath()}
        onRedirect={(to) => navigate(to, { replace: true })}
      />
      <label className="pg-option">
        <input
          type="checkbox"
          checked={identifierFirst}
          onChange={(event) => setIdentifierFirst(event.target.checked)}
        />
        Identifier-first (ask for the email, then the password or the right provider)
      </label>
    </div>
  );
}
