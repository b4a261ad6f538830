import * as z from 'zod';
import type { CellError, ErrorCode } from '../errorCodes.js';
import { type Locale, locales } from '../types.js';

/** Per-file settings a column parser may need. */
export interface CellContext {
  /** Numbers in this file use a decimal comma (`12,50`). */
  decimalComma: boolean;
}

/**
 * Turns one non-blank cell into a typed value, or a `CellError` (from `cellError(code)`).
 * Parsers run once per cell, so they should be plain functions that do not allocate on success.
 */
export interface ColumnParser<V = unknown> {
  (value: string, context: CellContext): V | CellError;
  /** How `toCsv` writes a value; `String(value)` when absent. */
  format?(value: V, context: CellContext): string;
  /** `number` values are written without formula protection: a leading `-` is a sign, not a formula. */
  readonly kind?: 'text' | 'number' | 'boolean';
}

export interface ColumnDefinition<K extends string = string> {
  /** Stable key: property name in row values and in error records. */
  key: K;
  /** Canonical (English) header, written by `toCsv` and matched exactly. */
  header: string;
  /** Other names per locale; matched after normalisation (case, accents, punctuation). */
  synonyms?: Partial<Record<Locale, readonly string[]>>;
  /** The column must be in the file and, unless `allowBlank`, non-blank in every row. */
  required?: boolean;
  /** With `required`: the column must exist but cells may be blank (the template checks rows). */
  allowBlank?: boolean;
  /** Trim spaces around the cell before parsing (default `true`). */
  trim?: boolean;
  parser: ColumnParser;
  description?: string;
}

/** Collects row-level problems found by `Template.validateRow`. */
export interface RowIssues<K extends string = string> {
  /** Reports `code` against column `key`, or against the whole row with `''`. */
  add(key: K | '', code: ErrorCode | (string & {})): void;
  /** Whether the row has a non-blank cell for `key` (valid or not). */
  filled(key: K): boolean;
}

/** Raw cell text by column key, as produced by a platform recogniser. */
export type RawRecord = Record<string, string | undefined>;

/** A recogniser reading one file (it may keep state across rows, e.g. the current product). */
export interface ExportReader {
  /** Template key → file column index the platform column came from (shown to users). */
  columns: Record<string, number>;
  /** Turns one record of the export into zero or more template records. */
  push(cells: string[], emit: (record: RawRecord) => void): void;
}

/** Reads a known platform export (Shopify, …) into template records instead of header matching. */
export interface Recogniser {
  id: string;
  /** Decides from the normalised headers (see `normalizeHeader`). */
  detect(headers: readonly string[]): boolean;
  start(headers: readonly string[]): ExportReader;
}

export interface Template<T = unknown> {
  readonly id: string;
  readonly columns: readonly ColumnDefinition[];
  /** Describes the values of a valid row. */
  readonly schema: z.ZodType<T>;
  /** Cross-column checks, run after every cell parsed. */
  validateRow?(values: Partial<T>, issues: RowIssues): void;
  readonly recognisers?: readonly Recogniser[];
  /** Keys still matched by header in a recognised platform export (columns an owner added). */
  readonly platformColumns?: readonly string[];
  /**
   * Groups of keys of which the file needs at least one column (e.g. `sku` or `variantId`); when a
   * group has none, its first key is reported as a `missing_column`.
   */
  readonly requireOneOf?: readonly (readonly string[])[];
  /** Default for the `maxRows` option. */
  readonly maxRows?: number;
}

type Key<T> = Extract<keyof T, string>;

/** A template as written: column keys are checked against the row type. */
export interface TemplateInput<T>
  extends Omit<Template<T>, 'columns' | 'validateRow' | 'platformColumns' | 'requireOneOf'> {
  readonly columns: readonly ColumnDefinition<Key<T>>[];
  validateRow?(values: Partial<T>, issues: RowIssues<Key<T>>): void;
  readonly platformColumns?: readonly Key<T>[];
  readonly requireOneOf?: readonly (readonly Key<T>[])[];
}

const ColumnDefinitionSchema = z.object({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  header: z.string().trim().min(1),
  synonyms: z.partialRecord(z.enum(locales), z.array(z.string().trim().min(1))).optional(),
  required: z.boolean().optional(),
  allowBlank: z.boolean().optional(),
  trim: z.boolean().optional(),
  parser: z.custom<ColumnParser>(
    (value) => typeof value === 'function',
    'parser must be a function',
  ),
  description: z.string().optional(),
});

/** The static part of a template, checked by `defineTemplate`. */
export const TemplateDefinition = z
  .object({
    id: z.string().trim().min(1),
    columns: z.array(ColumnDefinitionSchema).min(1),
    maxRows: z.number().int().positive().optional(),
  })
  .superRefine((template, ctx) => {
    const keys = new Set<string>();
    for (const [i, column] of template.columns.entries()) {
      if (keys.has(column.key)) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: 'Duplicate key' });
      }
      keys.add(column.key);
    }
  });

/**
 * Declares a template. `schema` (zod) describes a valid row's values; `columns` say how to find and
 * parse each value. Throws on a malformed definition (a programming error, not a file problem).
 */
export function defineTemplate<T>(template: TemplateInput<T>): Template<T> {
  TemplateDefinition.parse({
    id: template.id,
    columns: template.columns,
    maxRows: template.maxRows,
  });
  return Object.freeze({
    ...template,
    columns: Object.freeze([...template.columns]),
  }) as Template<T>;
}
