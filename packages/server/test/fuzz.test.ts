import { type Endpoint, type EndpointName, endpoints } from '@vitrine/sdk';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { TestServer } from '../testing/testServer.js';
import { caller, clientSession, clientWithActiveAdmin, startServer } from './support.js';

/**
 * Every route of the contract, given bad values in one parameter at a time (path, query, body),
 * as a provider and as a client admin: refusals are 4xx in the error shape, never a 5xx.
 */

const huge = 'x'.repeat(100_000);
/** Text that reaches services when the schema allows any string. */
const badText: readonly string[] = [
  '\u0000',
  'a\u0000b',
  huge,
  '',
  ' ',
  '2020-02-30',
  '2020-02-30T00:00:00.000Z',
  '0',
  '99999-12-31T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '\ud800',
  'a\udfffb',
  '\u202eevil',
  '\ufeff',
  '🏳️‍🌈'.repeat(50),
  'e\u0301\u0301\u0301',
  '00000000-0000-0000-0000-00000000000g',
  'not-a-uuid',
  '../../etc/passwd',
  '%',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  'line\r\nInjected: yes',
];
/** JSON values of the wrong type. */
const badJson: readonly unknown[] = [
  ...badText,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  null,
  [],
  {},
  [null],
  { '\u0000': 1 },
];

/** An arbitrary string: any UTF-16 code unit, lone surrogates and NUL included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    maxLength: 40,
  }),
  fc
    .date({ noInvalidDate: false })
    .map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
  fc.constantFrom(...badText),
);
const anyJson = fc.oneof(anyText, fc.jsonValue({ maxDepth: 2 }));

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** A plausible value for a schema, so that one bad field at a time gets past the others. */
function sample(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 4) return 'x';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const option = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (option) return sample(option, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]),
      );
    case 'array':
      return schema.minItems ? [sample(schema.items, depth + 1)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      switch (schema.format) {
        case 'email':
          return 'fuzz@example.com';
        case 'uuid':
          return '6f1c1b9e-3c4e-4f5a-9d2b-1a2b3c4d5e6f';
        case 'uri':
        case 'url':
          return 'https://example.com/file.pdf';
        case 'date-time':
          return '2026-03-02T09:00:00.000Z';
        case 'date':
          return '2026-03-02';
        default:
          return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
      }
    default:
      return 'x';
  }
}

/** Every place in a value a bad one can go: the paths of its leaves and of its containers. */
function slots(value: unknown, path: string[] = []): string[][] {
  const here = [path];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((v, i) => slots(v, [...path, String(i)]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => slots(v, [...path, k]))];
  }
  return here;
}

function replaced(value: unknown, path: string[], bad: unknown): unknown {
  if (path.length === 0) return bad;
  const [head, ...rest] = path as [string, ...string[]];
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head] = replaced(copy[head], rest, bad);
  return copy;
}

/** Query parameters as the router reads them: `name` or `group[name]`. */
function queryKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const props = jsonSchema(schema).properties ?? {};
  return Object.entries(props).flatMap(([key, prop]) =>
    prop.type === 'object' && prop.properties
      ? Object.keys(prop.properties).map((sub) => `${key}[${sub}]`)
      : [key],
  );
}

/**
 * Percent-encodes any string, lone surrogates included (as the invalid UTF-8 bytes a client can
 * still put on the wire).
 */
function encodeAny(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      out += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text[i] as string);
    }
  }
  return out;
}

interface Case {
  label: string;
  path: string;
  query: string;
  body: unknown;
}

describe('bad values on every route', () => {
  let server: TestServer;
  const unexpected: string[] = [];
  let principals: { name: string; credential: string }[];
  let base: Record<string, string>;
  beforeAll(async () => {
    server = await startServer({
      onError: (error) => unexpected.push(error instanceof Error ? error.message : String(error)),
    });
    const key = server.provider.secretKey;
    const { client, userId } = await clientWithActiveAdmin(server, key);
    const store = (
      await caller(server, key).post(`/v1/clients/${client.id}/stores`, {
        platform: 'manual',
        name: 'Counter',
      })
    ).body;
    base = { clientId: client.id, userId, storeId: store.id, platform: 'shopify' };
    principals = [
      { name: 'provider key', credential: key },
      { name: 'client admin', credential: await clientSession(server, key, client.id, userId) },
    ];
  }, 120_000);
  afterAll(() => server.close());

  const pathOf = (endpoint: Endpoint, params: Record<string, string>) =>
    endpoint.path.replace(/:(\w+)/g, (_, name: string) =>
      encodeAny(params[name] ?? base[name] ?? 'zz_none'),
    );

  function cases(endpoint: Endpoint, value: (slot: string) => unknown): Case[] {
    const params = [...endpoint.path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
    const body = endpoint.body ? sample(jsonSchema(endpoint.body)) : undefined;
    const out: Case[] = [];
    for (const name of params) {
      const bad = String(value(`param ${name}`));
      out.push({
        label: `param ${name}`,
        path: pathOf(endpoint, { [name]: bad }),
        query: '',
        body,
      });
    }
    for (const key of queryKeys(endpoint.query)) {
      const bad = String(value(`query ${key}`));
      out.push({
        label: `query ${key}`,
        path: pathOf(endpoint, {}),
        query: `?${encodeAny(key)}=${encodeAny(bad)}`,
        body,
      });
    }
    if (endpoint.body) {
      for (const slot of slots(body)) {
        out.push({
          label: `body ${slot.join('.') || '(root)'}`,
          path: pathOf(endpoint, {}),
          query: '',
          body: replaced(body, slot, value(`body ${slot.join('.')}`)),
        });
      }
    }
    return out;
  }

  async function send(credential: string, endpoint: Endpoint, c: Case) {
    const headers: Record<string, string> = { authorization: `Bearer ${credential}` };
    const init: RequestInit = { method: endpoint.method, headers };
    if (endpoint.body) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(c.body);
    } else if (endpoint.consumes) {
      headers['content-type'] = 'application/pdf';
      init.body = '%PDF-\u0000 not really';
    }
    const res = await server.fetch(`${server.baseUrl}${c.path}${c.query}`, init);
    const text = await res.text();
    if (res.status >= 500) return `${res.status} ${text.slice(0, 300)}`;
    // Pages browsers land on (OAuth callbacks) explain refusals as pages.
    const page =
      endpoint.produces === 'text/html' && res.headers.get('content-type')?.includes('html');
    if (res.status >= 400 && !page) {
      let parsed: any;
      try {
        parsed = JSON.parse(text);
      } catch {
        return `${res.status} not JSON: ${text.slice(0, 100)}`;
      }
      if (typeof parsed?.error?.code !== 'string') return `${res.status} not the error shape`;
    }
    return null;
  }

  const describeValue = (v: unknown) => {
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return text.length > 40
      ? `${JSON.stringify(text.slice(0, 40))}…(${text.length})`
      : JSON.stringify(text);
  };

  const names = Object.keys(endpoints) as EndpointName[];

  it('answers every listed bad value with a 4xx in the error shape', async () => {
    const failures: string[] = [];
    for (const name of names) {
      const endpoint: Endpoint = endpoints[name];
      for (const principal of principals) {
        const values = endpoint.body ? badJson : badText;
        for (const bad of values) {
          for (const c of cases(endpoint, () => bad)) {
            const problem = await send(principal.credential, endpoint, c);
            if (problem) {
              failures.push(
                `${name} as ${principal.name}, ${c.label} = ${describeValue(bad)}: ${problem}`,
              );
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(unexpected).toEqual([]);
  }, 1_200_000);

  it('answers arbitrary values with a 4xx in the error shape', async () => {
    for (const name of names) {
      const endpoint: Endpoint = endpoints[name];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...principals),
          endpoint.body ? anyJson : anyText,
          fc.nat(),
          async (principal, bad, pick) => {
            const all = cases(endpoint, () => (endpoint.body ? bad : String(bad)));
            if (all.length === 0) return;
            const c = all[pick % all.length]!;
            const problem = await send(principal.credential, endpoint, c);
            expect(problem, `${name}, ${c.label} = ${describeValue(bad)}`).toBeNull();
          },
        ),
        { numRuns: 15, seed: 20261206 },
      );
    }
    expect(unexpected).toEqual([]);
  }, 1_200_000);
});
