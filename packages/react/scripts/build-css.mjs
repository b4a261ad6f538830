// Concatenates the tokens and every widget's CSS into dist/styles.css, and the same inside
// `@layer vitrine` into dist/styles.layer.css, so host CSS outside the layer always wins.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const order = ['theme/tokens.css', 'components/components.css'];

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.css') ? [path] : [];
  });

const rest = walk(src)
  .map((p) => relative(src, p))
  .filter((p) => !order.includes(p))
  .sort();
const css = [...order, ...rest]
  .map((p) => `/* ${p} */\n${readFileSync(join(src, p), 'utf8').trim()}\n`)
  .join('\n');

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/styles.css'), css);
writeFileSync(join(root, 'dist/styles.layer.css'), `@layer vitrine {\n${css}}\n`);
console.log(`styles.css: ${css.length} bytes from ${order.length + rest.length} files`);
