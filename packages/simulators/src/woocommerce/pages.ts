import { openPage, type SimulatorLook, simulatorPage, submitForm } from '../html.js';

export { escapeHtml, hiddenInputs } from '../html.js';

const look: SimulatorLook = {
  badge: 'WooCommerce simulator',
  page: {
    background: '#f0f0f1',
    text: '#1d2327',
    width: '46rem',
    margin: '3rem',
    radius: '0',
    font: '14px/1.5 -apple-system, system-ui, sans-serif',
  },
  badgeColours: { background: '#7f54b3', text: '#fff', radius: '3px' },
  button: { background: '#2271b1', text: '#fff', radius: '3px', padding: '.35rem .9rem' },
  secondaryButton: { background: '#f6f7f7', text: '#2271b1' },
  // WordPress admin: a flat bordered card, light headings, ruled tables.
  css: `  main { border: 1px solid #c3c4c7; box-shadow: none; padding: 1.5rem 2rem; }
  h1 { font-size: 1.3rem; font-weight: 400; }
  button { border: 1px solid #2271b1; }
  td, th { padding: .3rem .5rem; border-bottom: 1px solid #f0f0f1; vertical-align: top; }
  code { font-size: 12px; word-break: break-all; }
  .error { border-left: 4px solid #d63638; padding: .5rem 1rem; background: #fcf0f1; }`,
};

/** A WordPress admin-looking page of the simulator. */
export const page = (title: string, body: string, status = 200) =>
  simulatorPage(look, { title, body, status });

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
  const html = await openPage(fetch, authorizeUrl, 'authorize page');
  const form = [...html.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)].find(
    (m) => m[2]!.includes(`>${button}</button>`),
  );
  if (!form) throw new Error(`The authorize page has no ${button} button.`);
  return submitForm(fetch, authorizeUrl, { action: form[1]!, html: form[2]! }, button);
}
