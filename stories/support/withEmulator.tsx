/**
 * Stories run for real: each story gets a fresh in-browser emulator (the same isomorphic handler
 * the CLI serves) and an AuthProvider wired to it, so forms send real requests and show real errors.
 *
 * A story declares what it needs in `parameters.emulator` (seeded accounts, faults, a signed-in user);
 * its `play` function reaches the instance through `storyEmulator(context.loaded)` (outbox, request log).
 *
 * The loader and decorator are generic in the story's args (they read only parameters and loaded
 * values), so `...emulatorStory` fits any component's `Meta` without a cast.
 */
import type { Decorator, StoryContext } from '@storybook/react-vite';
import { AuthProvider } from '../../src/react';
import { createEmulator, type Emulator, type Fault, type SeedAccount } from '../../src/emulator';
import {
  createAuthClient,
  createAuthSession,
  type AuthClient,
  type AuthSession,
} from '../../src/core';

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

export async function emulatorLoader<TArgs>(
  context: StoryContext<TArgs>,
): Promise<StoryEmulatorLoaded> {
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
  return { emulator, client, session };
}

/**
 * What `emulatorLoader` put in `context.loaded`, typed. Storybook types `loaded` as
 * `Record<string, any>` with no way to declare a loader's result, so this is the one place that
 * narrows it, and it fails loudly when the story's meta lacks `...emulatorStory`.
 */
export function storyEmulator(loaded: StoryContext['loaded']): StoryEmulatorLoaded {
  const { emulator, client, session } = loaded;
  if (!emulator || !client || !session)
    throw new Error('This story has no emulator: spread `emulatorStory` into its meta.');
  return { emulator, client, session };
}

export function withEmulator<TArgs>(
  Story: Parameters<Decorator<TArgs>>[0],
  context: StoryContext<TArgs>,
) {
  const { client, session } = storyEmulator(context.loaded);
  return (
    <AuthProvider client={client} session={session}>
      <Story />
    </AuthProvider>
  );
}

/** Spread into a story's meta: `export default { ...emulatorStory, component: SignInForm }`. */
export const emulatorStory = { loaders: [emulatorLoader], decorators: [withEmulator] };
