import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { caller, checkAgainst, startServer } from './support.js';

describe('the served OpenAPI description', () => {
  let server: TestServer;
  let doc: any;
  beforeAll(async () => {
    server = await startServer();
    doc = (await caller(server).get('/openapi.json')).body;
  });
  afterAll(() => server.close());

  it('is OpenAPI 3.1 with named schemas, relative servers and both credentials', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/' }]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'secretKey',
      'sessionToken',
    ]);
    expect(doc.paths['/v1/sessions'].post.security).toEqual([{ secretKey: [] }]);
    expect(doc.paths['/v1/clients'].get.security).toEqual([
      { secretKey: [] },
      { sessionToken: [] },
    ]);
    const declared = doc.tags.map((t: { name: string }) => t.name);
    for (const methods of Object.values<any>(doc.paths)) {
      for (const operation of Object.values<any>(methods)) {
        expect(declared).toContain(operation.tags[0]);
      }
    }
    // The error codes and the timestamp pattern are written once, and referred to.
    const text = JSON.stringify(doc);
    expect(text.split('"idempotency_key_reuse"').length).toBe(2);
    expect(text.split('"date-time"').length).toBe(2);
    expect(
      doc.paths['/v1/clients/{clientId}'].get.responses['200'].content['application/json'],
    ).toEqual({ schema: { $ref: '#/components/schemas/Client' } });
    // Action names are literal, not path parameters.
    expect(doc.paths['/v1/stores/{storeId}/mappings:apply'].post.operationId).toBe('applyMapping');
    expect(doc.components.schemas.CreateSessionBody.discriminator).toEqual({
      propertyName: 'scope',
      mapping: {
        provider: '#/components/schemas/CreateSessionBodyProvider',
        client: '#/components/schemas/CreateSessionBodyClient',
      },
    });
  });

  it('compiles in a JSON Schema 2020-12 validator, with patterns every engine reads', () => {
    const ajv = new Ajv2020({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'doc', components: { schemas: doc.components.schemas } });
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`doc#/components/schemas/${name}`)).not.toThrow();
    }
    const body = ajv.getSchema('doc#/components/schemas/CreateClientBody')!;
    expect(body({ name: 'Acme', referenceId: null })).toBe(true);
    expect(body({ name: 'Acme', referenceId: 'ÉCOLE-7' })).toBe(true);
    expect(doc.components.schemas.ReferenceId.description).toMatch(/any script/);
  });

  it('describes the answers that are not JSON resources as they are', () => {
    const callback = doc.paths['/v1/oauth/{platform}/callback'].get.responses;
    expect(Object.keys(callback['200'].content)).toEqual(['text/html']);
    expect(callback['302'].headers.Location.required).toBe(true);
    expect(Object.keys(callback['4XX'].content)).toEqual(['text/html']);
    const keys = doc.paths['/v1/oauth/{platform}/keys'].post.responses['200'];
    expect(keys.content['application/json'].schema.$ref).toMatch(/KeysReceived$/);
    const hook = doc.paths['/v1/hooks/{platform}/{storeId}'].post.responses['200'];
    expect(hook.content['application/json'].schema.$ref).toMatch(/WebhookReceipt$/);
  });

  it('declares per operation the error statuses and the headers the server sends', async () => {
    const create = doc.paths['/v1/clients'].post;
    for (const status of ['400', '401', '403', '409', '422', '429']) {
      expect(create.responses[status].$ref).toMatch(/^#\/components\/responses\//);
    }
    expect(create.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    expect(doc.components.responses.TooManyRequests.headers['Retry-After']).toBeDefined();
    const invitation = doc.paths['/v1/invitations/{token}'].get.responses;
    expect(invitation['401']).toBeUndefined();
    expect(invitation['404']).toBeDefined();
    const attributes = doc.paths['/v1/catalog/products'].get.parameters.find(
      (p: { name: string }) => p.name === 'attributes',
    );
    expect(attributes).toMatchObject({ in: 'query', style: 'deepObject', explode: true });
  });

  it('describes every operation and parameter, and who may call each operation', () => {
    const operations = Object.values<any>(doc.paths).flatMap((methods) =>
      Object.values<any>(methods),
    );
    expect(operations.length).toBeGreaterThan(70);
    for (const operation of operations) {
      const [prose] = operation.description.split(/\n\n\*\*Who may call/);
      expect(prose, operation.operationId).toMatch(/^\w+.{20,}\.$/);
      for (const parameter of operation.parameters) {
        if (parameter.$ref) continue;
        expect(parameter.description, `${operation.operationId} ${parameter.name}`).toBeTruthy();
      }
    }
    const by = (id: string) => operations.find((o) => o.operationId === id).description;
    expect(by('createSession')).toMatch(/secret key only/);
    expect(by('listClients')).toMatch(/the provider only/);
    expect(by('listStores')).toMatch(/store managers \(for the stores assigned to them\)/);
    expect(by('inviteUser')).toMatch(/client's admins \(client session\)/);
    expect(by('getInvitation')).not.toMatch(/Who may call/);
  });

  it('gives every request body and the main answers examples the schemas accept', () => {
    const ajv = new Ajv2020({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'doc', components: { schemas: doc.components.schemas } });
    const schemaOf = (ref: string) => ref.replace('#/components/schemas/', '');
    const bodies = Object.values<any>(doc.paths)
      .flatMap((methods) => Object.values<any>(methods))
      .map((o) => o.requestBody?.content['application/json']?.schema?.$ref)
      .filter(Boolean)
      .map(schemaOf);
    expect(bodies.length).toBeGreaterThan(20);
    const main = ['Client', 'Session', 'Access', 'User', 'Store', 'StoreProduct', 'Order'];
    for (const name of [...bodies, ...main, 'ErrorBody']) {
      const schema = doc.components.schemas[name];
      expect(schema.examples?.length, name).toBeGreaterThan(0);
    }
    let checked = 0;
    for (const [name, schema] of Object.entries<any>(doc.components.schemas)) {
      const validate = ajv.getSchema(`doc#/components/schemas/${name}`)!;
      for (const example of schema.examples ?? []) {
        expect(validate(example), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
    // An example that breaks its schema is caught.
    const client = ajv.getSchema('doc#/components/schemas/Client')!;
    expect(client({ ...doc.components.schemas.Client.examples[0], status: 'gone' })).toBe(false);
  });

  it('answers an unknown query parameter with 400 instead of ignoring it', async () => {
    const api = caller(server, server.provider.secretKey);
    const misspelt = await api.get('/v1/clients?serach=acme&limit=5');
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error.code).toBe('validation_failed');
    expect(misspelt.body.error.fields).toEqual([
      expect.objectContaining({ path: 'serach', code: 'unrecognized_keys' }),
    ]);
    const none = await api.get('/v1/sessions/current?debug=1');
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].path).toBe('debug');
    // Attribute filters are one deepObject parameter.
    const filtered = await api.get('/v1/catalog/products?attributes[PaperFormat]=A4&limit=2');
    expect(filtered.status).toBe(200);
    expect((await api.get('/v1/catalog/products?attribute[PaperFormat]=A4')).status).toBe(400);
  });

  it('refuses an answer the description does not allow', async () => {
    const res = await server.fetch(`${server.baseUrl}/v1/sessions/current`, {
      headers: { authorization: `Bearer ${server.provider.secretKey}` },
    });
    const body = await res.json();
    expect(body.role).toBeNull();
    const check = checkAgainst(structuredClone(doc));
    expect(() => check('GET', '/v1/sessions/current', res, body)).not.toThrow();
    const strict = structuredClone(doc);
    strict.components.schemas.CurrentSession.properties.role = {
      $ref: '#/components/schemas/Role',
    };
    expect(() => checkAgainst(strict)('GET', '/v1/sessions/current', res, body)).toThrow(/role/);
    expect(() =>
      check('GET', '/v1/sessions/current', new Response('{}', { status: 418 }), {}),
    ).toThrow(/418/);
  });
});
