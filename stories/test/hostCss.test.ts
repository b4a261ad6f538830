import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, readIndex, StoryViewer } from './harness.js';

/**
 * Widgets live in other people's pages. Each story below is measured on the clean page, then with
 * a host's global stylesheet added after ours (as a portal's own CSS usually comes): the computed
 * styles of every widget element and a screenshot of the widget must stay those of the clean page.
 */

const require = createRequire(import.meta.url);
const read = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8');

// Tailwind's preflight.css calls `--theme(--name, fallback)`, which Tailwind's compiler replaces
// by the theme value; a page without a theme gets the fallback.
const tailwindPreflight = read('tailwindcss/preflight.css').replace(
  /--theme\(\s*--[\w-]+,\s*([\s\S]*?)\)\s*;/g,
  '$1;',
);

/** Element rules with odd values, the way some CMS themes and old portals write them. */
const hostileElements = `
button, input, select, textarea {
  font: italic 300 19px/3 Georgia, serif; margin: 7px; padding: 13px; border: 3px dashed red;
  border-radius: 0; background: yellow; color: green; box-sizing: content-box;
  text-transform: uppercase; letter-spacing: 2px; min-height: 0; width: auto;
}
[type="button"], [type="submit"], [type="reset"] { background-color: transparent; padding: 0; }
h1, h2, h3, h4, h5, h6 {
  font-size: 11px; font-weight: 200; line-height: 3; margin: 40px 0; color: teal;
  text-transform: uppercase; letter-spacing: 0.3em; font-family: Georgia, serif;
}
p, li, dd, dt { margin: 20px 0; font-size: 17px; line-height: 2.2; color: brown; }
label { display: block; font-size: 20px; font-weight: 800; color: purple; margin: 10px; }
table { border-collapse: separate; border-spacing: 9px; font-size: 18px; }
th, td { padding: 11px; border: 2px solid orange; text-align: center; vertical-align: bottom; }
ul, ol { padding: 30px; margin: 30px; list-style: square; }
a { color: red; text-decoration: overline; }
strong, b { font-weight: 300; }
small { font-size: 50%; }
svg { display: block; width: 40px; height: 40px; }
span, div { letter-spacing: 1px; }
`;

const hosts: Record<string, string> = {
  'Tailwind preflight': tailwindPreflight,
  'Bootstrap 5': read('bootstrap/dist/css/bootstrap.css'),
  'normalize.css': read('normalize.css/normalize.css'),
  // A page-wide reset of everything but the page itself (on `*` it would also show <head>).
  'all: unset': 'body * { all: unset; }',
  'element rules': hostileElements,
};

/** Per widget, a resting state and, where it has one, a state with a dialog or form open. */
const cases: Record<string, string[]> = {
  AccessToggle: ['Off', 'Enable Dialog Open'],
  BulkCsvImporter: ['Empty', 'Preview With Errors'],
  ClientForm: ['Create', 'Validation Error'],
  InvitationAccept: ['Pending'],
  OrderDetail: ['Received', 'Cancel Confirm'],
  OrderForm: ['Invalid'],
  OrderList: ['Every State'],
  PostbackSettings: ['With Deliveries', 'Add Endpoint'],
  ProductMapper: ['Synced Shop', 'Connect Dialog'],
  ProductionSettings: ['Gelato Connect'],
  StoreConnectButton: ['Picker Open', 'Shopify Form'],
  StoreList: ['Every Status', 'Disconnect Confirm'],
  TestOrderButton: ['Sent'],
  UserManager: ['Admin View', 'Invite Dialog Open'],
};

const properties = [
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'color',
  'background-color',
  'background-image',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-left-width',
  'border-top-left-radius',
  'box-sizing',
  'list-style-type',
  'text-decoration-line',
  'cursor',
  'width',
  'height',
] as const;

/** The widget (inside the story's frame) and any open dialog: what a host's CSS must not change. */
const partsSelector = '.vt-root > div:first-child > *, .vt-Dialog-content';

interface Snapshot {
  styles: { path: string; values: Record<string, string> }[];
  shots: Buffer[];
}

async function snapshot(page: Page): Promise<Snapshot> {
  // Two frames: style changes are applied and laid out before anything is read.
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  const styles = await page.evaluate(
    ({ selector, properties }) => {
      const describe = (el: Element) => {
        const classes = [...el.classList].filter((c) => c.startsWith('vt-')).join('.');
        return `${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
      };
      const out: { path: string; values: Record<string, string> }[] = [];
      for (const part of document.querySelectorAll(selector)) {
        for (const el of [part, ...part.querySelectorAll('*')]) {
          const chain: string[] = [];
          for (let e: Element | null = el; e && e !== part.parentElement; e = e.parentElement) {
            chain.unshift(describe(e));
          }
          const computed = getComputedStyle(el);
          const values: Record<string, string> = {};
          for (const p of properties) values[p] = computed.getPropertyValue(p);
          out.push({ path: chain.slice(-3).join(' > '), values });
        }
      }
      return out;
    },
    { selector: partsSelector, properties: [...properties] },
  );
  const shots: Buffer[] = [];
  for (const part of await page.locator(partsSelector).all()) {
    shots.push(await part.screenshot({ animations: 'disabled', caret: 'hide' }));
  }
  return { styles, shots };
}

/** Differences of computed style, one line each (the first few per property and element kind). */
function styleDifferences(clean: Snapshot, host: Snapshot): string[] {
  if (clean.styles.length !== host.styles.length) {
    return [`element count ${clean.styles.length} → ${host.styles.length}`];
  }
  const lines = new Set<string>();
  clean.styles.forEach((element, i) => {
    const other = host.styles[i];
    if (!other) return;
    for (const p of properties) {
      if (element.values[p] !== other.values[p]) {
        lines.add(`${element.path} { ${p}: ${element.values[p]} → ${other.values[p]} }`);
      }
    }
  });
  return [...lines];
}

/** Share of pixels that differ per screenshot, or a note when the size changed. */
function pixelDifferences(clean: Snapshot, host: Snapshot): string[] {
  const out: string[] = [];
  clean.shots.forEach((buffer, i) => {
    const other = host.shots[i];
    if (!other) {
      out.push(`screenshot ${i}: missing`);
      return;
    }
    const a = PNG.sync.read(buffer);
    const b = PNG.sync.read(other);
    if (a.width !== b.width || a.height !== b.height) {
      out.push(`screenshot ${i}: ${a.width}×${a.height} → ${b.width}×${b.height}`);
      return;
    }
    const changed = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
    const ratio = changed / (a.width * a.height);
    // Anti-aliasing of a glyph or two is allowed; a changed button or heading is not.
    if (ratio > 0.002) out.push(`screenshot ${i}: ${(ratio * 100).toFixed(2)}% of pixels differ`);
  });
  return out;
}

const url = inject('storybookUrl');
const index = (await readIndex(url)).filter((entry) => entry.type === 'story');
const stories = Object.entries(cases).flatMap(([widget, names]) =>
  names.map((name) => {
    const entry = index.find((s) => s.title === `Widgets/${widget}` && s.name === name);
    if (!entry) throw new Error(`no story "${name}" for ${widget}`);
    return [`${widget} › ${name}`, entry.id] as const;
  }),
);

// Transitions would show values half-way; the story's own state stays as its play function left it.
const still = '*, *::before, *::after { transition: none !important; caret-color: transparent; }';

describe('widgets keep their look under host stylesheets', () => {
  let browser: Browser;
  let viewer: StoryViewer;
  beforeAll(async () => {
    browser = await launchChromium();
    viewer = await StoryViewer.open(browser, url);
  });
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
  });

  it.each(stories)('%s', async (_, id) => {
    const outcome = await viewer.show(id);
    expect(outcome.failures).toEqual([]);
    const page = viewer.page;
    await page.addStyleTag({ content: still });
    const clean = await snapshot(page);
    expect(clean.shots.length).toBeGreaterThan(0);
    const report: Record<string, string[]> = {};
    for (const [host, css] of Object.entries(hosts)) {
      const tag = await page.addStyleTag({ content: css });
      const measured = await snapshot(page);
      await tag.evaluate((el) => (el as HTMLStyleElement).remove());
      const lines = [...styleDifferences(clean, measured), ...pixelDifferences(clean, measured)];
      if (lines.length > 0) report[host] = lines.slice(0, 25);
    }
    // Back to the clean page: the same look again, so the comparison itself is sound.
    const again = await snapshot(page);
    expect(styleDifferences(clean, again)).toEqual([]);
    expect(report).toEqual({});
  });

  it('still lets the host restyle on purpose: variables and selectors of two classes', async () => {
    const entry = stories.find(([name]) => name === 'ClientForm › Create');
    await viewer.show(entry?.[1] ?? '');
    const page = viewer.page;
    await page.addStyleTag({ content: hosts['Bootstrap 5'] ?? '' });
    await page.addStyleTag({
      content: `
        .vt-root { --vt-color-primary: rgb(10, 120, 80); }
        .story-page .vt-Button[data-variant="primary"] { border-radius: 3px; }
        .vt-Input { border-radius: 20px; }`,
    });
    const submit = page.locator('.vt-Button[data-variant="primary"]').first();
    const input = page.locator('.vt-Input').first();
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.borderTopLeftRadius];
    };
    expect(await submit.evaluate(look)).toEqual(['rgb(10, 120, 80)', '3px']);
    // One class weighs less than ours (see docs/react.md, "Styling in a host page").
    expect(await input.evaluate(look)).toEqual(['rgb(255, 255, 255)', '8px']);
  });
});
