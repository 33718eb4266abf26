// Supabase Auth UI mounted the same way (bundled from bench/.work/node_modules, React aliased to
// the project's single copy). The client is created once, like an app's module-level client.
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';
import { createClient } from '@supabase/supabase-js';
import { setup } from './harness.tsx';

const supabaseClient = createClient('http://localhost:1', 'anon');

setup('supabase', (onRender: ProfilerOnRenderCallback) => (
  <Profiler id="sign-in-form" onRender={onRender}>
    <Auth supabaseClient={supabaseClient} appearance={{ theme: ThemeSupa }} />
  </Profiler>
));
