// Characters that make spreadsheet apps evaluate a cell (OWASP "CSV injection").
const triggers = /^'*[=+\-@\t\r]/;
const escaped = /^'+[=+\-@\t\r]/;
// Digits, separators and an exponent cannot form a formula, so `-12,50` stays a number. Only
// consulted for cells that start with a trigger, so the sign is always there.
const signedNumber = /^[-+](?=[.,]?\d)[\d.,]*(?:e[-+]?\d+)?$/i;

/**
 * Neutralises a cell that a spreadsheet would run as a formula (starting with `= + - @`, tab or CR)
 * by prefixing `'`. Plain numbers (`-12.5`, `+351`) are left alone: they cannot carry a formula,
 * and quoting them would turn numbers into text in Excel.
 *
 * Values already made of quotes before a trigger (`'=x`) get one more, so the mapping is reversible:
 * `unescapeFormula(escapeFormula(s)) === s` for every string.
 */
export const escapeFormula = (value: string): string =>
  triggers.test(value) && !signedNumber.test(value) ? `'${value}` : value;

/**
 * Undoes `escapeFormula`. Importers apply it to every cell, which also turns the common
 * `'+351 912 345 678` (quoted so Excel keeps a phone number as text) back into the number.
 */
export const unescapeFormula = (value: string): string =>
  escaped.test(value) ? value.slice(1) : value;
