import { normalizeHeader } from '../headers/normalizeHeader.js';

/** Finds a platform column by any of its (normalised) names; `-1` when absent. */
export function exportColumns(headers: readonly string[]): (...names: string[]) => number {
  const normalized = headers.map(normalizeHeader);
  return (...names) => {
    for (const name of names) {
      const index = normalized.indexOf(name);
      if (index >= 0) return index;
    }
    return -1;
  };
}

/** A trimmed cell, `''` when the column is absent. */
export const cellAt = (cells: readonly string[], index: number): string =>
  index < 0 ? '' : (cells[index] ?? '').trim();

/** Splits a comma list cell (`S,M,L`), dropping blanks. */
export const commaList = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
