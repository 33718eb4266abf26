'use client';
import Link from 'next/link';
import { ForgotPasswordForm } from 'deskree-auth-react';

export default function ForgotPasswordPage() {
  return (
    <ForgotPasswordForm
      headingLevel={1}
      signInHref="/sign-in"
      renderLink={(props) => <Link {...props} />}
    />
  );
}
