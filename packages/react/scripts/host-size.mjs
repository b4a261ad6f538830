#!/usr/bin/env node
// Bundles the published entry points the way a host app does (esbuild, minified, browser,
// production, the client from createVitrine included) and checks the brotli sizes against
// budgets; the figures hosts asked for are shown beside them. `--analyze` prints what each
// bundle is made of; `--json` prints the figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const react = join(root, 'packages/react/dist/index.js');
const sdk = join(root, 'packages/sdk/dist/index.js');
const kB = 1000;

const reactExports = Object.keys(await import('../dist/index.js').catch(() => ({})));
const widgets = reactExports.filter((name) => /^[A-Z]/.test(name));

// A host always creates the client it hands to VitrineProvider.
const client = `export { createVitrine } from ${JSON.stringify(sdk)};`;

const cases = [
  {
    name: 'SDK alone (zod is a peer)',
    code: `export * from ${JSON.stringify(sdk)};`,
    external: ['zod', 'zod/*'],
    budget: 13.5,
    target: 15,
  },
  {
    name: 'SDK alone, with zod',
    code: `export * from ${JSON.stringify(sdk)};`,
    external: [],
    budget: 38.5,
  },
  {
    name: 'Provider + ClientForm (zod and react-query are peers)',
    code: `export { VitrineProvider, ClientForm } from ${JSON.stringify(react)};\n${client}`,
    external: ['react', 'react-dom', 'react/*', 'zod', 'zod/*', '@tanstack/react-query'],
    budget: 24.5,
    target: 40,
  },
  {
    name: 'Provider + ClientForm, with zod and react-query',
    code: `export { VitrineProvider, ClientForm } from ${JSON.stringify(react)};\n${client}`,
    external: ['react', 'react-dom', 'react/*'],
    budget: 59.5,
    target: 70,
  },
  {
    name: 'All widgets with SDK (zod and react-query are peers)',
    code: `export { ${widgets.join(', ')} } from ${JSON.stringify(react)};\n${client}`,
    external: ['react', 'react-dom', 'react/*', 'zod', 'zod/*', '@tanstack/react-query'],
    budget: 90,
    target: 90,
  },
  {
    name: 'All widgets with SDK, zod and react-query',
    code: `export { ${widgets.join(', ')} } from ${JSON.stringify(react)};\n${client}`,
    external: ['react', 'react-dom', 'react/*'],
    budget: 126,
  },
];

const analyze = process.argv.includes('--analyze');
const asJson = process.argv.includes('--json');
const dir = mkdtempSync(join(tmpdir(), 'vitrine-host-size-'));
const results = [];
try {
  for (const c of cases) {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, c.code);
    const out = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // Widgets load the CSV parser on first use: that chunk is not part of the first load.
      splitting: true,
      outdir: join(dir, 'out'),
      write: false,
      metafile: true,
      external: c.external,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const main = out.outputFiles.find((f) => f.path.endsWith('entry.js'));
    // Chunks the entry imports statically load with it; dynamic ones load later.
    const meta = out.metafile.outputs;
    const mainKey = Object.keys(meta).find((k) => k.endsWith('entry.js'));
    const seen = new Set([mainKey]);
    const queue = [mainKey];
    while (queue.length) {
      const key = queue.pop();
      for (const imp of meta[key].imports) {
        if (imp.kind === 'import-statement' && !imp.external && !seen.has(imp.path)) {
          seen.add(imp.path);
          queue.push(imp.path);
        }
      }
    }
    const files = out.outputFiles.filter((f) =>
      [...seen].some((k) => f.path.endsWith(k.replace(/^.*out\//, 'out/'))),
    );
    const raw = Buffer.concat((files.length ? files : [main]).map((f) => Buffer.from(f.contents)));
    const brotli = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    results.push({
      name: c.name,
      brotli,
      minified: raw.length,
      budget: c.budget,
      target: c.target,
    });
    if (analyze) {
      console.log(`\n## ${c.name}`);
      console.log(await esbuild.analyzeMetafile(out.metafile, { verbose: false }));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  let failed = false;
  for (const r of results) {
    const over = r.brotli > r.budget * kB;
    failed ||= over;
    const target = r.target === undefined ? '' : `, asked ≤ ${r.target} kB`;
    console.log(
      `${(r.brotli / kB).toFixed(2).padStart(7)} kB brotli, ${(r.minified / kB).toFixed(1).padStart(6)} kB min  ${r.name} (budget ${r.budget} kB${target})${over ? ' OVER BUDGET' : ''}`,
    );
  }
  if (failed) process.exitCode = 1;
}
