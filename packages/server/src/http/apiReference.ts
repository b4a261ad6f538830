import type { Hono } from 'hono';
import type { RouterEnv } from './router.js';

/** The renderer's browser bundle, served next to the page so the reference works offline. */
export const apiReferenceScript = 'redoc.standalone.js';

/**
 * Only the bundle served here runs. Redoc writes its styles at run time and searches in a worker
 * it makes from a blob; it reads the description from this server and nothing else.
 */
const pageCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const htmlHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': pageCsp,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Addresses are relative, so the page works wherever the server is mounted. */
const referencePage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vitrine API reference</title>
<style>body { margin: 0; }</style>
</head>
<body>
<redoc spec-url="openapi.json" expand-responses="200,201,202"></redoc>
<script src="docs/${apiReferenceScript}"></script>
</body>
</html>
`;

const missingPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vitrine API reference</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; padding: 0 1rem; color: #1f2328; }
  code { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; }
</style>
</head>
<body>
<h1>Vitrine API reference</h1>
<p>The API description is at <a href="openapi.json"><code>openapi.json</code></a> (OpenAPI 3.1).</p>
<p>This server has no renderer for it. The reference page uses Redoc, an optional dependency of
<code>@vitrine/server</code>: install it next to the server and restart.</p>
<pre><code>npm install redoc@^2.5.4</code></pre>
</body>
</html>
`;

/**
 * `GET /docs`: the API reference, rendered in the browser from `/openapi.json`. The renderer's
 * bundle comes from `loadScript` (Node reads it from the `redoc` package); without one the page
 * says how to add it.
 */
export function apiReferenceRoutes(
  app: Hono<RouterEnv>,
  loadScript: (() => Promise<string | null>) | undefined,
) {
  let script: Promise<string | null> | undefined;
  const bundle = () => {
    script ??= loadScript ? loadScript().catch(() => null) : Promise.resolve(null);
    return script;
  };
  app.get('/docs', async (c) => {
    const found = await bundle();
    return c.body(found === null ? missingPage : referencePage, 200, htmlHeaders);
  });
  // The bundle is over a megabyte; gzipped once, it is about a third of that.
  let gzipped: Promise<ArrayBuffer> | undefined;
  app.get(`/docs/${apiReferenceScript}`, async (c) => {
    const found = await bundle();
    if (found === null) return c.notFound();
    const headers: Record<string, string> = {
      'content-type': 'text/javascript; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=86400',
      vary: 'accept-encoding',
    };
    if (!/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(found, 200, headers);
    gzipped ??= new Response(
      new Blob([found]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    return c.body(await gzipped, 200, { ...headers, 'content-encoding': 'gzip' });
  });
}
