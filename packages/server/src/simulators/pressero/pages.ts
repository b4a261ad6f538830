import { escapeHtml } from '../shopify/pages.js';

export { escapeHtml };

/** A page of the simulator's admin, in Pressero's admin colours. */
export function page(title: string, body: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; background: #eef1f5; color: #24303f; margin: 0; }
  main { max-width: 40rem; margin: 3rem auto; background: #fff; border-radius: 6px; padding: 2rem;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
  h1 { font-size: 1.25rem; margin-top: 0; } h2 { font-size: 1rem; margin-top: 1.5rem; }
  .badge { display: inline-block; font-size: 12px; background: #c9e3ff; border-radius: 4px; padding: 0 .5rem; }
  button { font: inherit; border: 0; border-radius: 4px; padding: .45rem .9rem; cursor: pointer;
    background: #1f6fb2; color: #fff; }
  button.secondary { background: #e3e7ec; color: #24303f; }
  form.inline { display: inline; }
  label { display: block; margin: .5rem 0 .25rem; }
  input { font: inherit; width: 100%; box-sizing: border-box; padding: .35rem .5rem; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .25rem .5rem; }
  code { background: #f3f5f8; padding: 0 .25rem; }
</style>
</head>
<body><main>
<p class="badge">Pressero simulator</p>
${body}
</main></body>
</html>`;
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action *",
    },
  });
}
