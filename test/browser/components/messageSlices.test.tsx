/**
 * The prebuilt screens read only their own English slices and lay the provider's table over them:
 * these tests pin what that must not change (locales, overrides, nesting) and the one thing it adds,
 * English for a key a custom table lacks.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AuthDialog } from '../../../src/components/dialog/AuthDialog';
import {
  Form,
  SubmitButton,
  TextField,
  de,
  en,
  es,
  fr,
  messageKey,
  useAuthForm,
  type Messages,
} from '../../../src/components';
import { useMessages } from '../../../src/components/i18n/useMessages';
import { SignInForm } from '../../../src/components/signIn/SignInForm';
import { AuthRoot } from '../../../src/components/ui/AuthRoot';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'correct-horse' };

describe.each([
  ['fr', fr],
  ['es', es],
  ['de', de],
])('SignInForm in %s', (_name, locale: Messages) => {
  it('shows its texts, the field chrome, validation and server errors in the locale', async () => {
    const user = userEvent.setup();
    await renderAuth(
      <AuthRoot locale={locale}>
        <SignInForm signUpHref="/sign-up" forgotPasswordHref="/forgot" />
      </AuthRoot>,
      { accounts: [ADA] },
    );
    expect(screen.getByRole('heading', { name: locale['title.signIn'] })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: locale['link.createAccount'] })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: locale['link.forgotPassword'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: locale['password.show'] })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: locale['button.signIn'] }));
    const email = screen.getByLabelText(locale['label.email']);
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(locale['validation.emailRequired']),
    );
    await user.type(email, ADA.email);
    await user.type(screen.getByLabelText(locale['label.password']), 'not-it{Enter}');
    await waitFor(() =>
      expect(screen.getByLabelText(locale['label.password'])).toHaveAccessibleDescription(
        locale['errors.invalid_password'],
      ),
    );
  });
});

describe('a table that lacks keys', () => {
  it('falls back to English for the missing keys and keeps its own for the rest', async () => {
    // A table written for an older release, before a key existed (or a JavaScript app's table).
    const { 'link.createAccount': _missing, ...older } = fr;
    await renderAuth(
      <AuthRoot locale={older as Messages}>
        <SignInForm signUpHref="/sign-up" />
      </AuthRoot>,
    );
    expect(screen.getByRole('link', { name: en['link.createAccount'] })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: fr['title.signIn'] })).toBeInTheDocument();
  });

  it('overrides alone (no locale) change their strings and leave the rest English', async () => {
    await renderAuth(
      <AuthRoot messages={{ 'button.signIn': 'Log in', 'password.show': 'Reveal' }}>
        <SignInForm />
      </AuthRoot>,
    );
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal' })).toBeInTheDocument();
    expect(screen.getByLabelText(en['label.email'])).toBeInTheDocument();
  });
});

describe('overrides and nesting', () => {
  it('overrides win over the locale on every part of a screen', async () => {
    await renderAuth(
      <AuthRoot
        locale={de}
        messages={{ 'button.signIn': 'Los', 'password.show': 'Zeigen', 'title.signIn': 'Hallo' }}
      >
        <SignInForm />
      </AuthRoot>,
    );
    expect(screen.getByRole('heading', { name: 'Hallo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Los' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zeigen' })).toBeInTheDocument();
    expect(screen.getByLabelText(de['label.email'])).toBeInTheDocument();
  });

  it('an AuthRoot without a locale inside another keeps the outer locale and adds its overrides', async () => {
    await renderAuth(
      <AuthRoot locale={es}>
        <AuthRoot theme="dark" messages={{ 'button.signIn': 'Entrar ya' }}>
          <SignInForm />
        </AuthRoot>
      </AuthRoot>,
    );
    expect(screen.getByRole('heading', { name: es['title.signIn'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Entrar ya' })).toBeInTheDocument();
  });

  it("AuthDialog's portal keeps the app's locale", async () => {
    await renderAuth(
      <AuthRoot locale={fr}>
        <AuthDialog defaultOpen />
      </AuthRoot>,
    );
    expect(await screen.findByRole('dialog', { name: fr['title.signIn'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fr['button.signIn'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fr['button.close'] })).toBeInTheDocument();
  });
});

describe("an app's own form built from the primitives", () => {
  const schema = z.object({
    nickname: z.string().check(z.minLength(1, messageKey('validation.required'))),
  });

  function NicknameForm() {
    const form = useAuthForm({ schema, defaultValues: { nickname: '' } });
    return (
      <Form form={form} onSubmit={() => undefined}>
        <TextField control={form.control} name="nickname" label="Nickname" />
        <SubmitButton>Save</SubmitButton>
      </Form>
    );
  }

  it.each([
    ['without a provider', undefined, en],
    ['under a French AuthRoot', fr, fr],
  ])('translates a validation key of its schema %s', async (_where, locale, expected) => {
    const user = userEvent.setup();
    render(
      <AuthRoot locale={locale}>
        <NicknameForm />
      </AuthRoot>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Nickname')).toHaveAccessibleDescription(
        expected['validation.required'],
      ),
    );
  });
});

describe('useMessages', () => {
  function KeyCount() {
    const t = useMessages();
    const missing = Object.keys(en).filter((key) => !t[key as keyof Messages]);
    return (
      <output>{`${Object.keys(t).length} keys, missing: ${missing.join(',') || 'none'}`}</output>
    );
  }

  it('is the whole English table without a provider', () => {
    render(<KeyCount />);
    expect(screen.getByRole('status')).toHaveTextContent(
      `${Object.keys(en).length} keys, missing: none`,
    );
  });

  it('is the whole table under a provider with overrides only', () => {
    render(
      <AuthRoot messages={{ 'button.signIn': 'Log in' }}>
        <KeyCount />
      </AuthRoot>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      `${Object.keys(en).length} keys, missing: none`,
    );
  });
});
