import { type RouteConfig, index, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('forgot-password', 'routes/forgot-password.tsx'),
  route('oauth/callback', 'routes/oauth-callback.tsx'),
  route('dashboard', 'routes/dashboard.tsx'),
  // A resource route (no component): JSON for signed-in users only.
  route('api/me', 'routes/api.me.ts'),
] satisfies RouteConfig;
