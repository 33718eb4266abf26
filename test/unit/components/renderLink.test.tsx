/**
 * `renderLink` gets link props only: spreading them onto Next.js' `<Link>` must not pass `action`
 * ("You can only pass the action prop to <form>"); which link it is comes as a second argument.
 */
import { render, screen } from '@testing-library/react';
import type { AnchorHTMLAttributes } from 'react';
import { AuthProvider, SignInForm, type RenderLink } from '../../../src';

it('passes href, children, className and data-action, and names the link in a second argument', () => {
  const calls: Array<[Record<string, unknown>, { action: string }]> = [];
  const renderLink: RenderLink = (props, link) => {
    calls.push([props as unknown as Record<string, unknown>, link]);
    // What a router link does with the props: spreads them onto an <a>.
    const anchorProps: AnchorHTMLAttributes<HTMLAnchorElement> = props;
    return <a {...anchorProps} />;
  };
  render(
    <AuthProvider baseUrl="http://127.0.0.1:9099/api/v1/">
      <SignInForm forgotPasswordHref="/forgot" signUpHref="/sign-up" renderLink={renderLink} />
    </AuthProvider>,
  );
  expect([...new Set(calls.map(([, link]) => link.action))].sort()).toEqual([
    'forgot-password',
    'sign-up',
  ]);
  for (const [props] of calls) {
    expect(Object.keys(props).sort()).toEqual(
      ['children', 'className', 'data-action', 'href'].filter((key) => key in props),
    );
    expect(props).not.toHaveProperty('action');
  }
  expect(screen.getByRole('link', { name: /forgot/i }).getAttribute('href')).toBe('/forgot');
  expect(screen.getByRole('link', { name: /forgot/i }).dataset.action).toBe('forgot-password');
});
