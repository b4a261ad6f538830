/** What sets one simulator's pages apart from another's: its name and its platform's colours. */
export interface SimulatorLook {
  /** Names the simulator at the top of every page, e.g. `Shopify simulator`. */
  badge: string;
  page: {
    background: string;
    text: string;
    width: string;
    /** Space above and below the page's card. */
    margin: string;
    radius: string;
    font?: string;
  };
  badgeColours: { background: string; text: string; radius: string };
  button: { background: string; text: string; radius: string; padding: string };
  secondaryButton: { background: string; text: string };
  /** The platform's own rules, after the shared ones so they can override them. */
  css?: string;
}

export interface SimulatorPage {
  title: string;
  body: string;
  status?: number;
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);

export const unescapeHtml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

export function hiddenInputs(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n');
}

function styles(look: SimulatorLook): string {
  const { page, badgeColours: badge, button, secondaryButton: secondary } = look;
  return `
  body { font: ${page.font ?? '15px/1.5 system-ui, sans-serif'}; background: ${page.background}; color: ${page.text}; margin: 0; }
  main { max-width: ${page.width}; margin: ${page.margin} auto; background: #fff; border-radius: ${page.radius}; padding: 2rem;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
  h1 { font-size: 1.25rem; margin-top: 0; }
  .badge { display: inline-block; font-size: 12px; background: ${badge.background}; color: ${badge.text}; border-radius: ${badge.radius}; padding: 0 .5rem; }
  button { font: inherit; border: 0; border-radius: ${button.radius}; padding: ${button.padding}; cursor: pointer;
    background: ${button.background}; color: ${button.text}; }
  button.secondary { background: ${secondary.background}; color: ${secondary.text}; }
  form.inline { display: inline; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .25rem .5rem; }
${look.css ?? ''}
`;
}

/** A simulator's HTML page: no scripts, nothing loaded from elsewhere, never cached. */
export function simulatorPage(look: SimulatorLook, { title, body, status = 200 }: SimulatorPage) {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles(look)}</style>
</head>
<body><main>
<p class="badge">${escapeHtml(look.badge)}</p>
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

type Fetch = (request: Request) => Promise<Response>;

/** Opens a simulator page the way a browser does; throws with its text unless it answers 2xx. */
export async function openPage(fetch: Fetch, url: string, name: string): Promise<string> {
  const response = await fetch(new Request(url));
  const html = await response.text();
  if (!response.ok) throw new Error(`The ${name} answered ${response.status}: ${html}`);
  return html;
}

/**
 * What a browser does when a form on a page opened from `pageUrl` is submitted: post its hidden
 * fields, then `fields`, to its action. Returns where the simulator redirects next; throws with
 * the answer, named after `submitting`, when it does not redirect.
 */
export async function submitForm(
  fetch: Fetch,
  pageUrl: string,
  form: { action: string; html: string },
  submitting: string,
  fields: Record<string, string> = {},
): Promise<string> {
  const posted = new URLSearchParams();
  for (const [, name, value] of form.html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)">/g,
  )) {
    posted.append(unescapeHtml(name!), unescapeHtml(value!));
  }
  for (const [name, value] of Object.entries(fields)) posted.set(name, value);
  const submitted = await fetch(
    new Request(new URL(unescapeHtml(form.action), pageUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: posted.toString(),
      redirect: 'manual',
    }),
  );
  const location = submitted.headers.get('location');
  if (submitted.status !== 302 || !location) {
    throw new Error(`${submitting} answered ${submitted.status}: ${await submitted.text()}`);
  }
  return location;
}
