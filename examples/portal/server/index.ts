import { createPortalBackend } from './backend.js';
import { demoSecretKeyFile, readSecretKeyFile } from './secretKey.js';

const apiUrl = process.env.VITRINE_API_URL || 'http://localhost:4000';
const port = Number(process.env.PORTAL_API_PORT || 5174);
const envKey = process.env.VITRINE_SECRET_KEY;
// Signs the client sign-in cookie. Unset, a random key per process: sign-ins end on restart.
const cookieSecret = process.env.PORTAL_COOKIE_SECRET || undefined;

const backend = createPortalBackend({
  apiUrl,
  // Read at the first request: the API writes its demo key when it starts, maybe after us.
  secretKey: envKey || (() => readSecretKeyFile(demoSecretKeyFile)),
  ...(cookieSecret ? { cookieSecret } : {}),
});

const running = await backend.listen({ port });
console.log(`Portal backend on ${running.url}, minting sessions from ${apiUrl}`);
if (!envKey) console.log(`Secret key: VITRINE_SECRET_KEY, else ${demoSecretKeyFile}`);

const stop = () => {
  void running.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
