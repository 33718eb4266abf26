/**
 * The built-in chrome of the primitives (password toggle, default progress text): `PasswordInput`
 * and `SubmitButton` show these wherever they are used.
 */
export const uiMessages = {
  'password.show': 'Show password',
  'loading.default': 'Loading…',
} as const;
