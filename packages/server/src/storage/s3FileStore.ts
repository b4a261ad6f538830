import { AwsClient } from 'aws4fetch';
import { toHex } from '../crypto/hmac.js';
import { DomainError } from '../errors.js';
import type { FileStore } from './fileStore.js';

export interface S3Options {
  /** The service's address: `https://s3.eu-west-1.amazonaws.com`, or any S3-compatible one. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Keys live under this prefix (`vitrine/files/`). */
  prefix?: string;
  /** Outbound fetch; the global one by default. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * Design files in S3-compatible object storage, addressed path-style
 * (`{endpoint}/{bucket}/{key}`), which AWS, MinIO, Ceph, R2 and the like all accept. Requests
 * are signed with AWS Signature Version 4 by aws4fetch, uploads with their payload's SHA-256 so
 * the store refuses bytes altered on the way. A refusal is `service_unavailable` (503) to the
 * caller: the upload can be tried again, and nothing about the store leaks into the answer.
 */
export class S3FileStore implements FileStore {
  readonly #client: AwsClient;
  readonly #base: string;
  readonly #prefix: string;
  readonly #fetch: (request: Request) => Promise<Response>;

  constructor(options: S3Options) {
    this.#client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      region: options.region,
      service: 's3',
      retries: 3,
    });
    this.#base = `${options.endpoint.replace(/\/$/, '')}/${encodeURIComponent(options.bucket)}`;
    this.#prefix = options.prefix ?? 'vitrine/files/';
    this.#fetch = options.fetch ?? ((request) => fetch(request));
  }

  #url(key: string): string {
    return `${this.#base}/${this.#prefix}${encodeURIComponent(key)}`;
  }

  async #send(method: string, key: string, init: RequestInit = {}): Promise<Response> {
    const signed = await this.#client.sign(this.#url(key), { method, ...init });
    return this.#fetch(signed);
  }

  async put(key: string, data: Uint8Array, contentType: string): Promise<void> {
    const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
    const response = await this.#send('PUT', key, {
      body: data as BodyInit,
      headers: {
        'content-type': contentType,
        'content-length': String(data.byteLength),
        'x-amz-content-sha256': toHex(new Uint8Array(digest)),
      },
    });
    await response.body?.cancel();
    if (!response.ok) throw unavailable('store', response.status);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.#send('GET', key);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw unavailable('read', response.status);
    }
    return new Uint8Array(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.#send('DELETE', key);
    await response.body?.cancel();
    if (!response.ok && response.status !== 404) {
      throw unavailable('delete', response.status);
    }
  }
}

const unavailable = (action: string, status: number) =>
  new DomainError(
    'service_unavailable',
    `File storage could not ${action} the file (${status}); try again shortly.`,
  );
