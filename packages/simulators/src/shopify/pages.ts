import {
  escapeHtml,
  hiddenInputs,
  openPage,
  type SimulatorLook,
  simulatorPage,
  submitForm,
} from '../html.js';

export { escapeHtml, hiddenInputs };

const look: SimulatorLook = {
  badge: 'Shopify simulator',
  page: { background: '#f1f2f4', text: '#303030', width: '30rem', margin: '4rem', radius: '12px' },
  badgeColours: { background: '#ffd79d', text: '#303030', radius: '8px' },
  button: { background: '#303030', text: '#fff', radius: '8px', padding: '.5rem 1rem' },
  secondaryButton: { background: '#e3e3e3', text: '#303030' },
  css: '  ul { padding-left: 1.25rem; }',
};

export const page = (title: string, body: string, status = 200) =>
  simulatorPage(look, { title, body, status });

/**
 * What a browser does when the shop owner presses "Authorize" on the install page: read the
 * page's form and submit it. Returns where Shopify redirects next (the app's callback).
 */
export async function clickAuthorize(
  fetch: (request: Request) => Promise<Response>,
  authorizeUrl: string,
): Promise<string> {
  const html = await openPage(fetch, authorizeUrl, 'install page');
  const action = html.match(/<form method="post" action="([^"]+)"/)?.[1];
  if (!action) throw new Error('The install page has no authorize form.');
  return submitForm(fetch, authorizeUrl, { action, html }, 'Authorizing');
}
