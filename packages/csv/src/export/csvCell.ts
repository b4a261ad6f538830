import { escapeFormula } from '../template/formulaEscape.js';

// Quoting on any candidate delimiter keeps a file readable when re-saved with another delimiter.
const needsQuotes = /[",;\t|\r\n]/;
const quotes = /"/g;

/** One cell as CSV text: formula-protected (optionally) and quoted when needed (RFC 4180). */
export function csvCell(value: string, escapeFormulas: boolean): string {
  const text = escapeFormulas ? escapeFormula(value) : value;
  return needsQuotes.test(text) ? `"${text.replace(quotes, '""')}"` : text;
}
