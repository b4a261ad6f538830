// Bundles the built package the way a host app would (esbuild, browser) and checks two promises:
// the main thread's `createWorkerImporter` comes without zod and Papa Parse, and a host's own
// worker file that does `import '@vitrine/csv/worker'` keeps it, although the rest of the package
// is side-effect free.
import { build } from 'esbuild';

const packageDir = new URL('..', import.meta.url).pathname;

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'error',
    outfile: 'out.js',
  });
  const kept = Object.entries(result.metafile.outputs['out.js'].inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { bytes: result.outputFiles[0].contents.length, kept };
}

let failed = false;

const mainThread = await bundle(
  "import { createWorkerImporter } from '@vitrine/csv'; globalThis.x = createWorkerImporter;",
);
const heavy = mainThread.kept.filter((path) => /node_modules\/(zod|papaparse)\//.test(path));
console.log(
  `createWorkerImporter alone: ${mainThread.bytes} bytes, ${mainThread.kept.length} modules`,
);
if (heavy.length > 0) {
  failed = true;
  console.error(`  pulls in: ${heavy.slice(0, 5).join(', ')}`);
}

const worker = await bundle("import '@vitrine/csv/worker';");
const serves = worker.kept.some((path) => path.endsWith('worker/exposeImporter.js'));
console.log(`import '@vitrine/csv/worker': ${worker.bytes} bytes, ${worker.kept.length} modules`);
if (!serves) {
  failed = true;
  console.error('  the worker entry was dropped as side-effect free');
}

process.exit(failed ? 1 : 0);
