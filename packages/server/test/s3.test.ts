import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3FileStore } from '../src/storage/s3FileStore.js';
import type { TestServer } from '../testing/testServer.js';
import { png } from './files.js';
import { type S3StandIn, startS3StandIn } from './s3.js';
import { caller, startServer } from './support.js';

const accessKeyId = 'AKIAVITRINETEST';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const bucket = 'designs';

let s3: S3StandIn;
beforeAll(async () => {
  s3 = await startS3StandIn({ credentials: { [accessKeyId]: secretAccessKey }, buckets: [bucket] });
});
afterAll(() => s3.close());

const fileStore = (overrides: Partial<ConstructorParameters<typeof S3FileStore>[0]> = {}) =>
  new S3FileStore({
    endpoint: s3.endpoint,
    bucket,
    region: s3.region,
    accessKeyId,
    secretAccessKey,
    ...overrides,
  });

const sdk = (credentials = { accessKeyId, secretAccessKey }) =>
  new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials,
    maxAttempts: 1,
  });

const objects = () => s3.buckets.get(bucket)!;

describe('the S3 stand-in, checked with the AWS SDK', () => {
  it('stores, reads, describes, lists and deletes objects like S3', async () => {
    const client = sdk();
    const key = 'checks/Sunset poster (1)+ä~.png';
    const body = png(40, 30);
    const put = await client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'image/png' }),
    );
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(objects().get(key)?.body).toEqual(body);

    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(got.ContentType).toBe('image/png');
    expect(await got.Body!.transformToByteArray()).toEqual(body);

    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    expect(head).toMatchObject({ ContentLength: body.byteLength, ETag: put.ETag });

    const listed = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: 'checks/Sunset' }),
    );
    expect(listed.Contents?.map((o) => o.Key)).toEqual([key]);

    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    await expect(
      client.send(new GetObjectCommand({ Bucket: bucket, Key: key })),
    ).rejects.toMatchObject({ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
    await expect(
      client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    await expect(
      client.send(new GetObjectCommand({ Bucket: 'elsewhere', Key: key })),
    ).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('refuses a wrong secret and an unknown access key, storing nothing', async () => {
    const before = objects().size;
    await expect(
      sdk({ accessKeyId, secretAccessKey: 'not-the-secret' }).send(
        new PutObjectCommand({ Bucket: bucket, Key: 'intruder', Body: 'x' }),
      ),
    ).rejects.toMatchObject({ name: 'SignatureDoesNotMatch', $metadata: { httpStatusCode: 403 } });
    await expect(
      sdk({ accessKeyId: 'AKIANOBODY', secretAccessKey }).send(
        new GetObjectCommand({ Bucket: bucket, Key: 'intruder' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    expect(objects().size).toBe(before);
    const refused = await fetch(`${s3.endpoint}/${bucket}/intruder`, { method: 'PUT', body: 'x' });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('<Code>AccessDenied</Code>');
    expect(objects().has('intruder')).toBe(false);
  });
});

describe('S3FileStore', () => {
  it('keeps, reads and deletes design files under its prefix', async () => {
    const store = fileStore();
    const bytes = png(20, 10);
    await store.put('file_s3a', bytes, 'image/png');
    expect(objects().get('vitrine/files/file_s3a')).toMatchObject({
      body: bytes,
      contentType: 'image/png',
    });
    expect(await store.get('file_s3a')).toEqual(bytes);
    await store.delete('file_s3a');
    expect(objects().has('vitrine/files/file_s3a')).toBe(false);
    expect(await store.get('file_s3a')).toBeNull();
    // Deleting what is gone already is not an error.
    await store.delete('file_s3a');

    await fileStore({ prefix: 'tenant-7/' }).put('file_s3b', bytes, 'image/png');
    expect(objects().has('tenant-7/file_s3b')).toBe(true);
  });

  it('reads what the AWS SDK wrote and writes what it reads', async () => {
    const client = sdk();
    const store = fileStore();
    const bytes = png(8, 8);
    await client.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'vitrine/files/file_sdk', Body: bytes }),
    );
    expect(await store.get('file_sdk')).toEqual(bytes);

    await store.put('file_ours', bytes, 'image/png');
    const got = await client.send(
      new GetObjectCommand({ Bucket: bucket, Key: 'vitrine/files/file_ours' }),
    );
    expect(got.ContentType).toBe('image/png');
    expect(await got.Body!.transformToByteArray()).toEqual(bytes);
  });

  it('is refused with wrong credentials, as a retryable 503 that names no secret', async () => {
    const wrong = fileStore({ secretAccessKey: 'not-the-secret' });
    const failure = wrong.put('file_nope', png(4, 4), 'image/png');
    await expect(failure).rejects.toMatchObject({ code: 'service_unavailable' });
    await expect(failure).rejects.not.toThrow(/secret/);
    expect(objects().has('vitrine/files/file_nope')).toBe(false);
    await expect(fileStore({ accessKeyId: 'AKIANOBODY' }).get('file_sdk')).rejects.toMatchObject({
      code: 'service_unavailable',
    });
  });

  it('signs the bytes it uploads: a file altered on the way is refused', async () => {
    const tampering = fileStore({
      fetch: async (request) => {
        const body = new Uint8Array(await request.arrayBuffer());
        body[body.length - 1]! ^= 0xff;
        return fetch(new Request(request, { body }));
      },
    });
    await expect(tampering.put('file_altered', png(4, 4), 'image/png')).rejects.toMatchObject({
      code: 'service_unavailable',
    });
    expect(objects().has('vitrine/files/file_altered')).toBe(false);
    const refusal = s3.requests.at(-1)!;
    expect(refusal).toMatchObject({ method: 'PUT', status: 400 });
  });

  it('holds design files uploaded through the API; a refusing store is a 503, not a 500', async () => {
    const upload = async (server: TestServer) => {
      const api = caller(server, server.provider.secretKey);
      const client = (await api.post('/v1/clients', { name: 'Bucket Prints' })).body;
      const store = (
        await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'Desk' })
      ).body;
      return server.fetch(`${server.baseUrl}/v1/stores/${store.id}/files?filename=poster.png`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.provider.secretKey}`,
          'content-type': 'image/png',
        },
        body: png(30, 20) as BodyInit,
      });
    };

    const server = await startServer({ fileStore: fileStore({ prefix: 'api/' }) });
    try {
      const res = await upload(server);
      expect(res.status).toBe(201);
      const file = await res.json();
      expect(objects().get(`api/${file.id}`)?.body).toEqual(png(30, 20));
      const served = await server.fetch(file.url);
      expect(served.status).toBe(200);
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(png(30, 20));
    } finally {
      await server.close();
    }

    const refused = await startServer({
      fileStore: fileStore({ prefix: 'api/', secretAccessKey: 'not-the-secret' }),
    });
    try {
      const res = await upload(refused);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text).error.code).toBe('service_unavailable');
      expect(text).not.toContain('not-the-secret');
      expect(text).not.toContain(accessKeyId);
    } finally {
      await refused.close();
    }
  });
});
