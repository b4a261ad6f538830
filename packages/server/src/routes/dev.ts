import type { Hono } from 'hono';
import type { AppConfig } from '../config.js';
import type { RouterEnv } from '../http/router.js';
import { listOutbox, type OutboxMessage } from '../services/outbox.js';

/**
 * Development only: the email outbox, so invitation links can be followed without a mail server.
 * Never mounted unless the app is built with `dev: true`. A browser gets a page with clickable
 * links; tools (no `Accept: text/html`) get JSON.
 */
export function devRoutes(app: Hono<RouterEnv>, config: AppConfig) {
  app.get('/dev/outbox', async (c) => {
    const to = c.req.query('to');
    const messages = await listOutbox(config, { limit: 50, ...(to ? { to } : {}) });
    if (!c.req.header('accept')?.includes('text/html')) return c.json({ data: messages });
    return new Response(outboxPage(messages, to), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        // Nothing on the page runs: what it shows was typed by someone.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const linkTo = (url: string) =>
  /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
    : escapeHtml(url);

function outboxPage(messages: readonly OutboxMessage[], to: string | undefined): string {
  const rows = messages
    .map(
      (m) => `<tr>
  <td><time datetime="${escapeHtml(m.createdAt)}">${escapeHtml(m.createdAt.replace('T', ' ').slice(0, 19))}</time></td>
  <td>${escapeHtml(m.to)}</td>
  <td>${escapeHtml(m.kind)}</td>
  <td>${escapeHtml(m.subject)}</td>
  <td>${m.link ? linkTo(m.link) : ''}</td>
  <td>${m.sentAt ? 'sent' : m.lastError ? `failed: ${escapeHtml(m.lastError)}` : 'waiting'}</td>
</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Email outbox · Vitrine development</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1f2328; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
  td:nth-child(5) { word-break: break-all; }
  a { color: #0550ae; }
  form { margin: 1rem 0; }
</style>
</head>
<body>
<main>
<h1>Email outbox</h1>
<p>The 50 newest emails this development server wrote. Newest first.</p>
<form method="get" action="/dev/outbox">
  <label for="to">Recipient</label>
  <input id="to" name="to" type="email" value="${escapeHtml(to ?? '')}">
  <button type="submit">Filter</button>
</form>
${
  messages.length
    ? `<table>
<thead><tr><th scope="col">Written</th><th scope="col">To</th><th scope="col">Kind</th><th scope="col">Subject</th><th scope="col">Link</th><th scope="col">Delivery</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>No emails yet.</p>'
}
</main>
</body>
</html>
`;
}
