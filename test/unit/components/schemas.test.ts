import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  DEFAULT_PASSWORD_MIN_LENGTH,
  emailSchema,
  newPasswordSchema,
  passwordSchema,
  signInSchema,
} from '../../../src/components';

interface Issue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
}

// Validates through Standard Schema, the same door react-hook-form's resolver uses.
function issues(
  schema: { '~standard': { validate: (v: unknown) => unknown } },
  value: unknown,
): Issue[] {
  const result = schema['~standard'].validate(value) as { issues?: Issue[] };
  return result.issues ?? [];
}

const messages = (list: Issue[]) => list.map((issue) => issue.message);

describe('emailSchema', () => {
  it('asks for an email when empty (one message, not two)', () => {
    expect(messages(issues(emailSchema(), ''))).toEqual(['validation.emailRequired']);
    expect(messages(issues(emailSchema(), '   '))).toEqual(['validation.emailRequired']);
  });
  it('rejects malformed addresses and accepts trimmed good ones', () => {
    expect(messages(issues(emailSchema(), 'ada@'))).toEqual(['validation.email']);
    expect(issues(emailSchema(), ' ada@example.com ')).toEqual([]);
  });
  it("accepts exactly what zod's own email pattern accepts (ours is a copy of it)", () => {
    const samples = [
      'ada@example.com',
      "o'hara+tag@mail.example.co",
      'a.b@c.de',
      'a..b@c.de',
      'a@b',
      'a@b.c',
      'a@-b.com',
      'ädä@example.com',
      '.a@b.com',
    ];
    for (const sample of samples) {
      expect(issues(emailSchema(), sample).length === 0).toBe(z.regexes.email.test(sample));
    }
  });
});

describe('passwordSchema', () => {
  it('defaults to the API minimum of 6', () => {
    expect(DEFAULT_PASSWORD_MIN_LENGTH).toBe(6);
    expect(messages(issues(passwordSchema(), '12345'))).toEqual(['validation.passwordMin?min=6']);
    expect(issues(passwordSchema(), '123456')).toEqual([]);
  });
  it('reports the first unmet rule only', () => {
    const rules = {
      minLength: 8,
      requireUppercase: true,
      requireNumber: true,
      requireSymbol: true,
    };
    expect(messages(issues(passwordSchema(rules), ''))).toEqual(['validation.passwordRequired']);
    expect(messages(issues(passwordSchema(rules), 'abcdefgh'))).toEqual([
      'validation.passwordUppercase',
    ]);
    expect(messages(issues(passwordSchema(rules), 'Abcdefgh'))).toEqual([
      'validation.passwordNumber',
    ]);
    expect(messages(issues(passwordSchema(rules), 'Abcdefg1'))).toEqual([
      'validation.passwordSymbol',
    ]);
    expect(issues(passwordSchema(rules), 'Ábcdefg1!')).toEqual([]);
  });
});

describe('signInSchema', () => {
  it('only requires a password (old accounts may predate the rules)', () => {
    expect(issues(signInSchema(), { email: 'ada@example.com', password: 'x' })).toEqual([]);
  });
});

describe('newPasswordSchema', () => {
  it('reports a mismatch on confirmPassword', () => {
    const [issue] = issues(newPasswordSchema(), {
      password: 'secret1',
      confirmPassword: 'secret2',
    });
    expect(issue?.message).toBe('validation.passwordMismatch');
    expect(issue?.path).toEqual(['confirmPassword']);
  });
});
