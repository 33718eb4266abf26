import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthError } from '../../../src/core/errors';
import {
  MessagesProvider,
  errorMessage,
  es,
  fr,
  useMessages,
  type MessageKey,
} from '../../../src/components';
import { TestForm } from './TestForm';

afterEach(cleanup);

function Show({ keys }: { keys: MessageKey[] }) {
  const t = useMessages();
  return (
    <ul>
      {keys.map((key) => (
        <li key={key} data-key={key}>
          {t[key]}
        </li>
      ))}
    </ul>
  );
}

const text = (key: string) => document.querySelector(`[data-key="${key}"]`)?.textContent;

describe('messages', () => {
  it('is English without a provider', () => {
    render(<Show keys={['button.signIn']} />);
    expect(text('button.signIn')).toBe('Sign in');
  });

  it('merges overrides over the chosen locale and keeps the rest of it', () => {
    render(
      <MessagesProvider
        locale={fr}
        messages={{ 'button.signIn': 'Entrer', 'errors.network': 'Hors ligne' }}
      >
        <Show keys={['button.signIn', 'errors.network', 'label.password']} />
      </MessagesProvider>,
    );
    expect(text('button.signIn')).toBe('Entrer');
    expect(text('errors.network')).toBe('Hors ligne');
    expect(text('label.password')).toBe(fr['label.password']);
  });

  it('ignores overrides that are explicitly undefined', () => {
    render(
      <MessagesProvider locale={es} messages={{ 'button.signIn': undefined }}>
        <Show keys={['button.signIn']} />
      </MessagesProvider>,
    );
    expect(text('button.signIn')).toBe('Iniciar sesión');
  });

  it('accepts a complete table as the locale', () => {
    render(
      <MessagesProvider locale={{ ...fr, 'button.signUp': 'Créer' }}>
        <Show keys={['button.signUp']} />
      </MessagesProvider>,
    );
    expect(text('button.signUp')).toBe('Créer');
  });

  it('lets AuthRoot override single strings of the prebuilt parts', async () => {
    render(<TestForm messages={{ 'password.show': 'Reveal' }} />);
    expect(await screen.findByRole('button', { name: 'Reveal' })).toBeInTheDocument();
  });

  it('turns errors into human text by code, and unknown values into errors.unknown', () => {
    expect(errorMessage(new AuthError('expired_oob_code', 'EXPIRED_OOB_CODE'), fr)).toBe(
      'Ce lien a expiré.',
    );
    expect(errorMessage(new Error('boom'), fr)).toBe(fr['errors.unknown']);
    expect(errorMessage('nope', fr)).toBe(fr['errors.unknown']);
  });
});
