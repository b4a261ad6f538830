import { type Delimiter, delimiters } from '../types.js';

/**
 * Picks the delimiter from the header line alone: the candidate (`,` `;` tab `|`) that occurs most
 * often outside quoted cells; ties go to the earlier candidate, a line without any to `,`.
 *
 * Only the header is looked at because data rows mislead: decimal commas (`12,50`) and commas in
 * free text make Papa Parse's whole-sample guess pick `,` for European `;` files.
 */
export function detectDelimiter(line: string): Delimiter {
  const counts = [0, 0, 0, 0];
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (line[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      continue;
    }
    const index = delimiters.indexOf(c as Delimiter);
    if (index >= 0) counts[index]!++;
    fieldStart = index >= 0;
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  return delimiters[best]!;
}
