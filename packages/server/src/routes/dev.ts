import type { Hono } from 'hono';
import type { AppConfig } from '../config.js';
import type { RouterEnv } from '../http/router.js';
import { listOutbox } from '../services/outbox.js';

/**
 * Development only: the email outbox, so invitation links can be followed without a mail server.
 * Never mounted unless the app is built with `dev: true`.
 */
export function devRoutes(app: Hono<RouterEnv>, config: AppConfig) {
  app.get('/dev/outbox', async (c) => {
    const to = c.req.query('to');
    const messages = await listOutbox(config, { limit: 50, ...(to ? { to } : {}) });
    return c.json({ data: messages });
  });
}
