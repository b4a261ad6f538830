import { type Endpoint, ErrorBody, endpoints } from '@vitrine/sdk';
import { z } from 'zod';
import type { RegisteredRoute } from './router.js';

const json = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

/** OpenAPI 3 generated from the contract's zod schemas, for the routes this server serves. */
export function buildOpenApi(routes: readonly RegisteredRoute[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = {
    description: 'Error',
    content: { 'application/json': { schema: json(ErrorBody, 'output') } },
  };
  for (const route of routes) {
    const endpoint: Endpoint = endpoints[route.name];
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const pathParams = [...endpoint.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParams: unknown[] = [];
    if (endpoint.query) {
      const schema = json(endpoint.query, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        queryParams.push({
          name,
          in: 'query',
          required: schema.required?.includes(name) ?? false,
          schema: prop,
        });
      }
    }
    const operation: Record<string, unknown> = {
      operationId: route.name,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      parameters: [...pathParams, ...queryParams],
      security: route.guard === 'public' || route.guard === 'webhook' ? [] : [{ bearer: [] }],
      'x-vitrine-guard': route.guard,
      responses: {
        [endpoint.status]: endpoint.response
          ? {
              description: 'OK',
              content: { 'application/json': { schema: json(endpoint.response, 'output') } },
            }
          : {
              description: 'OK',
              content: { [endpoint.produces ?? 'application/octet-stream']: {} },
            },
        default: error,
      },
    };
    if (endpoint.body) {
      operation.requestBody = {
        required: !endpoint.body.safeParse(undefined).success,
        content: { 'application/json': { schema: json(endpoint.body, 'input') } },
      };
    }
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Vitrine API', version: '1.0.0' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Secret key `vt_sk_…` or a session token',
        },
      },
    },
    paths,
  };
}
