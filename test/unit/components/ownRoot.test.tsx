/**
 * The Quick start (styles.css + AuthProvider, no AuthRoot) gets the styled UI: a prebuilt screen
 * outside any AuthRoot is its own root, and inside one it does not nest another.
 */
import { render } from '@testing-library/react';
import { AuthProvider, AuthRoot, SignInForm } from '../../../src';

const PROVIDER = { baseUrl: 'http://127.0.0.1:9099/api/v1/' } as const;

it('renders its own .dar-root when there is no AuthRoot', () => {
  const { container } = render(
    <AuthProvider {...PROVIDER}>
      <SignInForm />
    </AuthProvider>,
  );
  const card = container.querySelector('[data-slot="sign-in-form"]')!;
  expect(card.classList.contains('dar-root')).toBe(true);
  expect(card.getAttribute('data-theme')).toBe('light');
  expect(container.querySelectorAll('.dar-root')).toHaveLength(1);
});

it('uses the surrounding AuthRoot (theme, unstyled) instead of its own', () => {
  const { container } = render(
    <AuthProvider {...PROVIDER}>
      <AuthRoot theme="dark" unstyled>
        <SignInForm />
      </AuthRoot>
    </AuthProvider>,
  );
  expect(container.querySelectorAll('.dar-root')).toHaveLength(0);
  expect(container.querySelector('[data-slot="sign-in-form"]')!.hasAttribute('data-theme')).toBe(
    false,
  );
});
