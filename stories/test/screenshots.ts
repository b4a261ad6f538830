/**
 * Screenshots of stories, e.g. for a design review:
 *   npm run screenshots -w @vitrine/stories -- <out-dir> [story-id …]
 * Uses `STORYBOOK_STATIC_DIR` when set, otherwise builds Storybook first.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStorybook, launchChromium, readIndex, StoryViewer, serveStatic } from './harness.js';

const [outDir = join(process.cwd(), 'screenshots'), ...requested] = process.argv.slice(2);
const prebuilt = process.env.STORYBOOK_STATIC_DIR;
const staticDir = prebuilt ?? (await mkdtemp(join(tmpdir(), 'vitrine-storybook-')));
if (!prebuilt) await buildStorybook(staticDir);

const server = await serveStatic(staticDir);
const browser = await launchChromium();
try {
  const ids = requested.length
    ? requested
    : (await readIndex(server.url)).filter((e) => e.type === 'story').map((e) => e.id);
  await mkdir(outDir, { recursive: true });
  const viewer = await StoryViewer.open(browser, server.url, { width: 960, height: 720 });
  for (const id of ids) {
    const outcome = await viewer.show(id);
    // Let the focus ring and fonts settle before the picture.
    await viewer.page.waitForTimeout(150);
    const file = join(outDir, `story-${id.replace(/^widgets-/, '')}.png`);
    await viewer.page.screenshot({ path: file, fullPage: true });
    console.log(`${outcome.status === 'success' ? '✓' : '✗'} ${file}`);
  }
  await viewer.close();
} finally {
  await browser.close();
  await server.close();
  if (!prebuilt) await rm(staticDir, { recursive: true, force: true });
}
