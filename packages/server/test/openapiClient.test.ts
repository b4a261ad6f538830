import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { startServer } from './support.js';

/** A client written against the generated types only: what an integrator would write. */
const client = `import createClient from 'openapi-fetch';
import type { components, paths } from './api';

type Store = components['schemas']['Store'];

export async function onboard(baseUrl: string, secretKey: string, fetch: typeof globalThis.fetch) {
  const api = createClient<paths>({ baseUrl, fetch, headers: { authorization: \`Bearer \${secretKey}\` } });
  const created = await api.POST('/v1/clients', { body: { name: 'Generated Bakery' } });
  if (!created.data) throw new Error(created.error.error.code);
  const clientId: string = created.data.id;
  const access = await api.PUT('/v1/clients/{clientId}/access', {
    params: { path: { clientId } },
    body: { admin: { email: 'owner@generated.example', firstName: 'Gen', lastName: 'Baker' } },
  });
  if (!access.data) throw new Error(access.error.error.code);
  const enabled: boolean = access.data.enabled;
  const listed = await api.GET('/v1/clients/{clientId}/stores', {
    params: { path: { clientId }, query: { limit: 10 } },
  });
  if (!listed.data) throw new Error(listed.error.error.code);
  const stores: Store[] = listed.data.data;
  const refused = await api.GET('/v1/clients/{clientId}/stores', {
    params: { path: { clientId: 'cl_00000000000000000000' } },
  });
  return { clientId, enabled, stores, refused: refused.error?.error.code ?? null };
}
`;

/** The same call with a misspelt field: the generated types must refuse it. */
const misspelt = `import createClient from 'openapi-fetch';
import type { paths } from './api';

const api = createClient<paths>({ baseUrl: '/' });
export const wrong = api.POST('/v1/clients', { body: { nmae: 'Generated Bakery' } });
`;

function typeErrors(dir: string, file: string): string[] {
  const program = ts.createProgram([join(dir, file)], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('a client generated from the served description', () => {
  let server: TestServer;
  const dir = join(
    import.meta.dirname,
    '..',
    'node_modules',
    '.cache',
    `openapi-client-${process.pid}`,
  );
  beforeAll(async () => {
    server = await startServer();
    const doc = await (await server.fetch(`${server.baseUrl}/openapi.json`)).json();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'api.ts'), astToString(await openapiTS(doc)));
    await writeFile(join(dir, 'client.ts'), client);
    await writeFile(join(dir, 'misspelt.ts'), misspelt);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('type-checks, and refuses a misspelt field', () => {
    expect(typeErrors(dir, 'client.ts')).toEqual([]);
    expect(typeErrors(dir, 'misspelt.ts').join('\n')).toMatch(/nmae/);
  });

  it('creates a client, switches access on and lists its stores against the server', async () => {
    const { onboard } = await import(join(dir, 'client.ts'));
    const result = await onboard(server.baseUrl, server.provider.secretKey, server.fetch);
    expect(result.clientId).toMatch(/^cl_/);
    expect(result.enabled).toBe(true);
    expect(result.stores).toEqual([]);
    expect(result.refused).toBe('not_found');
  });
});
