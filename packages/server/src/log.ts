/**
 * One logger for the whole server: request lines, unexpected errors, the job runner, the outbox.
 * `json` writes one JSON object per line (production: log shippers parse it); `pretty` writes
 * readable lines (development). Either way a value can never start a line of its own: JSON escapes
 * control characters, and the readable format escapes them too. Secrets are redacted by field name
 * and by shape before anything is written.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
export type LogFormat = 'json' | 'pretty';

export interface Logger {
  log(level: LogLevel, msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  format: LogFormat;
  /** Receives each finished line, without a trailing newline. */
  write: (line: string) => void;
  now?: () => Date;
}

/** Field names whose values are credentials whatever they look like. */
const SECRET_NAME = /authorization|cookie|password|passwd|secret|token|api[-_]?key|credential/i;

/**
 * Credentials by shape: our secret keys, sessions and invitation tokens, bearer headers, and the
 * token segment of production status addresses (the path is the credential there).
 */
const SECRET_SHAPES: readonly [RegExp, string][] = [
  [/vt_(sk|ses|inv)_[\w.~-]+/g, 'vt_$1_[redacted]'],
  [/\bBearer\s+\S+/gi, 'Bearer [redacted]'],
  [/(\/hooks\/production\/)[^/?#\s]+/g, '$1[redacted]'],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
  return out.replace(/\[redacted\]\[redacted\]/g, '[redacted]');
}

function clean(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactSecrets(value.message),
      ...(value.stack ? { stack: redactSecrets(value.stack) } : {}),
    };
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '[…]';
  if (Array.isArray(value)) return value.map((item) => clean(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_NAME.test(key) ? '[redacted]' : clean(item, depth + 1);
  }
  return out;
}

/** Control characters and Unicode line separators, as visible escapes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeText(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

function prettyValue(value: unknown): string {
  if (value && typeof value === 'object') {
    const error = value as { stack?: unknown; message?: unknown };
    if (typeof error.stack === 'string')
      return `\n  ${escapeText(error.stack).replace(/\\n/g, '\n  ')}`;
    return escapeText(JSON.stringify(value));
  }
  const text = escapeText(String(value));
  return /[\s"=]/.test(text) || text === '' ? JSON.stringify(text) : text;
}

export function createLogger(options: LoggerOptions): Logger {
  const now = options.now ?? (() => new Date());
  const log = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    const safe = clean(fields) as LogFields;
    const message = redactSecrets(msg);
    if (options.format === 'json') {
      const line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...safe });
      // JSON leaves U+2028/U+2029 raw; some viewers break lines on them.
      options.write(line.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
      return;
    }
    const time = now().toISOString().slice(11, 19);
    const parts = Object.entries(safe)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${prettyValue(value)}`);
    options.write([time, level.padEnd(5), escapeText(message), ...parts].join(' '));
  };
  return {
    log,
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}
