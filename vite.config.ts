/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/** Debian's Chromium, never a downloaded one: the flags keep it off a network it cannot reach. */
export const chromiumProvider = playwright({
  launchOptions: { executablePath: chromiumPath, args: [...CHROMIUM_ARGS] },
});

/**
 * Browser-mode settings shared by the component tests and the story tests. A function, not a
 * shared object: Vitest writes each project's name into its `instances` entries.
 */
const headlessChromium = () => ({
  enabled: true,
  headless: true,
  provider: chromiumProvider,
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  optimizeDeps: {
    // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the browser tests'
    // page, which fails whatever test was running (react-dom/client is first imported by the OAuth
    // popup's callback page, after the test has started).
    include: ['react-dom/client'],
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/setupUnit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/setupUnit.ts'],
          browser: headlessChromium(),
        },
      },
      {
        // Every story is a test: it renders, runs its play function, then axe (a11y.test = 'error').
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'stories',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: headlessChromium(),
        },
      },
      {
        // The playground over real HTTP in Chromium (test/e2e/harness.ts starts both per file).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
