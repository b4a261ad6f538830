#!/usr/bin/env node
// npm links this file when it installs, before anything is built: it runs the built CLI when
// there is one, and in a checkout of the repository without a build, the TypeScript source
// through tsx (with the workspace packages' sources too), so `npx vitrine-server` works either way.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/node/cli.js', import.meta.url);
const source = new URL('../src/node/cli.ts', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else if (existsSync(source)) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@vitrine/source',
      '--import',
      // tsx from this checkout, wherever the command is run from.
      import.meta.resolve('tsx'),
      fileURLToPath(source),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', cwd: process.cwd() },
  );
  // The child is the server: signals go to it, and its exit is ours.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  console.error('vitrine-server: dist/node/cli.js is missing; run `npm run build` first.');
  process.exit(1);
}
