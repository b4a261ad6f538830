import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  ContractError,
  createVitrine,
  isApiError,
  isContractError,
  isNetworkError,
  isTimeoutError,
  isVitrineError,
  NetworkError,
  TimeoutError,
  VitrineError,
  vitrineErrorBrand,
} from '../src/index.js';
import { aClient } from './helpers/fixtures.js';
import {
  apiError,
  createHttpTestServer,
  type HttpTestServer,
  sendJson,
} from './helpers/http-server.js';

let server: HttpTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const clientId = 'cl_00000000000000000042';
const noRetry = { limit: 0 };

async function failing(respond: Parameters<typeof createHttpTestServer>[0]) {
  server = await createHttpTestServer(respond);
  return createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' }, { retry: noRetry });
}

describe('error mapping', () => {
  it('turns an API error body into an ApiError with its fields', async () => {
    const vitrine = await failing((_req, res) =>
      sendJson(
        res,
        400,
        apiError('validation_failed', {
          message: 'Some fields are invalid.',
          fields: [{ path: 'admin.email', code: 'invalid_format', message: 'Invalid email' }],
        }),
      ),
    );

    const error = await vitrine.access
      .enable(clientId, { admin: { email: 'x', firstName: 'A', lastName: 'B' } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 400,
      type: 'invalid_request_error',
      code: 'validation_failed',
      requestId: 'req_test',
      endpoint: 'enableAccess',
      recoverable: false,
      fields: [{ path: 'admin.email', code: 'invalid_format', message: 'Invalid email' }],
    });
    expect((error as ApiError).message).toContain('Some fields are invalid.');
  });

  it.each([
    ['session_expired', 401, true],
    ['idempotency_in_progress', 409, true],
    ['rate_limited', 429, true],
    ['forbidden', 403, false],
    ['not_found', 404, false],
  ] as const)('marks %s (%i) recoverable: %s', (code, status, recoverable) => {
    const error = new ApiError({
      status,
      type: 'api_error',
      code,
      message: 'x',
      requestId: 'req_1',
    });
    expect(error.recoverable).toBe(recoverable);
  });

  it('reads a non-JSON 5xx as a recoverable internal_error', async () => {
    const vitrine = await failing((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'req_gateway' });
      res.end('<h1>Bad gateway</h1>');
    });

    await expect(vitrine.clients.get(clientId)).rejects.toMatchObject({
      name: 'ApiError',
      status: 502,
      code: 'internal_error',
      type: 'api_error',
      requestId: 'req_gateway',
      recoverable: true,
    });
  });

  it('reads a non-JSON 4xx as a ContractError', async () => {
    const vitrine = await failing((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not here');
    });

    const error = await vitrine.clients.get(clientId).catch((e: unknown) => e);

    expect(isContractError(error)).toBe(true);
    expect(error).toMatchObject({ endpoint: 'getClient', status: 404, recoverable: false });
  });

  it('reads an error body with an unknown code as a ContractError', async () => {
    const vitrine = await failing((_req, res) => sendJson(res, 400, apiError('brand_new_code')));

    const error = await vitrine.clients.get(clientId).catch((e: unknown) => e);

    expect(isContractError(error)).toBe(true);
    expect(isContractError(error) && error.issues[0]?.path).toEqual(['error', 'code']);
  });

  it('throws a ContractError when a success body does not match the schema', async () => {
    const vitrine = await failing((_req, res) =>
      sendJson(res, 200, { ...aClient({ id: clientId }), status: 'deleted', createdAt: 42 }),
    );

    const error = await vitrine.clients.get(clientId).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContractError);
    const contract = error as ContractError;
    expect(contract.endpoint).toBe('getClient');
    expect(contract.status).toBe(200);
    expect(contract.issues.map((i) => i.path.join('.')).sort()).toEqual(['createdAt', 'status']);
    expect(contract.message).toMatch(/getClient/);
  });

  it('throws a ContractError when a success body is not JSON', async () => {
    const vitrine = await failing((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>captive portal</html>');
    });

    await expect(vitrine.clients.list()).rejects.toSatisfy(isContractError);
  });

  it('returns text for endpoints that do not answer JSON', async () => {
    const csv = 'variantId,productUid\nv1,flat_a4\n';
    const vitrine = await failing((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(csv);
    });

    await expect(vitrine.products.exportCsv('st_00000000000000000001')).resolves.toBe(csv);
    expect(server!.requests[0]?.headers.accept).toBe('text/csv');
  });
});

describe('guards', () => {
  it('recognise every class', () => {
    const api = new ApiError({
      status: 400,
      type: 'invalid_request_error',
      code: 'conflict',
      message: 'm',
      requestId: 'r',
    });
    const network = new NetworkError('offline');
    const timeout = new TimeoutError('slow', { timeout: 10 });
    const contract = new ContractError({ endpoint: 'getClient', status: 200, issues: [] });
    for (const error of [api, network, timeout, contract]) {
      expect(isVitrineError(error)).toBe(true);
      expect(error).toBeInstanceOf(VitrineError);
      expect(error).toBeInstanceOf(Error);
    }
    expect([api, network, timeout, contract].map(isApiError)).toEqual([true, false, false, false]);
    expect([api, network, timeout, contract].map(isNetworkError)).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect([api, network, timeout, contract].map(isTimeoutError)).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect([api, network, timeout, contract].map(isContractError)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(new VitrineError('base').recoverable).toBe(false);
  });

  it('recognise errors from another copy of the SDK', () => {
    // What a second bundle's ApiError looks like from here: same registered brand, other class.
    class ForeignApiError extends Error {
      readonly code = 'forbidden';
      constructor(message: string) {
        super(message);
        Object.defineProperty(this, Symbol.for('@vitrine/sdk/error'), { value: 'api' });
      }
    }
    const foreign = new ForeignApiError('from another bundle');

    expect(foreign).not.toBeInstanceOf(ApiError);
    expect(isApiError(foreign)).toBe(true);
    expect(isVitrineError(foreign)).toBe(true);
    expect(isNetworkError(foreign)).toBe(false);
    expect(Symbol.for('@vitrine/sdk/error')).toBe(vitrineErrorBrand);
  });

  it('reject non-errors', () => {
    for (const value of [null, undefined, 'api', 42, {}, new Error('plain'), new TypeError('x')]) {
      expect(isVitrineError(value)).toBe(false);
      expect(isApiError(value)).toBe(false);
    }
  });
});
