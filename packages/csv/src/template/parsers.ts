import * as z from 'zod';
import { type CellError, cellError, type ErrorCode } from '../errorCodes.js';
import { normalizeHeader } from '../headers/normalizeHeader.js';
import { locales } from '../types.js';
import type { CellContext, ColumnParser } from './defineTemplate.js';

const withMeta = <V>(
  parse: (value: string, context: CellContext) => V | CellError,
  meta: {
    kind?: 'text' | 'number' | 'boolean';
    format?: (value: V, context: CellContext) => string;
  },
): ColumnParser<V> => Object.assign(parse, meta);

// ----- numbers

const plainInteger = /^-?\d{1,15}$/;
const plainNumber = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const groupSpaces = /[\s\u00a0\u202f']/g;
const dots = /\./g;
const commas = /,/g;
const commaGroups = /^-?\d{1,3}(?:,\d{3})+$/;

/**
 * Reads `12.5`, `12,50` (decimal comma files), `1.234,50`, `1 234,50`, `1,234.50`, `1e3`.
 * With a decimal comma a single `.` is still read as a decimal point (values pasted from elsewhere),
 * so `1.234` is 1.234, not 1234; group separators need a comma decimal part or several dots.
 */
export function readNumber(text: string, decimalComma: boolean): number | null {
  if (plainInteger.test(text)) return +text;
  let t = text.replace(groupSpaces, '');
  if (decimalComma) {
    if (t.includes(',')) t = t.replace(dots, '').replace(',', '.');
    else if (t.indexOf('.') !== t.lastIndexOf('.')) t = t.replace(dots, '');
  } else if (t.includes(',')) {
    if (t.includes('.') || commaGroups.test(t)) t = t.replace(commas, '');
    else t = t.replace(',', '.');
  }
  return plainNumber.test(t) ? Number(t) : null;
}

const formatNumber = (value: number, context: CellContext): string => {
  const text = String(value);
  return context.decimalComma ? text.replace('.', ',') : text;
};

interface NumberOptions {
  min?: number;
  max?: number;
}

function number(options: NumberOptions & { integer?: boolean } = {}): ColumnParser<number> {
  const { min = -Infinity, max = Infinity, integer = false } = options;
  return withMeta(
    (value, context) => {
      const n = readNumber(value, context.decimalComma);
      if (n === null || !Number.isFinite(n)) return cellError('invalid_number');
      if (integer && !Number.isInteger(n)) return cellError('invalid_integer');
      if (n < min || n > max) return cellError('out_of_range');
      return n;
    },
    { kind: 'number', format: formatNumber },
  );
}

// ----- text and formats

interface TextOptions {
  /** Longest accepted value in characters (`too_long` beyond). */
  max?: number;
  /** A value that does not match reports `code`. */
  pattern?: RegExp;
  code?: ErrorCode | (string & {});
}

function text(options: TextOptions = {}): ColumnParser<string> {
  const { max = Infinity, pattern, code = 'invalid_value' } = options;
  return withMeta(
    (value) => {
      if (value.length > max) return cellError('too_long');
      if (pattern && !pattern.test(value)) return cellError(code);
      return value;
    },
    { kind: 'text' },
  );
}

const httpScheme = /^https?:\/\//i;
// A subset of what WHATWG URL parsing accepts, checked without building a URL object (the common
// case in big files); anything else goes through `new URL`. The last host label starts with a
// letter so IPv4-looking hosts (`1.2.3.999`) take the strict path.
const plainHttpUrl =
  /^https?:\/\/(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?::\d{1,4})?(?:[/?#][\x21-\x7e]*)?$/i;

/** http(s) URLs, as the API's `Url` schema accepts them (2,048 characters at most). */
function url(options: { max?: number } = {}): ColumnParser<string> {
  const { max = 2048 } = options;
  return withMeta(
    (value) => {
      if (value.length > max) return cellError('too_long');
      if (plainHttpUrl.test(value)) return value;
      if (!httpScheme.test(value)) return cellError('invalid_url');
      try {
        const parsed = new URL(value);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:'
          ? value
          : cellError('invalid_url');
      } catch {
        return cellError('invalid_url');
      }
    },
    { kind: 'text' },
  );
}

const productUidPattern = /^[a-z0-9][a-z0-9_.-]*$/;

/**
 * Catalog product UIDs (opaque; lowercase letters, digits, `_ . -`; 3–255 characters), or one of
 * `keywords` (instructions such as `IGNORE`), matched in any case and given back in capitals.
 */
function productUid(options: { keywords?: readonly string[] } = {}): ColumnParser<string> {
  const keywords = new Map((options.keywords ?? []).map((k) => [k.toLowerCase(), k]));
  return withMeta(
    (value) =>
      keywords.get(value.toLowerCase()) ??
      (value.length >= 3 && value.length <= 255 && productUidPattern.test(value)
        ? value
        : cellError('invalid_product_uid')),
    { kind: 'text' },
  );
}

function email(): ColumnParser<string> {
  return withMeta((value) => (z.regexes.email.test(value) ? value : cellError('invalid_email')), {
    kind: 'text',
  });
}

// ----- countries and currencies

const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const countryAliases: Record<string, string> = { uk: 'GB', usa: 'US', 'u s a': 'US' };
let countryNames: Map<string, string> | null = null;
const countryCodes = new Map<string, boolean>();

const regionNames = (locale: string) =>
  new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });

function isCountryCode(code: string): boolean {
  let known = countryCodes.get(code);
  if (known === undefined) {
    known = !notCountries.has(code) && regionNames('en').of(code) !== undefined;
    countryCodes.set(code, known);
  }
  return known;
}

/** Country names in the six locales → ISO code, built once from `Intl` (no table to ship). */
function countryByName(name: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map(Object.entries(countryAliases));
    const displays = locales.map(regionNames);
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (notCountries.has(code)) continue;
        for (const display of displays) {
          const label = display.of(code);
          if (label && label !== code) countryNames.set(normalizeHeader(label), code);
        }
      }
    }
  }
  return countryNames.get(normalizeHeader(name));
}

const twoLetters = /^[A-Za-z]{2}$/;

/** ISO 3166 alpha-2 codes (any case), or a country name in one of the six locales. */
function country(): ColumnParser<string> {
  return withMeta(
    (value) => {
      if (twoLetters.test(value)) {
        const code = value.toUpperCase();
        if (isCountryCode(code)) return code;
        return countryAliases[value.toLowerCase()] ?? cellError('invalid_country');
      }
      return countryByName(value) ?? cellError('invalid_country');
    },
    { kind: 'text' },
  );
}

const currencySymbols: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  US$: 'USD',
  R$: 'BRL',
};
const threeLetters = /^[A-Za-z]{3}$/;

/** ISO 4217 codes (any case) or an unambiguous symbol (`€`, `£`, `R$`, `US$`). */
function currency(): ColumnParser<string> {
  return withMeta(
    (value) =>
      threeLetters.test(value)
        ? value.toUpperCase()
        : (currencySymbols[value] ?? cellError('invalid_currency')),
    { kind: 'text' },
  );
}

// ----- choices

const truthy = [
  'true',
  'yes',
  'y',
  '1',
  'x',
  'sim',
  's',
  'si',
  'sí',
  'sì',
  'oui',
  'o',
  'ja',
  'j',
  'wahr',
  'vero',
  'verdadeiro',
  'verdadero',
  'vrai',
];
const falsy = ['false', 'no', 'n', '0', 'nao', 'não', 'non', 'nein', 'falsch', 'falso', 'faux'];
const booleans = new Map<string, boolean>([
  ...truthy.map((w) => [w, true] as const),
  ...falsy.map((w) => [w, false] as const),
]);

/** Yes/no words of the six locales, `1`/`0`, `x`. */
function boolean(): ColumnParser<boolean> {
  return withMeta((value) => booleans.get(value.toLowerCase()) ?? cellError('invalid_boolean'), {
    kind: 'boolean',
    format: (value) => (value ? 'true' : 'false'),
  });
}

/** One of `values` (case-insensitive), or an alias of one (`{ rascunho: 'draft' }`). */
function oneOf<V extends string>(
  values: readonly V[],
  aliases: Readonly<Record<string, V>> = {},
): ColumnParser<V> {
  const lookup = new Map<string, V>();
  for (const v of values) lookup.set(v.toLowerCase(), v);
  for (const [alias, v] of Object.entries(aliases)) lookup.set(alias.toLowerCase(), v);
  return withMeta((value) => lookup.get(value.toLowerCase()) ?? cellError('invalid_value'), {
    kind: 'text',
  });
}

/** Any zod schema as a column parser (slower than the built-ins; fine for small files). */
function fromZod<S extends z.ZodType>(
  schema: S,
  code: ErrorCode | (string & {}) = 'invalid_value',
): ColumnParser<z.output<S>> {
  return withMeta(
    (value) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : cellError(code);
    },
    { kind: 'text' },
  );
}

/** Built-in column parsers. Each call returns a parser; build them once, at template definition. */
export const parsers = {
  text,
  number,
  integer: (options: NumberOptions = {}) => number({ ...options, integer: true }),
  url,
  productUid,
  email,
  country,
  currency,
  boolean,
  oneOf,
  fromZod,
};
