/**
 * The built-in chrome of the primitives (password toggle, default progress text, alert close):
 * `PasswordInput`, `SubmitButton` and `Alert` show these wherever they are used.
 */
export const uiMessages = {
  'password.show': 'Show password',
  'password.hide': 'Hide password',
  'loading.default': 'Loading…',
  'alert.dismiss': 'Dismiss',
} as const;
