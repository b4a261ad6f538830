import { openPage, type SimulatorLook, simulatorPage, submitForm } from '../html.js';

export { escapeHtml, hiddenInputs } from '../html.js';

const look: SimulatorLook = {
  badge: 'Etsy simulator',
  page: { background: '#f5f1ea', text: '#222', width: '32rem', margin: '4rem', radius: '12px' },
  badgeColours: { background: '#f1641e', text: '#fff', radius: '8px' },
  button: { background: '#222', text: '#fff', radius: '24px', padding: '.5rem 1.25rem' },
  secondaryButton: { background: '#e6e1d8', text: '#222' },
  css: `  ul { padding-left: 1.25rem; }
  label { display: block; margin: 1rem 0; }
  select { font: inherit; padding: .25rem; }`,
};

export const page = (title: string, body: string, status = 200) =>
  simulatorPage(look, { title, body, status });

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
  const html = await openPage(fetch, authorizeUrl, 'consent page');
  const action = html.match(/<form method="post" action="([^"]+)"/)?.[1];
  if (!action) throw new Error('The consent page has no form.');
  const selected = html.match(/<option value="(\d+)" selected>/)?.[1];
  return submitForm(fetch, authorizeUrl, { action, html }, 'The consent form', {
    shop_id: String(shopId ?? selected ?? ''),
    decision,
  });
}
