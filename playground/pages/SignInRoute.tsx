import { useState } from 'react';
import { SignInForm } from '../../src/components';
import { OAUTH } from '../oauth';
import { navigate, renderLink } from '../router';

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
        onSuccess={() => navigate('/')}
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
