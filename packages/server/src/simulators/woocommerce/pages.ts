import { escapeHtml, hiddenInputs } from '../shopify/pages.js';

export { escapeHtml, hiddenInputs };

/** A WordPress admin-looking page of the simulator. */
export function page(title: string, body: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 14px/1.5 -apple-system, system-ui, sans-serif; background: #f0f0f1; color: #1d2327; margin: 0; }
  main { max-width: 46rem; margin: 3rem auto; background: #fff; border: 1px solid #c3c4c7; padding: 1.5rem 2rem; }
  h1 { font-size: 1.3rem; font-weight: 400; margin-top: 0; }
  .badge { display: inline-block; font-size: 12px; background: #7f54b3; color: #fff; border-radius: 3px; padding: 0 .5rem; }
  button { font: inherit; border: 1px solid #2271b1; border-radius: 3px; padding: .35rem .9rem; cursor: pointer;
    background: #2271b1; color: #fff; }
  button.secondary { background: #f6f7f7; color: #2271b1; }
  form.inline { display: inline; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #f0f0f1; vertical-align: top; }
  code { font-size: 12px; word-break: break-all; }
  .error { border-left: 4px solid #d63638; padding: .5rem 1rem; background: #fcf0f1; }
</style>
</head>
<body><main>
<p class="badge">WooCommerce simulator</p>
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
 * What a browser does when the store owner presses `button` ("Approve" or "Deny") on the
 * `/wc-auth/v1/authorize` page: submit that button's form. Returns where the store redirects
 * next; throws with the page's text when it shows an error instead.
 */
export async function clickOnAuthorizePage(
  fetch: (request: Request) => Promise<Response>,
  authorizeUrl: string,
  button: 'Approve' | 'Deny',
): Promise<string> {
  const response = await fetch(new Request(authorizeUrl));
  const html = await response.text();
  if (!response.ok) throw new Error(`The authorize page answered ${response.status}: ${html}`);
  const form = [...html.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)].find(
    (m) => m[2]!.includes(`>${button}</button>`),
  );
  if (!form) throw new Error(`The authorize page has no ${button} button.`);
  const fields = new URLSearchParams();
  for (const [, name, value] of form[2]!.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)">/g,
  )) {
    fields.append(unescapeHtml(name!), unescapeHtml(value!));
  }
  const submitted = await fetch(
    new Request(new URL(unescapeHtml(form[1]!), authorizeUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
      redirect: 'manual',
    }),
  );
  const location = submitted.headers.get('location');
  if (submitted.status !== 302 || !location) {
    throw new Error(`${button} answered ${submitted.status}: ${await submitted.text()}`);
  }
  return location;
}
