import { describe, expect, it } from 'vitest';
import { AUTH_ERROR_CODES } from '../../../src/core/errors';
import {
  LOCALES,
  en,
  format,
  formatSignInMethods,
  messageKey,
  resolveMessages,
  translate,
  type Messages,
} from '../../../src/components';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('At least {min} of {what}', { min: 8 })).toBe('At least 8 of {what}');
    expect(format('No vars')).toBe('No vars');
  });
});

describe('messageKey / translate', () => {
  it('round-trips a key with variables through a plain string', () => {
    const raw = messageKey('validation.passwordMin', { min: 12 });
    expect(raw).toBe('validation.passwordMin?min=12');
    expect(translate(raw, en)).toBe('Password must be at least 12 characters');
    expect(translate(raw, LOCALES.fr)).toBe('Le mot de passe doit contenir au moins 12 caractères');
  });

  it('returns text that is not a key unchanged', () => {
    expect(translate('Already human text', en)).toBe('Already human text');
    expect(translate('Why? Because.', en)).toBe('Why? Because.');
  });
});

describe('resolveMessages', () => {
  it('merges defined overrides over a locale', () => {
    const messages = resolveMessages(LOCALES.de, {
      'button.signIn': 'Los',
      'button.cancel': undefined,
    });
    expect(messages['button.signIn']).toBe('Los');
    expect(messages['button.cancel']).toBe(LOCALES.de['button.cancel']);
  });

  it('is English without a locale, and the table itself without overrides', () => {
    expect(resolveMessages()['button.signIn']).toBe('Sign in');
    expect(resolveMessages(LOCALES.fr)).toBe(LOCALES.fr);
  });
});

describe.each(Object.entries(LOCALES))('locale %s', (_name, table: Messages) => {
  it('has exactly the English keys, none empty', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('uses the same placeholders as English in every message', () => {
    for (const key of Object.keys(en) as Array<keyof Messages>) {
      expect([key, placeholders(table[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it('has a message for every AuthErrorCode', () => {
    for (const code of AUTH_ERROR_CODES) expect(table[`errors.${code}`]).toBeTruthy();
  });
});

describe('formatSignInMethods', () => {
  it('lists methods in the locale, with a final conjunction, keeping unknown ids', () => {
    expect(formatSignInMethods(['google.com'], en)).toBe('Google');
    expect(formatSignInMethods(['google.com', 'password'], en)).toBe(
      'Google or email and password',
    );
    expect(formatSignInMethods(['github.com', 'facebook.com', 'apple.com'], LOCALES.fr)).toBe(
      'GitHub, Facebook ou apple.com',
    );
    expect(formatSignInMethods([], en)).toBe('');
  });

  it('fills the needConfirmation sentence', () => {
    const text = format(en['needConfirmation.description'], {
      email: 'ada@example.com',
      methods: formatSignInMethods(['google.com'], en),
    });
    expect(text).toBe(
      'An account already exists for ada@example.com — sign in with Google instead.',
    );
  });
});
