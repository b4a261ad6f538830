import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package's sources, wherever Vitest runs from (the React 18 suite runs elsewhere).
const src = join(import.meta.dirname, '..');
const tokens = readFileSync(join(src, 'theme/tokens.css'), 'utf8');

/** `--name: value;` pairs of the first block after `head` (a selector inside `from`). */
function variables(css: string, head: string): Map<string, string> {
  const start = css.indexOf(head);
  if (start < 0) throw new Error(`no block ${head}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map(
    [...body.matchAll(/(--vt-[\w-]+):\s*([^;]+);/g)].map((m) => [
      m[1] as string,
      m[2]?.trim() ?? '',
    ]),
  );
}

const supportsNot = '@supports not (color: light-dark(#000, #fff))';

describe('colour tokens without light-dark()', () => {
  const pairs = [...variables(tokens, ':where(.vt-root) {')].flatMap(([name, value]) => {
    const m = value.match(/^light-dark\((#[0-9a-f]+),\s*(#[0-9a-f]+)\)$/i);
    return m ? [[name, m[1], m[2]] as const] : [];
  });
  const fallback = tokens.slice(tokens.indexOf(supportsNot));
  const light = variables(fallback, ':where(.vt-root) {');
  const dark = variables(fallback, ':where(.vt-root[data-color-scheme="dark"]) {');
  const auto = variables(
    tokens.slice(tokens.indexOf('@media (prefers-color-scheme: dark)')),
    ':where(.vt-root[data-color-scheme="auto"]) {',
  );

  it('has colour pairs to fall back from', () => {
    expect(pairs.length).toBeGreaterThan(5);
  });

  it('gives every pair its light value, and its dark one for dark and for auto at night', () => {
    for (const [name, lightValue, darkValue] of pairs) {
      expect([name, light.get(name)]).toEqual([name, lightValue]);
      expect([name, dark.get(name)]).toEqual([name, darkValue]);
      expect([name, auto.get(name)]).toEqual([name, darkValue]);
    }
  });

  it('leaves no light-dark() outside a variable without a plain declaration before it', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith('.css') ? [path] : [];
      });
    for (const file of walk(src)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const m = line.match(/^\s*([a-z][a-z-]*):\s*light-dark\(/);
        if (!m) return;
        // Browsers without light-dark() drop the declaration and keep the one before it.
        const before = lines
          .slice(0, i)
          .reverse()
          .find((l) => !l.trim().startsWith('/*'));
        expect([file, i + 1, before?.trim().startsWith(`${m[1]}:`)]).toEqual([file, i + 1, true]);
      });
    }
  });
});
