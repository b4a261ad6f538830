import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import pg from 'pg';
import type { AppOptions } from '../src/config.js';
import { createPgliteDb } from '../src/db/pglite.js';
import type { Db, Queryable } from '../src/db/types.js';
import { createPostgresDb } from '../src/node/postgres.js';
import { createTestServer, type TestServer } from '../testing/testServer.js';

/**
 * Set VITRINE_TEST_DATABASE_URL to run the suite on PostgreSQL: each server then gets a
 * throwaway database of its own, dropped when it closes. Otherwise PGlite in memory.
 */
const adminUrl = process.env.VITRINE_TEST_DATABASE_URL;
export const dialect = adminUrl ? 'postgres' : 'pglite';

async function throwawayPostgres(): Promise<Db> {
  const name = `vitrine_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  const db = createPostgresDb(url.toString(), { max: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export function startServer(
  options: Partial<Omit<AppOptions, 'db' | 'clock'>> & {
    seedCatalog?: boolean;
    hosts?: Record<string, (request: Request) => Promise<Response>>;
    /** Puts something between the server and its database (faults, on either dialect). */
    wrapDb?: (db: Db) => Db;
  } = {},
) {
  const { wrapDb, ...rest } = options;
  const open = adminUrl ? throwawayPostgres : () => createPgliteDb();
  return createTestServer({
    ...rest,
    ...(adminUrl || wrapDb
      ? { createDb: async () => (wrapDb ? wrapDb(await open()) : open()) }
      : {}),
  });
}

/**
 * A database whose statements fail when `failWhen` says so: the statement throws as a dropped
 * connection would, and a transaction it belongs to rolls back.
 */
export function faultyDb(db: Db, failWhen: (sql: string) => boolean): Db {
  const guard = (q: Queryable): Queryable => ({
    exec: (sql) => q.exec(sql),
    async query(sql, params) {
      if (failWhen(sql)) throw new Error('Connection terminated unexpectedly');
      return q.query(sql, params);
    },
  });
  return {
    dialect: db.dialect,
    exec: (sql) => db.exec(sql),
    query: (sql, params) => guard(db).query(sql, params),
    transaction: (fn) => db.transaction((tx) => fn(guard(tx))),
    close: () => db.close(),
  };
}

type Check = (method: string, path: string, response: Response, body: unknown) => void;
const descriptions = new WeakMap<TestServer, Promise<Check>>();

/**
 * Every answer a test receives must be one the served `/openapi.json` describes: a declared
 * status, a declared content type, a JSON body valid against its schema (Ajv, JSON Schema
 * 2020-12), and the request id every answer carries.
 */
function describedBy(server: TestServer): Promise<Check> {
  let check = descriptions.get(server);
  if (!check) {
    check = server
      .fetch(`${server.baseUrl}/openapi.json`)
      .then((res) => res.json())
      .then(checkAgainst);
    descriptions.set(server, check);
  }
  return check;
}

export function checkAgainst(doc: any): Check {
  const id = 'https://vitrine.test/openapi.json';
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: id, components: { schemas: doc.components.schemas } });
  const validators = new Map<string, ValidateFunction>();
  // Literal paths before templated ones, as the router matches them.
  const templates = Object.keys(doc.paths)
    .map((template) => ({
      template,
      params: template.split('{').length,
      pattern: new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`,
      ),
    }))
    .sort((a, b) => a.params - b.params);
  return (method, url, response, body) => {
    const path = url.split('?')[0]!;
    const match = templates.find(
      (t) => t.pattern.test(path) && doc.paths[t.template][method.toLowerCase()],
    );
    if (!match) return; // infrastructure (health, the description itself, unknown routes)
    const where = `${method} ${match.template} → ${response.status}`;
    const operation = doc.paths[match.template][method.toLowerCase()];
    const status = String(response.status);
    let declared = operation.responses[status] ?? operation.responses[`${status[0]}XX`];
    declared ??= operation.responses.default;
    if (!declared) throw new Error(`${where}: status not described`);
    if (declared.$ref) declared = doc.components.responses[declared.$ref.split('/').pop()];
    if (!response.headers.get('x-request-id')) throw new Error(`${where}: no x-request-id`);
    const type = response.headers.get('content-type')?.split(';')[0]?.trim();
    if (!declared.content) {
      if (type) throw new Error(`${where}: described without a body, answered ${type}`);
      return;
    }
    if (!type || !declared.content[type]) {
      throw new Error(`${where}: answered ${type}, described ${Object.keys(declared.content)}`);
    }
    const ref = declared.content[type].schema?.$ref as string | undefined;
    if (type !== 'application/json' || !ref) return;
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `${id}${ref}` });
      validators.set(ref, validate);
    }
    if (!validate(body)) {
      throw new Error(
        `${where}: the body does not match ${ref}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
      );
    }
  };
}

export interface Call {
  status: number;
  body: any;
  headers: Headers;
}

/** A tiny JSON caller for route tests: credential bound once, every request a real Request. */
export function caller(server: TestServer, credential?: string) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Call> => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (credential) (init.headers as Record<string, string>).authorization = `Bearer ${credential}`;
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await server.fetch(`${server.baseUrl}${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // non-JSON answers stay text
    }
    (await describedBy(server))(method, path, response, parsed);
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      call('POST', path, body ?? {}, headers),
    put: (path: string, body?: unknown) => call('PUT', path, body),
    patch: (path: string, body?: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

export const admin = { email: 'Ana.Silva@Example.com ', firstName: 'Ana', lastName: 'Silva' };

/** A client with access on and its admin active: the usual starting point for client sessions. */
export async function clientWithActiveAdmin(
  server: TestServer,
  secretKey: string,
  name = 'Acme Bakery',
) {
  const api = caller(server, secretKey);
  const client = (await api.post('/v1/clients', { name })).body;
  const email = `admin+${client.id}@example.com`;
  const access = (await api.put(`/v1/clients/${client.id}/access`, { admin: { ...admin, email } }))
    .body;
  const token = await server.inviteToken(email);
  await caller(server).post(`/v1/invitations/${token}/accept`);
  return { client, userId: access.admin.userId as string, email };
}

export async function clientSession(
  server: TestServer,
  secretKey: string,
  clientId: string,
  userId: string,
) {
  const res = await caller(server, secretKey).post('/v1/sessions', {
    scope: 'client',
    clientId,
    userId,
  });
  if (res.status !== 201) throw new Error(`session: ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/**
 * Connects a Shopify store the way a person does: start the connection, open the simulator's
 * install page and press Authorize, land on the callback. Returns every step's answer.
 */
export async function connectShopify(
  server: TestServer,
  credential: string,
  clientId: string,
  shop = 'vitrine-demo',
  extra: Record<string, unknown> = {},
) {
  const started = await caller(server, credential).post(
    `/v1/clients/${clientId}/stores/authorize`,
    {
      platform: 'shopify',
      shop,
      ...extra,
    },
  );
  if (started.status !== 201) throw new Error(`authorize: ${JSON.stringify(started.body)}`);
  const callbackUrl = await server.shopify.approve(started.body.authorizeUrl);
  const landed = await server.fetch(callbackUrl);
  return {
    storeId: started.body.store.id as string,
    started,
    callbackUrl,
    landed: { status: landed.status, headers: landed.headers, text: await landed.text() },
  };
}
