import * as sdk from '@vitrine/sdk';
import { type Endpoint, endpoints } from '@vitrine/sdk';
import { z } from 'zod';
import { permissions } from '../auth/permissions.js';
import {
  operationDescriptions,
  pathParameterDescriptions,
  queryParameterDescriptions,
  schemaExamples,
} from './openapiDocs.js';
import type { RegisteredRoute } from './router.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema documents are walked generically
type Json = Record<string, any>;
type Io = 'input' | 'output';

const REF = '#/components/schemas/';
const ref = (name: string) => ({ $ref: `${REF}${name}` });
const capitalize = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value;

const tagDescriptions: Record<string, string> = {
  sessions: 'Short-lived session tokens for the browser, minted with the secret key',
  keys: "The provider's secret keys: listed by their last four characters, created once, revoked",
  clients: "The provider's business clients",
  access: "A client's Storefronts access and its admin",
  invitations: 'Invitations, read and accepted with the token they were sent with',
  users: "A client's users and their roles",
  stores: "A client's connected stores and their connection",
  jobs: 'Long-running work: syncs, imports, publishing',
  catalog: 'The print catalog',
  products: "A store's products, their mappings to the catalog, design files and bulk imports",
  orders: 'Orders from the stores or placed by hand',
  webhooks: 'Webhooks the platforms send (signed by the platform)',
  production: 'Where orders are made, and the progress production reports',
  postbacks: 'Signed event deliveries to the provider',
};

/** The error statuses an operation can answer with, beside 5XX. */
function errorStatuses(endpoint: Endpoint, guard: RegisteredRoute['guard']): string[] {
  const authenticated = guard !== 'public' && guard !== 'webhook';
  const writes = endpoint.method !== 'GET';
  const statuses = ['400'];
  if (authenticated || guard === 'webhook') statuses.push('401');
  if (authenticated) statuses.push('403');
  if (endpoint.path.includes(':')) statuses.push('404');
  if (writes) statuses.push('409');
  if (endpoint.tag === 'invitations') statuses.push('410');
  if (endpoint.body || endpoint.consumes || guard === 'webhook') statuses.push('413', '415');
  if (writes) statuses.push('422');
  statuses.push('429');
  return statuses;
}

const errorResponseNames: Record<string, [string, string]> = {
  '400': ['BadRequest', 'The request is malformed or a field or query parameter is invalid'],
  '401': ['Unauthorized', 'No credential, or one that is not valid'],
  '403': ['Forbidden', 'The credential may not do this'],
  '404': ['NotFound', 'No such resource (or not one the caller may see)'],
  '409': ['Conflict', 'The resource is not in a state that allows this'],
  '410': ['Gone', 'The invitation expired, was used or was revoked'],
  '413': ['PayloadTooLarge', 'The body is too large'],
  '415': ['UnsupportedMediaType', 'The body is not of a type this operation accepts'],
  '422': ['Unprocessable', 'The request is well formed but cannot be carried out'],
  '429': ['TooManyRequests', 'Too many requests; retry after the time given'],
};

/**
 * OpenAPI 3.1 generated from the contract's zod schemas, for the routes this server serves. The
 * schemas the SDK exports are named components, so generated clients get the same type names.
 */
export function buildOpenApi(routes: readonly RegisteredRoute[], serverUrl: string) {
  // Names: every schema the SDK exports under its export name, then each operation's own.
  const names = new Map<z.ZodType, string>();
  for (const [name, value] of Object.entries(sdk)) {
    if (isSchema(value) && !names.has(value)) names.set(value, name);
  }
  const unwrap = (schema: z.ZodType): z.ZodType =>
    schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
  const nameOf = (schema: z.ZodType, fallback: string): string => {
    const found = names.get(schema);
    if (found) return found;
    // A page of a named item is that item's page.
    const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
    const data = shape?.data;
    const item = data instanceof z.ZodArray ? names.get(data.element as z.ZodType) : undefined;
    const name = item && shape?.nextCursor ? `${item}Page` : fallback;
    names.set(schema, name);
    return name;
  };
  const used = routes.map((route) => {
    const endpoint: Endpoint = endpoints[route.name];
    const base = capitalize(route.name);
    return {
      route,
      endpoint,
      query: endpoint.query ? nameOf(endpoint.query, `${base}Query`) : undefined,
      body: endpoint.body ? nameOf(unwrap(endpoint.body), `${base}Body`) : undefined,
      response: endpoint.response ? nameOf(endpoint.response, `${base}Response`) : undefined,
    };
  });

  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const generate = (io: Io): Record<string, Json> => {
    const { schemas } = z.toJSONSchema(registry, {
      io,
      target: 'draft-2020-12',
      unrepresentable: 'any',
      uri: (id) => `${REF}${id}`,
      override: ({ jsonSchema }) => portable(jsonSchema as Json),
    }) as { schemas: Record<string, Json> };
    for (const schema of Object.values(schemas)) {
      delete schema.$schema;
      delete schema.$id;
    }
    return schemas;
  };
  const output = generate('output');
  const input = generate('input');
  // A schema that reads differently as input (defaults, transforms) gets an `…Input` twin.
  const differs = new Set(
    Object.keys(input).filter((id) => JSON.stringify(input[id]) !== JSON.stringify(output[id])),
  );
  const inputRef = (id: string) => (differs.has(id) ? `${id}Input` : id);
  const renamed = (schema: unknown): Json =>
    JSON.parse(JSON.stringify(schema), (key, value) =>
      key === '$ref' && typeof value === 'string' && value.startsWith(REF)
        ? `${REF}${inputRef(value.slice(REF.length))}`
        : value,
    );
  const all: Record<string, Json> = { ...output };
  for (const id of differs) all[`${id}Input`] = renamed(input[id]);
  for (const [id, examples] of Object.entries(schemaExamples)) {
    for (const name of [id, `${id}Input`]) if (all[name]) all[name].examples = examples;
  }
  const twins = new Set([...differs].map((id) => `${id}Input`));
  for (const id of Object.keys(all)) {
    for (const variant of nameVariants(id, all[id]!, all)) if (twins.has(id)) twins.add(variant);
  }

  const paths: Record<string, Record<string, unknown>> = {};
  const tags = new Set<string>();
  for (const { route, endpoint, query, body, response } of used) {
    // `:name` starts a segment; `mappings:apply` is a literal action name.
    const path = endpoint.path.replace(/\/:(\w+)/g, '/{$1}');
    const parameters: unknown[] = [...endpoint.path.matchAll(/\/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      ...(pathParameterDescriptions[m[1]!]
        ? { description: pathParameterDescriptions[m[1]!] }
        : {}),
      schema: { type: 'string' },
    }));
    if (query) {
      const schema = renamed(input[query]) as { properties?: Json; required?: string[] };
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        const object = prop.type === 'object' || prop.additionalProperties !== undefined;
        const description =
          queryParameterDescriptions[`${route.name}.${name}`] ??
          queryParameterDescriptions[name] ??
          prop.description;
        parameters.push({
          name,
          in: 'query',
          ...(description ? { description } : {}),
          required: schema.required?.includes(name) ?? false,
          schema: prop,
          ...(object ? { style: 'deepObject', explode: true } : {}),
        });
      }
    }
    const post = endpoint.method === 'POST';
    if (post) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

    const successHeaders = {
      'x-request-id': { $ref: '#/components/headers/RequestId' },
      ...(post
        ? { 'idempotent-replayed': { $ref: '#/components/headers/IdempotentReplayed' } }
        : {}),
    };
    const responses: Record<string, unknown> = {};
    if (response) {
      responses[endpoint.status] = {
        description: 'OK',
        headers: successHeaders,
        content: { 'application/json': { schema: ref(response) } },
      };
    } else if (endpoint.status === 302) {
      responses['302'] = {
        description: 'Redirects to the address given when the flow started',
        headers: {
          Location: { required: true, schema: { type: 'string', format: 'uri' } },
          'x-request-id': { $ref: '#/components/headers/RequestId' },
        },
      };
    } else {
      responses[endpoint.status] = {
        description: 'OK',
        headers: successHeaders,
        content: Object.fromEntries(
          (endpoint.producesOneOf ?? [endpoint.produces ?? 'application/octet-stream']).map(
            (type) => [type, { schema: {} }],
          ),
        ),
      };
    }
    for (const status of errorStatuses(endpoint, route.guard)) {
      responses[status] = { $ref: `#/components/responses/${errorResponseNames[status]![0]}` };
    }
    for (const [status, description] of Object.entries(endpoint.pages ?? {})) {
      // Rate limiting still answers JSON; every other failure of a page is a page.
      if (status === '4XX') {
        for (const code of Object.keys(responses))
          if (code.startsWith('4') && code !== '429') delete responses[code];
      }
      responses[status] = {
        description,
        headers: { 'x-request-id': { $ref: '#/components/headers/RequestId' } },
        content: { [endpoint.produces ?? 'text/html']: { schema: { type: 'string' } } },
      };
    }
    responses.default = { $ref: '#/components/responses/Error' };

    tags.add(endpoint.tag);
    const operation: Record<string, unknown> = {
      operationId: route.name,
      summary: endpoint.summary,
      description: describe(endpoint.description ?? operationDescriptions[route.name], route.guard),
      tags: [endpoint.tag],
      parameters,
      security: securityOf(route.guard),
      'x-vitrine-guard': route.guard,
      responses,
    };
    if (body && endpoint.body) {
      operation.requestBody = {
        required: !endpoint.body.safeParse(undefined).success,
        content: { 'application/json': { schema: ref(inputRef(body)) } },
      };
    } else if (endpoint.consumes) {
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(
          [...endpoint.consumes, 'application/octet-stream'].map((type) => [
            type,
            { schema: { type: 'string', contentMediaType: type } },
          ]),
        ),
      };
    } else if (route.guard === 'webhook') {
      operation.requestBody = {
        required: true,
        description: "The platform's own event, signed over its raw bytes",
        content: { 'application/json': { schema: {} } },
      };
    }
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation;
  }

  const errorResponse = (description: string, retry = false) => ({
    description,
    headers: {
      'x-request-id': { $ref: '#/components/headers/RequestId' },
      ...(retry ? { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } : {}),
    },
    content: { 'application/json': { schema: ref('ErrorBody') } },
  });
  const responses: Record<string, unknown> = {
    Error: errorResponse(
      'Server error, or the service or a platform is unavailable (503 carries Retry-After)',
      true,
    ),
  };
  for (const [status, [name, description]] of Object.entries(errorResponseNames)) {
    responses[name] = errorResponse(description, status === '429');
  }

  const doc = {
    openapi: '3.1.0',
    info: {
      title: 'Vitrine API',
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Every answer carries `x-request-id`; errors share one body, `ErrorBody`, whose `code` is stable. POST operations accept an `Idempotency-Key`.',
    },
    // Relative: the description is valid wherever the server is reached from.
    servers: [{ url: new URL(serverUrl).pathname }],
    tags: [...tags].map((name) => ({ name, description: tagDescriptions[name] ?? name })),
    paths,
    components: {
      schemas: {} as Record<string, Json>,
      responses,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Repeats of the same request with the same key answer the first answer again (marked `idempotent-replayed`)',
          schema: { type: 'string', maxLength: 255 },
        },
      },
      headers: {
        RequestId: {
          description: 'Identifies the request in the server logs',
          schema: { type: 'string' },
        },
        RetryAfter: {
          description: 'Seconds to wait before retrying',
          schema: { type: 'integer', minimum: 0 },
        },
        IdempotentReplayed: {
          description:
            '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`',
          schema: { type: 'string', enum: ['true'] },
        },
      },
      securitySchemes: {
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The provider secret key `vt_sk_…`; server to server only, never in a browser',
        },
        sessionToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A short-lived session token minted with `createSession`, for the browser',
        },
      },
    },
  };
  doc.components.schemas = reachable(doc, all);
  // An `…Input` twin whose output form is never answered takes the plain name.
  const plain = Object.keys(doc.components.schemas).filter(
    (id) => twins.has(id) && !doc.components.schemas[id.slice(0, -5)],
  );
  if (plain.length === 0) return doc;
  const rename = new Map(plain.map((id) => [`${REF}${id}`, `${REF}${id.slice(0, -5)}`]));
  const renamedDoc = JSON.parse(JSON.stringify(doc), (_key, value) =>
    typeof value === 'string' && rename.has(value) ? rename.get(value) : value,
  ) as typeof doc;
  renamedDoc.components.schemas = Object.fromEntries(
    Object.entries(renamedDoc.components.schemas)
      .map(([id, schema]) => [plain.includes(id) ? id.slice(0, -5) : id, schema] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return renamedDoc;
}

const roleNames: Record<string, string> = {
  admin: 'admins',
  store_manager: 'store managers',
  order_manager: 'order managers',
  viewer: 'viewers',
};

const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The operation's prose, then who may call it, read from the permission table. */
function describe(text: string | undefined, guard: RegisteredRoute['guard']): string {
  const parts = text ? [text] : [];
  if (guard === 'secret_key') {
    parts.push('**Who may call:** the provider, with its secret key only (server to server).');
  } else if (guard !== 'public' && guard !== 'webhook') {
    const roles = Object.entries(permissions[guard] as Record<string, string>).map(
      ([role, reach]) =>
        `${roleNames[role] ?? role}${reach === 'assigned' ? ' (for the stores assigned to them)' : ''}`,
    );
    parts.push(
      roles.length === 0
        ? '**Who may call:** the provider only (secret key or provider session).'
        : `**Who may call:** the provider, and the client's ${list(roles)} (client session).`,
    );
  }
  return parts.join('\n\n');
}

function securityOf(guard: RegisteredRoute['guard']) {
  if (guard === 'public' || guard === 'webhook') return [];
  if (guard === 'secret_key') return [{ secretKey: [] }];
  return [{ secretKey: [] }, { sessionToken: [] }];
}

/**
 * Patterns only some regex engines read (Unicode property classes) are left out: the server still
 * enforces them and the schema's description says the rule. Unions whose members share a constant
 * property become `oneOf` with a `discriminator`.
 */
function portable(schema: Json) {
  if (typeof schema.pattern === 'string' && /\\[pP]\{/.test(schema.pattern)) {
    delete schema.pattern;
  }
  const members = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (!members || members.length < 2 || schema.discriminator) return;
  const shared = Object.keys(members[0]?.properties ?? {}).find((key) =>
    members.every(
      (m) =>
        m.type === 'object' &&
        m.properties?.[key]?.const !== undefined &&
        m.required?.includes(key),
    ),
  );
  if (!shared) return;
  if (schema.anyOf) {
    schema.oneOf = schema.anyOf;
    delete schema.anyOf;
  }
  schema.discriminator = { propertyName: shared };
}

/**
 * The members of a discriminated union become named schemas (`CreateStoreBodyManual`), mapped
 * from their tag value: generators then give each variant a type of its own.
 */
function nameVariants(parent: string, schema: Json, all: Record<string, Json>): string[] {
  const created: string[] = [];
  // A twin's variants are twins too: `CreateStoreBodyInput` → `CreateStoreBodyManualInput`.
  const [base, suffix] = parent.endsWith('Input') ? [parent.slice(0, -5), 'Input'] : [parent, ''];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const union = node as Json;
    if (union.discriminator && Array.isArray(union.oneOf)) {
      const key = union.discriminator.propertyName as string;
      const mapping: Record<string, string> = {};
      union.oneOf = union.oneOf.map((member: Json) => {
        const tag = member.properties?.[key]?.const;
        if (member.$ref || typeof tag !== 'string') return member;
        const pascal = tag.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_m, _s, c: string) =>
          c.toUpperCase(),
        );
        let name = `${base}${pascal}${suffix}`;
        for (let n = 2; all[name]; n++) name = `${base}${pascal}${n}${suffix}`;
        all[name] = member;
        created.push(name);
        visit(member);
        mapping[tag] = `${REF}${name}`;
        return ref(name);
      });
      union.discriminator.mapping = mapping;
      return;
    }
    for (const value of Object.values(union)) visit(value);
  };
  visit(schema);
  return created;
}

/** Only the schemas the paths reach, so nothing unserved is described. */
function reachable(doc: object, all: Record<string, Json>): Record<string, Json> {
  const kept: Record<string, Json> = {};
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === '$ref' && typeof v === 'string' && v.startsWith(REF)) {
          const id = v.slice(REF.length);
          if (!kept[id] && all[id]) {
            kept[id] = all[id];
            visit(all[id]);
          }
        } else visit(v);
      }
    }
  };
  visit(doc);
  return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
}
