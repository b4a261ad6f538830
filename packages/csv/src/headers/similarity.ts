const digits = /\d+/g;

/** Levenshtein distance with two rolling rows; inputs are short header names. */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

const numbersOf = (s: string) => (s.match(digits) ?? []).join(' ');

/**
 * How alike two normalised header names are, 0…1.
 *
 * Edit-distance similarity catches typos and small wording changes (`Produt UID`); a name whose
 * words all appear in the header (`product uid` in `product uid gelato`) scores high too, since
 * owners often decorate headers. Names with different numbers never match: `option 1 name` must not
 * stand in for `option 2 name`, whatever the distance says.
 */
export function similarity(header: string, name: string): number {
  if (header === name) return 1;
  if (numbersOf(header) !== numbersOf(name)) return 0;
  const a = header.slice(0, 80);
  const b = name.slice(0, 80);
  const edit = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  const nameWords = name.split(' ');
  if (nameWords.length >= 2) {
    const headerWords = new Set(header.split(' '));
    if (nameWords.every((w) => headerWords.has(w))) {
      return Math.max(edit, 0.8 + 0.15 * (name.length / header.length));
    }
  }
  return edit;
}
