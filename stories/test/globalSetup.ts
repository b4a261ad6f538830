import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildStorybook, serveStatic } from './harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    storybookUrl: string;
    /** `vitest run -u` (`npm run test:visual -- --update`): rewrite the visual baselines. */
    updateVisual: boolean;
  }
}

/**
 * Builds Storybook once for the run (or uses `STORYBOOK_STATIC_DIR`, e.g. the output of
 * `npm run build-storybook`) and serves it on 127.0.0.1 for the browser tests.
 */
export default async function setup(project: TestProject) {
  const prebuilt = process.env.STORYBOOK_STATIC_DIR;
  const outDir = prebuilt ?? (await mkdtemp(join(tmpdir(), 'vitrine-storybook-')));
  if (!prebuilt) await buildStorybook(outDir);
  const server = await serveStatic(outDir);
  project.provide('storybookUrl', server.url);
  project.provide(
    'updateVisual',
    project.config.snapshotOptions.updateSnapshot === 'all' || process.env.UPDATE_VISUAL === '1',
  );
  return async () => {
    await server.close();
    if (!prebuilt) await rm(outDir, { recursive: true, force: true });
  };
}
