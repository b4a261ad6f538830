import type { FileCheck, FileCheckReason } from '@vitrine/sdk';
import { iso } from '../context.js';

/** What fetching a print file found (a `file_checks` row). */
export interface FileCheckRow {
  url: string;
  status: 'pending' | 'checked';
  outcome: 'ok' | Exclude<FileCheckReason, `resolution_${string}`> | null;
  content_type: string | null;
  bytes: number | string | null;
  width: number | null;
  height: number | null;
  checked_at: Date | null;
}

export interface PrintSize {
  width: number;
  height: number;
  unit: 'mm';
}

/** Below this a raster image prints blurred; below the second it is under the print standard. */
export const MIN_DPI = 150;
export const RECOMMENDED_DPI = 300;

/**
 * Effective resolution of a `width`×`height` pixel image printed at `size`, whichever way round
 * it is placed: the long side of the image goes on the long side of the product.
 */
export function effectiveDpi(width: number, height: number, size: PrintSize): number {
  const inches = (mm: number) => mm / 25.4;
  const long = Math.max(width, height) / inches(Math.max(size.width, size.height));
  const short = Math.min(width, height) / inches(Math.min(size.width, size.height));
  return Math.floor(Math.min(long, short));
}

const pendingCheck: FileCheck = {
  status: 'pending',
  reason: null,
  contentType: null,
  bytes: null,
  pixels: null,
  dpi: null,
  checkedAt: null,
};

/**
 * A print file's check as people read it, for one catalog product: the fetch's findings, and for
 * raster images the resolution at that product's print size.
 */
export function toFileCheck(row: FileCheckRow | undefined, size: PrintSize | null): FileCheck {
  if (!row || row.status === 'pending') return pendingCheck;
  const pixels =
    row.width != null && row.height != null
      ? { width: Number(row.width), height: Number(row.height) }
      : null;
  const base = {
    contentType: row.content_type,
    bytes: row.bytes == null ? null : Number(row.bytes),
    pixels,
    checkedAt: iso(row.checked_at),
  };
  if (row.outcome !== 'ok') {
    return { ...base, status: 'failed', reason: row.outcome ?? 'unreachable', dpi: null };
  }
  if (!pixels || !size) return { ...base, status: 'passed', reason: null, dpi: null };
  const dpi = effectiveDpi(pixels.width, pixels.height, size);
  if (dpi < MIN_DPI) return { ...base, status: 'failed', reason: 'resolution_too_low', dpi };
  if (dpi < RECOMMENDED_DPI) {
    return { ...base, status: 'warning', reason: 'resolution_below_recommended', dpi };
  }
  return { ...base, status: 'passed', reason: null, dpi };
}

/** The SQL twin of `toFileCheck`'s failure rule, for counting in the database. */
export const FILE_FAILED_SQL = (check: string, dims: string) => `(
  ${check}.status = 'checked' and (${check}.outcome <> 'ok' or (
    ${check}.width is not null and ${dims} is not null and least(
      greatest(${check}.width, ${check}.height)
        / (greatest((${dims}->>'width')::numeric, (${dims}->>'height')::numeric) / 25.4),
      least(${check}.width, ${check}.height)
        / (least((${dims}->>'width')::numeric, (${dims}->>'height')::numeric) / 25.4)
    ) < ${MIN_DPI})))`;
