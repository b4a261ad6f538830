import type { DesignFile } from '@vitrine/sdk';
import { actorOf, type Principal } from '../../auth/principal.js';
import { DomainError, notFound } from '../../errors.js';
import { base64url, newId, sha256Hex, timingSafeEqual } from '../../ids.js';
import { isoRequired, type ServiceContext } from '../context.js';
import { type PrintFileType, sniffType } from './fileTypes.js';
import { readableStore } from './storeAccess.js';

/**
 * Design files uploaded instead of linked: checked to be what they claim (PDF, PNG, JPEG or SVG,
 * by their bytes), kept in the file store, and served at an address with an unguessable token,
 * so print production can fetch them without credentials.
 */

/** The served address's path prefix; print-file checks read these from the store directly. */
export const FILES_PATH = '/v1/files/';

/** Control characters, path separators and characters file systems refuse. */
const unsafe = new RegExp(
  `[\\\\/:*?"<>|${String.fromCharCode(0)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]+`,
  'g',
);

const safeName = (name: string) =>
  name.normalize('NFC').replace(unsafe, '-').replace(/^\.+/, '').slice(0, 120) || 'design';

const extensions: Record<PrintFileType, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/svg+xml': '.svg',
};

/** The file's name as served: the one given, with the extension its type calls for. */
function servedName(filename: string, type: PrintFileType): string {
  const base = safeName(filename).replace(/\.(pdf|png|jpe?g|svg)$/i, '');
  return `${base}${extensions[type]}`;
}

export async function uploadDesignFile(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  upload: { filename: string; declaredType: string | undefined; bytes: Uint8Array },
): Promise<DesignFile> {
  const store = await readableStore(ctx, principal, storeId);
  if (upload.bytes.byteLength === 0) {
    throw new DomainError('validation_failed', 'The file is empty.', {
      fields: [{ path: 'body', code: 'file_empty', message: 'The file is empty' }],
    });
  }
  const type = sniffType(upload.bytes);
  const declared = upload.declaredType?.split(';')[0]?.trim().toLowerCase();
  if (!type || (declared && declared !== 'application/octet-stream' && declared !== type)) {
    throw new DomainError(
      'file_type_unsupported',
      type
        ? `The file is ${type}, not ${declared}.`
        : 'Design files are PDF, PNG, JPEG or SVG; this file is none of them.',
    );
  }
  const id = newId('file');
  const token = base64url(crypto.getRandomValues(new Uint8Array(24)));
  const filename = servedName(upload.filename, type);
  const now = ctx.clock.now();
  await ctx.fileStore.put(id, upload.bytes, type);
  await ctx.db.query(
    `insert into design_files (id, provider_id, client_id, store_id, token_hash, filename,
       content_type, bytes, storage_key, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $1, $9, $10)`,
    [
      id,
      principal.providerId,
      store.client_id,
      store.id,
      await sha256Hex(token),
      filename,
      type,
      upload.bytes.byteLength,
      actorOf(principal),
      now,
    ],
  );
  return {
    id,
    url: `${ctx.publicUrl}${FILES_PATH}${id}/${token}/${encodeURIComponent(filename)}`,
    filename,
    contentType: type,
    bytes: upload.bytes.byteLength,
    createdAt: isoRequired(now),
  };
}

export interface StoredFile {
  bytes: Uint8Array;
  contentType: PrintFileType;
  filename: string;
}

/** A design file by its address's id and token; null when either is wrong. */
export async function openDesignFile(
  ctx: Pick<ServiceContext, 'db' | 'fileStore'>,
  fileId: string,
  token: string,
): Promise<StoredFile | null> {
  const [row] = await ctx.db.query<{
    token_hash: string;
    storage_key: string;
    content_type: PrintFileType;
    filename: string;
  }>('select token_hash, storage_key, content_type, filename from design_files where id = $1', [
    fileId,
  ]);
  if (!row || !timingSafeEqual(row.token_hash, await sha256Hex(token))) return null;
  const bytes = await ctx.fileStore.get(row.storage_key);
  return bytes ? { bytes, contentType: row.content_type, filename: row.filename } : null;
}

/** A file of ours named by its full address (`{publicUrl}/v1/files/{id}/{token}/…`). */
export function ownFileAddress(
  ctx: Pick<ServiceContext, 'publicUrl'>,
  url: string,
): { fileId: string; token: string } | null {
  const prefix = `${ctx.publicUrl}${FILES_PATH}`;
  if (!url.startsWith(prefix)) return null;
  const [fileId, token] = url.slice(prefix.length).split('/');
  return fileId && token ? { fileId, token } : null;
}

/** Serves a design file: inline, never sniffed, never scripted (SVGs can carry scripts). */
export async function serveDesignFile(
  ctx: ServiceContext,
  fileId: string,
  token: string,
): Promise<Response> {
  const file = await openDesignFile(ctx, fileId, token);
  if (!file) throw notFound('file');
  return new Response(file.bytes as BodyInit, {
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      // The bytes behind an address never change.
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
