import type { Template } from '../template/defineTemplate.js';
import type { ColumnMatch, ColumnOverrides, FileColumn, MatchKind } from '../types.js';
import { normalizeHeader } from './normalizeHeader.js';
import { similarity } from './similarity.js';

/** Header of the extra column in error reports, per locale; ignored when such a file comes back. */
export const errorsColumnNames = ['Errors', 'Erros', 'Errores', 'Erreurs', 'Errori', 'Fehler'];
const ignoredNames = new Set(errorsColumnNames.map(normalizeHeader));

export interface MatchOptions {
  /** User choices that win over automatic matching (see `ColumnOverrides`). */
  overrides?: ColumnOverrides;
  /** Lowest similarity accepted as a fuzzy match, 0…1 (default 0.8); `1` turns fuzzy matching off. */
  fuzzyThreshold?: number;
  /** Match only these keys; the others stay unmatched without being reported missing. */
  keys?: readonly string[];
}

export interface HeaderMatch {
  columns: ColumnMatch[];
  columnMap: Record<string, number>;
  unknown: FileColumn[];
  ignored: FileColumn[];
  missing: string[];
}

interface TemplateNames {
  /** Normalised names (header, key, synonyms) per column. */
  names: string[][];
  /** Normalised name → first column that claims it. */
  lookup: Map<string, number>;
}

const namesCache = new WeakMap<object, TemplateNames>();

function namesOf(template: Template): TemplateNames {
  let cached = namesCache.get(template);
  if (!cached) {
    const lookup = new Map<string, number>();
    const names = template.columns.map((column, c) => {
      const all = [column.header, column.key, ...Object.values(column.synonyms ?? {}).flat()];
      const normalized = [...new Set(all.map(normalizeHeader))].filter(Boolean);
      for (const name of normalized) if (!lookup.has(name)) lookup.set(name, c);
      return normalized;
    });
    cached = { names, lookup };
    namesCache.set(template, cached);
  }
  return cached;
}

interface Assignment {
  index: number;
  match: MatchKind;
  confidence: number;
}

/**
 * Finds each template column among a file's headers: overrides first, then exact header text,
 * then synonyms after normalisation (any of the six locales), then fuzzy similarity. Each header
 * serves one column at most; fuzzy candidates are assigned best score first.
 */
export function matchHeaders<T>(
  headers: readonly string[],
  template: Template<T>,
  options: MatchOptions = {},
): HeaderMatch {
  const { names, lookup } = namesOf(template as Template);
  const columns = template.columns;
  const only = options.keys ? new Set(options.keys) : null;
  const threshold = options.fuzzyThreshold ?? 0.8;
  const normalized = headers.map(normalizeHeader);
  const ignored = normalized.map((name) => name === '' || ignoredNames.has(name));
  const assigned: (Assignment | null)[] = columns.map(() => null);
  const taken = headers.map(() => false);
  const locked = new Set<number>();

  const assign = (c: number, index: number, match: MatchKind, confidence: number) => {
    assigned[c] = { index, match, confidence };
    taken[index] = true;
  };
  const open = (c: number) =>
    assigned[c] === null && !locked.has(c) && (!only || only.has(columns[c]!.key));

  for (const [key, target] of Object.entries(options.overrides ?? {})) {
    const c = columns.findIndex((column) => column.key === key);
    if (c < 0) continue;
    locked.add(c);
    if (target === null) continue;
    let index = typeof target === 'number' ? target : headers.indexOf(target);
    if (typeof target === 'string' && index < 0)
      index = normalized.indexOf(normalizeHeader(target));
    if (Number.isInteger(index) && index >= 0 && index < headers.length && !taken[index]) {
      assign(c, index, 'override', 1);
    }
  }

  for (let i = 0; i < headers.length; i++) {
    if (taken[i] || ignored[i]) continue;
    const header = headers[i]!.trim();
    const c = columns.findIndex((column, c) => column.header === header && open(c));
    if (c >= 0) assign(c, i, 'exact', 1);
  }

  for (let i = 0; i < headers.length; i++) {
    if (taken[i] || ignored[i]) continue;
    const c = lookup.get(normalized[i]!);
    if (c !== undefined && open(c)) assign(c, i, 'synonym', 0.95);
  }

  if (threshold < 1) {
    const candidates: { index: number; c: number; score: number }[] = [];
    for (let i = 0; i < headers.length; i++) {
      if (taken[i] || ignored[i]) continue;
      for (let c = 0; c < columns.length; c++) {
        if (!open(c)) continue;
        let score = 0;
        for (const name of names[c]!) score = Math.max(score, similarity(normalized[i]!, name));
        if (score >= threshold) candidates.push({ index: i, c, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.index - b.index || a.c - b.c);
    for (const { index, c, score } of candidates) {
      if (!taken[index] && open(c)) assign(c, index, 'fuzzy', Math.round(score * 90) / 100);
    }
  }

  const columnMap: Record<string, number> = {};
  const matches: ColumnMatch[] = columns.map((column, c) => {
    const a = assigned[c];
    if (a) columnMap[column.key] = a.index;
    return {
      key: column.key,
      index: a ? a.index : -1,
      header: a ? headers[a.index]! : null,
      match: a ? a.match : 'none',
      confidence: a ? a.confidence : 0,
      required: column.required === true,
    };
  });
  const unknown: FileColumn[] = [];
  const skipped: FileColumn[] = [];
  headers.forEach((header, index) => {
    if (taken[index]) return;
    (ignored[index] ? skipped : unknown).push({ index, header });
  });
  const missing = matches
    .filter((m) => m.required && m.index < 0 && (!only || only.has(m.key)))
    .map((m) => m.key);
  return { columns: matches, columnMap, unknown, ignored: skipped, missing };
}
