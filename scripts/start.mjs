#!/usr/bin/env node
// `npm start`: the playground (demo app + emulator on one Vite dev server) when present, otherwise the emulator alone.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const hasPlayground = existsSync(new URL('../playground/index.html', import.meta.url));
const command = hasPlayground
  ? ['node_modules/.bin/vite', ['--config', 'playground/vite.config.ts', ...args]]
  : ['node_modules/.bin/tsx', ['src/emulator/cli.ts', ...args]];
const child = spawn(command[0], command[1], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
