/**
 * The OAuth flow code (pending-flow record, popup wait and report, callback exchange) is loaded
 * through `import()`, which every bundler splits into its own chunk: a sign-in page ships only
 * the buttons, and the flow arrives when a button is pressed (in parallel with the API call that
 * asks for the provider URL, so the click waits for neither twice) or a callback page mounts.
 * The buttons call it on hover and focus too, so the chunk is usually there before the click.
 */
let flow: Promise<typeof import('./oauthFlow.js')> | null = null;

/** The OAuth flow module, loaded once; a failed load is retried at the next call. */
export function loadOAuthFlow(): Promise<typeof import('./oauthFlow.js')> {
  flow ??= import('./oauthFlow.js').catch((error: unknown) => {
    flow = null;
    throw error;
  });
  return flow;
}
