// The example's whole backend: serves the page and the script, and mints Vitrine sessions.
// The provider's secret key stays here; the browser only ever gets short-lived session tokens.
//
//   npm run dev -w @vitrine/server            # the API on http://localhost:4000
//   npm run build -w @vitrine/elements
//   node examples/html/server.mjs             # http://localhost:5175
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';

const page = fileURLToPath(new URL('./index.html', import.meta.url));
const dist = fileURLToPath(new URL('../../packages/elements/dist/', import.meta.url));
/** Where `npm run dev -w @vitrine/server` writes the demo provider's key. */
const demoKeyFile = fileURLToPath(new URL('../../.vitrine/demo-secret-key', import.meta.url));

/**
 * @param {{ apiUrl: string, secretKey?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startExample({ apiUrl, secretKey, port = 0, host = '127.0.0.1' }) {
  // Read at each session: the API may write its demo key after this server starts.
  const key = () =>
    secretKey ?? (existsSync(demoKeyFile) ? readFileSync(demoKeyFile, 'utf8').trim() : '');

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      if (request.method === 'GET' && (path === '/' || path === '/index.html')) {
        const html = (await readFile(page, 'utf8')).replaceAll('http://localhost:4000', apiUrl);
        return send(response, 200, 'text/html; charset=utf-8', html);
      }
      if (request.method === 'GET' && /^\/vitrine-(elements|csv-worker)\.js(\.map)?$/.test(path)) {
        const file = `${dist}${path.slice(1)}`;
        if (!existsSync(file)) {
          return send(
            response,
            404,
            'text/plain',
            'Build it first: npm run build -w @vitrine/elements',
          );
        }
        return send(response, 200, 'text/javascript; charset=utf-8', await readFile(file));
      }
      if (request.method === 'POST' && path === '/vitrine-session') {
        // A real portal checks its own sign-in here: only its staff get a provider session.
        const answer = await fetch(`${apiUrl}/v1/sessions`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${key()}`,
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
          },
          body: JSON.stringify({ scope: 'provider' }),
        });
        if (!answer.ok) {
          console.error(`The API refused a session: ${answer.status}`);
          return send(response, 502, 'application/json', '{"error":"session_failed"}');
        }
        const { token, expiresAt } = await answer.json();
        response.setHeader('cache-control', 'no-store');
        return send(response, 201, 'application/json', JSON.stringify({ token, expiresAt }));
      }
      send(response, 404, 'text/plain', 'Not found');
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      send(response, 502, 'application/json', '{"error":"api_unreachable"}');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** @param {import('node:http').ServerResponse} response */
function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const apiUrl = process.env.VITRINE_API_URL || 'http://localhost:4000';
  const running = await startExample({
    apiUrl,
    secretKey: process.env.VITRINE_SECRET_KEY || undefined,
    port: Number(process.env.PORT || 5175),
    host: process.env.HOST || 'localhost',
  });
  console.log(`Plain-HTML example on ${running.url}, sessions from ${apiUrl}`);
}
