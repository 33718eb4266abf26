import '@testing-library/jest-dom/vitest';
import '../../../src/components/styles.css';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthError } from '../../../src/core/errors';
import { Alert, AuthCard, Button, LinkButton, type AuthTheme } from '../../../src/components';
import { TestForm } from './TestForm';

afterEach(cleanup);

async function violations(container: HTMLElement) {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  // Rule ids and targets make a failure readable without opening a browser.
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe.each<AuthTheme>(['light', 'dark'])('axe, %s theme', (theme) => {
  it('finds no violations in a form showing field and root errors', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <TestForm
        theme={theme}
        withDescription
        onSubmit={() => {
          throw new AuthError('too_many_requests', 'TOO_MANY_ATTEMPTS_TRY_LATER', { status: 429 });
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(await violations(container)).toEqual([]);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'secret1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('data-state', 'open'));
    expect(await violations(container)).toEqual([]);
  });

  it('finds no violations in a card with every alert and button variant', async () => {
    const { container } = render(
      <div className="dar-root" data-theme={theme}>
        <AuthCard
          title="This link has expired"
          description="Request a new one."
          footer={<LinkButton href="#in">Back to sign in</LinkButton>}
        >
          <Alert variant="info" title="Info">
            Text
          </Alert>
          <Alert variant="success" title="Success">
            Text
          </Alert>
          <Alert variant="warning" title="Warning">
            Text
          </Alert>
          <Alert variant="danger" title="Danger">
            Text
          </Alert>
          <Button>Primary</Button>
          <Button variant="secondary">Secondary</Button>
          <Button variant="ghost">Ghost</Button>
          <Button variant="danger">Danger</Button>
          <Button variant="link">Link</Button>
        </AuthCard>
      </div>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('applies the theme colours (the dark theme really is dark)', () => {
    const { container } = render(<TestForm theme={theme} />);
    const root = container.querySelector('[data-slot="auth-root"]');
    if (!root) throw new Error('no root');
    const background = getComputedStyle(root).backgroundColor;
    expect(background).toBe(theme === 'dark' ? 'rgb(11, 18, 32)' : 'rgb(255, 255, 255)');
  });
});

describe('the dark palette (one source for theme="dark" and theme="system")', () => {
  const DARK = { background: 'rgb(11, 18, 32)', scheme: 'dark', text: 'rgb(226, 232, 240)' };
  const LIGHT = { background: 'rgb(255, 255, 255)', scheme: 'light', text: 'rgb(15, 23, 42)' };
  const look = (root: Element) => {
    const style = getComputedStyle(root);
    return { background: style.backgroundColor, scheme: style.colorScheme, text: style.color };
  };
  const rootOf = (container: HTMLElement) => {
    const root = container.querySelector('[data-slot="auth-root"]');
    if (!root) throw new Error('no root');
    return root;
  };

  it('theme="system" follows the OS preference', () => {
    const { container } = render(<TestForm theme="system" />);
    const osDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(look(rootOf(container))).toEqual(osDark ? DARK : LIGHT);
  });

  it('a light root inside a dark one is light again, and the dialog variables follow', () => {
    const { container } = render(
      <div data-theme="dark" className="dar-root" data-slot="auth-root">
        <TestForm theme="light" />
      </div>,
    );
    const [outer, inner] = container.querySelectorAll('[data-slot="auth-root"]');
    expect(look(outer!)).toEqual(DARK);
    expect(look(inner!)).toEqual(LIGHT);
    expect(getComputedStyle(outer!).getPropertyValue('--dar-overlay').trim()).toBe(
      'rgb(0 0 0 / 0.7)',
    );
    expect(getComputedStyle(inner!).getPropertyValue('--dar-overlay').trim()).toBe(
      'rgb(15 23 42 / 0.55)',
    );
  });
});
