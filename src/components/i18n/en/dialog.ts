/**
 * `AuthDialog`'s own chrome (its views reuse the sign-in and sign-up texts).
 */
export const dialogMessages = {
  'button.close': 'Close',
} as const;
