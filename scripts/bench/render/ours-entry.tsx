// Our sign-in page for the render benchmark: <AuthProvider> on the in-page emulator + <SignInForm/>.
// `bench-sign-in` resolves to the root entry (src/index.ts); see render.mjs.
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { AuthProvider, SignInForm } from 'bench-sign-in';
import { createEmulator } from '../../../src/emulator/index.ts';
import { setup } from './harness.tsx';

const emulator = createEmulator({ passwordHashIterations: 1000 });
const baseUrl = `${location.origin}/api/v1/`;

setup('ours', (onRender: ProfilerOnRenderCallback) => (
  <AuthProvider baseUrl={baseUrl} fetch={emulator.fetch} storage="memory">
    <Profiler id="sign-in-form" onRender={onRender}>
      <SignInForm />
    </Profiler>
  </AuthProvider>
));
