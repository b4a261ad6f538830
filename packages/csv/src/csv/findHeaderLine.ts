import type { Newline } from '../types.js';

export interface HeaderLine {
  /** Blank lines before the header. */
  skipped: number;
  /** Offset of the header line's first character. */
  start: number;
  /** Offset just past its last character (before the line break). */
  end: number;
  /** Offset of the first data character. */
  next: number;
  /** The header's line break; `null` when the input is the header alone. */
  newline: Newline | null;
}

const isFieldSeparator = (c: string) => c === ',' || c === ';' || c === '\t' || c === '|';
const blankLine = /^[\s,;|]*$/;

/**
 * Finds the first non-blank line, honouring quoted cells (which may hold line breaks). Returns
 * `null` when more text is needed (`final` false) or there is no header at all (`final` true).
 *
 * Hand-rolled because the delimiter is not known yet: a quote opens a quoted cell only at the start
 * of a field, with any candidate delimiter counting as a field boundary — the same rule Papa Parse
 * applies once the delimiter is known.
 */
export function findHeaderLine(text: string, final: boolean): HeaderLine | null {
  let skipped = 0;
  let lineStart = 0;
  let inQuotes = false;
  let fieldStart = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c !== '"') continue;
      if (i + 1 >= n && !final) return null; // `""` may straddle the chunk edge
      if (text[i + 1] === '"') i++;
      else inQuotes = false;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && i + 1 >= n && !final) return null; // `\r\n` may straddle the chunk edge
      const newline: Newline = c === '\n' ? '\n' : text[i + 1] === '\n' ? '\r\n' : '\r';
      const next = i + newline.length;
      if (blankLine.test(text.slice(lineStart, i))) {
        skipped++;
        lineStart = next;
        i = next - 1;
        fieldStart = true;
        continue;
      }
      return { skipped, start: lineStart, end: i, next, newline };
    }
    fieldStart = isFieldSeparator(c);
  }
  if (!final || blankLine.test(text.slice(lineStart))) return null;
  return { skipped, start: lineStart, end: n, next: n, newline: null };
}
