import { escapeHtml } from '../shopify/pages.js';

export { escapeHtml, hiddenInputs } from '../shopify/pages.js';

export function page(title: string, body: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; background: #f5f1ea; color: #222; margin: 0; }
  main { max-width: 32rem; margin: 4rem auto; background: #fff; border-radius: 12px; padding: 2rem;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
  h1 { font-size: 1.25rem; margin-top: 0; }
  .badge { display: inline-block; font-size: 12px; background: #f1641e; color: #fff; border-radius: 8px; padding: 0 .5rem; }
  ul { padding-left: 1.25rem; }
  label { display: block; margin: 1rem 0; }
  select { font: inherit; padding: .25rem; }
  button { font: inherit; border: 0; border-radius: 24px; padding: .5rem 1.25rem; cursor: pointer;
    background: #222; color: #fff; }
  button.secondary { background: #e6e1d8; color: #222; }
  form.inline { display: inline; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .25rem .5rem; }
</style>
</head>
<body><main>
<p class="badge">Etsy simulator</p>
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

const unescapeHtml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

/**
 * What a browser does when the shop owner presses "Allow access" (or "Deny") on Etsy's consent
 * page: read the page's form, pick the signed-in shop, submit. Returns where Etsy redirects next.
 */
export async function clickConsent(
  fetch: (request: Request) => Promise<Response>,
  authorizeUrl: string,
  decision: 'allow' | 'deny',
  shopId?: number,
): Promise<string> {
  const response = await fetch(new Request(authorizeUrl));
  const html = await response.text();
  if (!response.ok) throw new Error(`The consent page answered ${response.status}: ${html}`);
  const action = html.match(/<form method="post" action="([^"]+)"/)?.[1];
  if (!action) throw new Error('The consent page has no form.');
  const fields = new URLSearchParams();
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)">/g,
  )) {
    fields.append(unescapeHtml(name!), unescapeHtml(value!));
  }
  const selected = html.match(/<option value="(\d+)" selected>/)?.[1];
  fields.set('shop_id', String(shopId ?? selected ?? ''));
  fields.set('decision', decision);
  const submitted = await fetch(
    new Request(new URL(unescapeHtml(action), authorizeUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
      redirect: 'manual',
    }),
  );
  const location = submitted.headers.get('location');
  if (submitted.status !== 302 || !location) {
    throw new Error(`The consent form answered ${submitted.status}: ${await submitted.text()}`);
  }
  return location;
}
