const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);

export function page(title: string, body: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; background: #f1f2f4; color: #303030; margin: 0; }
  main { max-width: 30rem; margin: 4rem auto; background: #fff; border-radius: 12px; padding: 2rem;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
  h1 { font-size: 1.25rem; margin-top: 0; }
  .badge { display: inline-block; font-size: 12px; background: #ffd79d; border-radius: 8px; padding: 0 .5rem; }
  ul { padding-left: 1.25rem; }
  button { font: inherit; border: 0; border-radius: 8px; padding: .5rem 1rem; cursor: pointer;
    background: #303030; color: #fff; }
  button.secondary { background: #e3e3e3; color: #303030; }
  form.inline { display: inline; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .25rem .5rem; }
</style>
</head>
<body><main>
<p class="badge">Shopify simulator</p>
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

export function hiddenInputs(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n');
}

const unescapeHtml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

/**
 * What a browser does when the shop owner presses "Authorize" on the install page: read the
 * page's form and submit it. Returns where Shopify redirects next (the app's callback).
 */
export async function clickAuthorize(
  fetch: (request: Request) => Promise<Response>,
  authorizeUrl: string,
): Promise<string> {
  const response = await fetch(new Request(authorizeUrl));
  const html = await response.text();
  if (!response.ok) throw new Error(`The install page answered ${response.status}: ${html}`);
  const action = html.match(/<form method="post" action="([^"]+)"/)?.[1];
  if (!action) throw new Error('The install page has no authorize form.');
  const fields = new URLSearchParams();
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)">/g,
  )) {
    fields.append(unescapeHtml(name!), unescapeHtml(value!));
  }
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
    throw new Error(`Authorizing answered ${submitted.status}: ${await submitted.text()}`);
  }
  return location;
}
