// Installs the packed @vitrine/sdk, @vitrine/csv, @vitrine/react and @vitrine/elements into a
// throwaway host app that pins its own TanStack Query and zod, then checks what a host would
// notice: one copy of each shared library in the tree, the host's QueryClient accepted by
// `VitrineProvider`, the elements' entry typed. Then @vitrine/server alone in a second host, as
// a PostgreSQL user installs it: no PGlite in the tree, a clear message when the embedded
// database is asked for anyway, and a working one once PGlite is added.
//
//   node scripts/check-host-install.mjs                      (after `npm run build`)
//   HOST_REACT_QUERY=5.0.0 HOST_ZOD=4.1.0 HOST_REACT=18.0.0 node scripts/check-host-install.mjs
//
// Needs the npm registry; slow (a real install), so it runs in CI on its own, not in `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const versions = {
  '@tanstack/react-query': process.env.HOST_REACT_QUERY ?? '5.100.14',
  zod: process.env.HOST_ZOD ?? '4.3.6',
  react: process.env.HOST_REACT ?? '19.3.1',
  'react-dom': process.env.HOST_REACT ?? '19.3.1',
};
const packages = ['sdk', 'csv', 'react', 'elements'];
const host = mkdtempSync(join(tmpdir(), 'vitrine-host-'));
const serverHost = mkdtempSync(join(tmpdir(), 'vitrine-server-host-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`FAIL ${message}`);
};

try {
  const tarballs = join(host, 'tarballs');
  mkdirSync(tarballs);
  for (const name of packages) {
    run('npm', ['pack', '--silent', '--pack-destination', tarballs], join(root, 'packages', name));
  }
  const dependencies = { ...versions };
  for (const file of readdirSync(tarballs)) {
    const name = file.match(/^vitrine-(\w+)-/)?.[1];
    if (name) dependencies[`@vitrine/${name}`] = `file:./tarballs/${file}`;
  }
  writeFileSync(
    join(host, 'package.json'),
    JSON.stringify({ name: 'host', private: true, type: 'module', dependencies }, null, 2),
  );
  // The host's own React types, matching its React major.
  const typesRange = versions.react.startsWith('18.') ? '^18.3.0' : '^19.3.0';
  const devTypes = [`@types/react@${typesRange}`, `@types/react-dom@${typesRange}`];
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...devTypes], host);

  // Installed copies are directories, wherever npm placed them (deduped or nested).
  const lsOutput = (() => {
    try {
      return run('npm', ['ls', '--all', '--parseable'], host);
    } catch (error) {
      return error.stdout;
    }
  })();
  const directories = new Set(lsOutput.split('\n').filter(Boolean));
  for (const name of [
    'zod',
    '@tanstack/react-query',
    '@tanstack/query-core',
    'react',
    'react-dom',
    '@vitrine/sdk',
    '@vitrine/react',
  ]) {
    const found = [...directories].filter((dir) => dir.endsWith(`/node_modules/${name}`));
    const versionsFound = found.map(
      (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version,
    );
    console.log(
      `${name}: ${found.length} cop${found.length === 1 ? 'y' : 'ies'} (${versionsFound.join(', ')})`,
    );
    if (found.length !== 1) fail(`${name} is installed ${found.length} times`);
  }
  // `npm ls` also exits non-zero on an unmet or invalid peer.
  try {
    run('npm', ['ls', '--all'], host);
  } catch (error) {
    fail(`npm ls reports problems:\n${error.stdout}${error.stderr}`);
  }

  mkdirSync(join(host, 'src'));
  writeFileSync(
    join(host, 'src', 'app.tsx'),
    `import { QueryClient } from '@tanstack/react-query';
import { ClientForm, VitrineProvider } from '@vitrine/react';
import { createVitrine } from '@vitrine/sdk';
import { createWorkerImporter } from '@vitrine/csv';
import { defineVitrineElements, tagNames } from '@vitrine/elements';
import { z } from 'zod';

const queryClient = new QueryClient();
const vitrine = createVitrine({ baseUrl: 'https://api.example', session: async () => ({ token: 't', expiresAt: new Date().toISOString() }) });
export const importer = (worker: Worker) => createWorkerImporter(worker);
export const Note = z.object({ text: z.string() });
export const elements = (): readonly string[] => {
  defineVitrineElements();
  return [...tagNames];
};

export function App() {
  return (
    <VitrineProvider client={vitrine} queryClient={queryClient}>
      <ClientForm onSuccess={() => {}} />
    </VitrineProvider>
  );
}

export function Wrong() {
  // @ts-expect-error a QueryClient is required here, proving the prop is checked at all
  return <VitrineProvider client={vitrine} queryClient={{}} />;
}
`,
  );
  writeFileSync(
    join(host, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  try {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', host], host);
    console.log('host type-checks with its own QueryClient');
  } catch (error) {
    fail(`host does not type-check:\n${error.stdout}${error.stderr}`);
  }

  // The SDK and CSV load in Node against the host's zod.
  try {
    run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const sdk = await import('@vitrine/sdk'); const csv = await import('@vitrine/csv'); if (typeof sdk.createVitrine !== 'function' || typeof csv.importMappings !== 'function') process.exit(1);",
      ],
      host,
    );
    console.log('@vitrine/sdk and @vitrine/csv load in Node');
  } catch (error) {
    fail(`the packages do not load in Node:\n${error.stdout}${error.stderr}`);
  }

  checkServerHost(tarballs);
} finally {
  for (const dir of [host, serverHost]) {
    if (process.env.KEEP_HOST) console.log(`host kept at ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** @vitrine/server as a backend on PostgreSQL installs it: PGlite (~27 MB) stays out. */
function checkServerHost(tarballs) {
  run(
    'npm',
    ['pack', '--silent', '--pack-destination', tarballs],
    join(root, 'packages', 'server'),
  );
  const dependencies = {};
  for (const file of readdirSync(tarballs)) {
    const name = file.match(/^vitrine-(sdk|csv|server)-/)?.[1];
    if (name) dependencies[`@vitrine/${name}`] = `file:${join(tarballs, file)}`;
  }
  writeFileSync(
    join(serverHost, 'package.json'),
    JSON.stringify({ name: 'server-host', private: true, type: 'module', dependencies }, null, 2),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], serverHost);
  const pglite = join(serverHost, 'node_modules', '@electric-sql', 'pglite');
  if (existsSync(pglite)) fail('@vitrine/server installed PGlite although it is an optional peer');
  else console.log('@vitrine/server installs without PGlite');

  const cli = join(serverHost, 'node_modules', '@vitrine', 'server', 'bin', 'vitrine-server.mjs');
  const migrate = () =>
    spawnSync(process.execPath, [cli, 'migrate', '--data', join(serverHost, 'data')], {
      cwd: serverHost,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
    });
  const without = migrate();
  if (without.status === 0 || !without.stderr.includes('npm install @electric-sql/pglite')) {
    fail(
      `without PGlite, the embedded database should fail with the install command:\n${without.stdout}${without.stderr}`,
    );
  } else {
    console.log('without PGlite, the embedded database names the package to install');
  }

  const range = JSON.parse(readFileSync(join(root, 'packages/server/package.json'), 'utf8'))
    .peerDependencies['@electric-sql/pglite'];
  run('npm', ['install', '--no-audit', '--no-fund', `@electric-sql/pglite@${range}`], serverHost);
  const withPglite = migrate();
  if (withPglite.status !== 0) {
    fail(`with PGlite installed, migrate failed:\n${withPglite.stdout}${withPglite.stderr}`);
  } else {
    console.log('with PGlite installed, the embedded database migrates');
  }
}

process.exit(failed ? 1 : 0);
