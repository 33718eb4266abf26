import type { Config } from '@react-router/dev/config';

export default {
  ssr: true,
  // Middleware (stable in 7.9+ behind this flag): the root refreshes the session cookie once per
  // request, before any loader runs, and hands the user to the loaders through the context.
  future: { v8_middleware: true },
} satisfies Config;
