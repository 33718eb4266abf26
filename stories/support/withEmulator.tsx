/**
 * Stories run for real: each story gets a fresh in-browser emulator (the same isomorphic handler
 * the CLI serves) and an AuthProvider wired to it, so forms send real requests and show real errors.
 *
 * A story declares what it needs in `parameters.emulator` (seeded accounts, faults, a signed-in user);
 * its `play` function reaches the instance through `context.loaded.emulator` (outbox, request log).
 */
import type { Decorator, Loader } from '@storybook/react-vite';
import { AuthProvider } from '../../src/react';
import { createEmulator, type Emulator, type Fault, type SeedAccount } from '../../src/emulator';
import { createAuthClient, createAuthSession, type AuthClient, type AuthSession } from '../../src/core';

export const STORY_EMULATOR_BASE_URL = 'http://emulator.story/api/v1/';

export interface StoryEmulatorParameters {
  accounts?: SeedAccount[];
  faults?: Fault[];
  /** Email and password of a seeded account to sign in before the story renders. */
  signedInAs?: { email: string; password: string };
  latencyMs?: number;
}

export interface StoryEmulatorLoaded {
  emulator: Emulator;
  client: AuthClient;
  session: AuthSession;
}

export const emulatorLoader: Loader = async (context) => {
  const params = (context.parameters.emulator ?? {}) as StoryEmulatorParameters;
  const emulator = createEmulator({
    passwordHashIterations: 1000,
    latencyMs: params.latencyMs ?? 0,
    links: {
      verifyEmailUrl: `${location.origin}/verify-email`,
      resetPasswordUrl: `${location.origin}/reset-password`,
      inviteUrl: `${location.origin}/accept-invite`,
    },
  });
  for (const account of params.accounts ?? []) await emulator.createAccount(account);
  // Memory storage and no cross-tab channel: stories never see each other's sessions.
  const client = createAuthClient({ baseUrl: STORY_EMULATOR_BASE_URL, fetch: emulator.fetch });
  const session = createAuthSession({ client, storage: 'memory', crossTab: false });
  await session.initialize();
  if (params.signedInAs) {
    const signedIn = await client.signInWithEmail(params.signedInAs);
    session.setSession(signedIn.session, 'signedIn');
  }
  // Faults apply to what the story does, not to its setup.
  for (const fault of params.faults ?? []) emulator.faults.add(fault);
  return { emulator, client, session } satisfies StoryEmulatorLoaded;
};

export const withEmulator: Decorator = (Story, context) => {
  const { client, session } = context.loaded as StoryEmulatorLoaded;
  return (
    <AuthProvider client={client} session={session}>
      <Story />
    </AuthProvider>
  );
};

/** Spread into a story's meta: `export default { ...emulatorStory, component: SignInForm }`. */
export const emulatorStory = { loaders: [emulatorLoader], decorators: [withEmulator] };
