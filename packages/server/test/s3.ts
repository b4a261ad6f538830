import { createHash, createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * An S3-compatible object store for tests: path-style buckets kept in memory, behind a real HTTP
 * listener. Every request must carry a valid AWS Signature Version 4, checked by recomputing it
 * with `@smithy/signature-v4` (the AWS SDK's own signer) from what arrived on the wire; a signed
 * payload hash (or CRC32 / MD5 checksum) must match the bytes received. Errors come back as S3's
 * XML error documents, so real S3 clients read them as they would AWS's.
 *
 * Covers the object calls design files need (PUT, GET, HEAD, DELETE) and ListObjectsV2.
 * Presigned (query-string) requests are refused as not implemented.
 */
export interface S3StandIn {
  /** `http://127.0.0.1:{port}`: give it as the endpoint, path-style. */
  readonly endpoint: string;
  readonly region: string;
  /** Objects by bucket, then key (as decoded from the path). */
  readonly buckets: Map<string, Map<string, StoredObject>>;
  /** Every request received, in order, with what the stand-in answered. */
  readonly requests: { method: string; path: string; accessKeyId?: string; status: number }[];
  close(): Promise<void>;
}

export interface StoredObject {
  body: Uint8Array;
  contentType: string;
  etag: string;
  lastModified: Date;
}

export interface S3StandInOptions {
  /** Access key id → secret access key. */
  credentials: Record<string, string>;
  buckets: string[];
  region?: string;
}

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** SHA-256 and HMAC-SHA256 as the signer wants them (the SDK uses the same on Node). */
class NodeSha256 {
  readonly #hash;
  constructor(secret?: string | Uint8Array | ArrayBuffer | ArrayBufferView) {
    this.#hash =
      secret === undefined
        ? createHash('sha256')
        : createHmac('sha256', toBytes(secret) as Uint8Array);
  }
  update(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): void {
    this.#hash.update(toBytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }
  reset(): void {}
}
const toBytes = (data: string | Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array | string =>
  typeof data === 'string'
    ? data
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** S3's canonical URI: each segment of the decoded path, percent-encoded once per RFC 3986. */
const canonicalPath = (rawPath: string) =>
  rawPath
    .split('/')
    .map((segment) =>
      encodeURIComponent(decodeURIComponent(segment)).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');

const SKEW_MS = 15 * 60 * 1000;

export async function startS3StandIn(options: S3StandInOptions): Promise<S3StandIn> {
  const region = options.region ?? 'us-east-1';
  const buckets = new Map(options.buckets.map((b) => [b, new Map<string, StoredObject>()]));
  const requests: S3StandIn['requests'] = [];

  async function authenticate(req: IncomingMessage, url: URL, body: Uint8Array): Promise<string> {
    if (url.searchParams.has('X-Amz-Signature')) {
      throw new S3Error(501, 'NotImplemented', 'Presigned requests are not supported here.');
    }
    const authorization = req.headers.authorization;
    const parsed = authorization?.match(
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/,
    );
    if (!parsed) throw new S3Error(403, 'AccessDenied', 'Access Denied');
    const [, accessKeyId, day, scopeRegion, service, signedList, signature] = parsed as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const secret = options.credentials[accessKeyId];
    if (secret === undefined) {
      throw new S3Error(
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
      );
    }
    if (scopeRegion !== region || service !== 's3') {
      throw new S3Error(
        400,
        'AuthorizationHeaderMalformed',
        `The authorization header is malformed; the region '${scopeRegion}' is wrong; expecting '${region}'`,
      );
    }
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const stamp = amzDate.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
    if (!stamp || amzDate.slice(0, 8) !== day) {
      throw new S3Error(
        403,
        'AccessDenied',
        'AWS authentication requires a valid Date or x-amz-date header',
      );
    }
    const [, y, mo, d, h, mi, s] = stamp.map(Number) as number[];
    const signingDate = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
    if (Math.abs(Date.now() - signingDate.getTime()) > SKEW_MS) {
      throw new S3Error(
        403,
        'RequestTimeTooSkewed',
        'The difference between the request time and the current time is too large.',
      );
    }
    const signed = signedList.split(';');
    if (!signed.includes('host') || !signed.includes('x-amz-content-sha256')) {
      throw new S3Error(403, 'AccessDenied', 'host and x-amz-content-sha256 must be signed');
    }
    const headers: Record<string, string> = {};
    for (const name of signed) {
      const value = req.headers[name];
      if (value === undefined) {
        throw new S3Error(403, 'AccessDenied', `Signed header ${name} is missing.`);
      }
      headers[name] = Array.isArray(value) ? value.join(',') : value;
    }
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of url.searchParams) {
      const seen = query[name];
      query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
    }
    const signer = new SignatureV4({
      credentials: { accessKeyId, secretAccessKey: secret },
      region,
      service: 's3',
      sha256: NodeSha256,
      uriEscapePath: false,
      applyChecksum: false,
    });
    const expected = await signer.sign(
      {
        method: req.method ?? 'GET',
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: canonicalPath(url.pathname),
        query,
        headers,
      },
      { signingDate, signableHeaders: new Set(signed) },
    );
    const expectedSignature = String(expected.headers.authorization).match(/Signature=(\w+)/)?.[1];
    if (expectedSignature !== signature) {
      throw new S3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    verifyPayload(req, headers['x-amz-content-sha256']!, body);
    return accessKeyId;
  }

  function verifyPayload(req: IncomingMessage, contentSha256: string, body: Uint8Array) {
    if (/^[0-9a-f]{64}$/.test(contentSha256)) {
      if (createHash('sha256').update(body).digest('hex') !== contentSha256) {
        throw new S3Error(
          400,
          'XAmzContentSHA256Mismatch',
          "The provided 'x-amz-content-sha256' header does not match what was computed.",
        );
      }
    } else if (contentSha256 !== 'UNSIGNED-PAYLOAD') {
      throw new S3Error(501, 'NotImplemented', `${contentSha256} payloads are not supported here.`);
    }
    const md5 = req.headers['content-md5'];
    if (md5 !== undefined && createHash('md5').update(body).digest('base64') !== md5) {
      throw new S3Error(
        400,
        'BadDigest',
        'The Content-MD5 you specified did not match what we received.',
      );
    }
    const crc = req.headers['x-amz-checksum-crc32'];
    if (crc !== undefined) {
      const computed = Buffer.alloc(4);
      computed.writeUInt32BE(crc32(body) >>> 0);
      if (computed.toString('base64') !== crc) {
        throw new S3Error(
          400,
          'BadDigest',
          'The CRC32 you specified did not match the calculated checksum.',
        );
      }
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Uint8Array) {
    const [, bucketName = '', ...rest] = url.pathname.split('/');
    const bucket = buckets.get(decodeURIComponent(bucketName));
    if (!bucket) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
    const key = decodeURIComponent(rest.join('/'));
    const method = req.method ?? 'GET';

    if (!key && method === 'GET' && url.searchParams.get('list-type') === '2') {
      const prefix = url.searchParams.get('prefix') ?? '';
      const keys = [...bucket.keys()].filter((k) => k.startsWith(prefix)).sort();
      const contents = keys
        .map((k) => {
          const o = bucket.get(k)!;
          return `<Contents><Key>${xml(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${xml(o.etag)}</ETag><Size>${o.body.byteLength}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
        })
        .join('');
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xml(bucketName)}</Name><Prefix>${xml(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
      );
      return;
    }
    if (!key) throw new S3Error(501, 'NotImplemented', 'Only object requests are supported here.');

    if (method === 'PUT') {
      if (req.headers['x-amz-copy-source']) {
        throw new S3Error(501, 'NotImplemented', 'Copying is not supported here.');
      }
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      bucket.set(key, {
        body: body.slice(),
        contentType: String(req.headers['content-type'] ?? 'binary/octet-stream'),
        etag,
        lastModified: new Date(),
      });
      res.writeHead(200, { etag });
      res.end();
      return;
    }
    if (method === 'GET' || method === 'HEAD') {
      const object = bucket.get(key);
      if (!object) throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.');
      res.writeHead(200, {
        'content-type': object.contentType,
        'content-length': String(object.body.byteLength),
        etag: object.etag,
        'last-modified': object.lastModified.toUTCString(),
      });
      res.end(method === 'GET' ? object.body : undefined);
      return;
    }
    if (method === 'DELETE') {
      bucket.delete(key);
      res.writeHead(204);
      res.end();
      return;
    }
    throw new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed.');
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const entry: S3StandIn['requests'][number] = {
      method: req.method ?? 'GET',
      path: url.pathname,
      status: 0,
    };
    requests.push(entry);
    const requestId = randomUUID();
    res.setHeader('x-amz-request-id', requestId);
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = new Uint8Array(Buffer.concat(chunks));
      entry.accessKeyId = await authenticate(req, url, body);
      handle(req, res, url, body);
    } catch (error) {
      const e = error instanceof S3Error ? error : new S3Error(500, 'InternalError', String(error));
      res.writeHead(e.status, { 'content-type': 'application/xml' });
      // HEAD answers carry no body; clients go by the status alone.
      res.end(
        req.method === 'HEAD'
          ? undefined
          : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${e.code}</Code><Message>${xml(e.message)}</Message><RequestId>${requestId}</RequestId></Error>`,
      );
    } finally {
      entry.status = res.statusCode;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    region,
    buckets,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
