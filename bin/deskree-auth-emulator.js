#!/usr/bin/env node
// Launcher for the published package: the CLI is compiled to dist/ by the build.
import { main } from '../dist/emulator/cli.js';

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
