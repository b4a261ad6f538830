'use client';
/**
 * The widgets' form state: values, validation, errors and focus for uncontrolled inputs.
 *
 * Hand-rolled rather than a form library because the widgets use a small, fixed subset —
 * `register` on native inputs, a zod schema (or the order model's checks) as the only validation,
 * `onTouched`/`onSubmit` modes, two field arrays, `watch`/`setValue`/`getValues`/`reset`,
 * `setError` for the server's field errors and focus on the first invalid field — and a general
 * library plus its resolver package cost hosts about 14 kB brotli. The timing of errors follows
 * the common rules: in `onTouched` an error first shows when a field loses focus and is re-checked
 * on every change after that; in `onSubmit` nothing is checked until the first submit; after a
 * submit every change re-checks its field.
 *
 * Inputs stay uncontrolled: the store is written on `change`, and an input's value is written from
 * the store when it mounts, on `reset` and on `setValue`. An input is found by its `name`, which
 * `register` sets to the field's dotted path (`people.0.email`), so rows of a field array that move
 * after a removal keep working without re-registering.
 */
import { type ChangeEvent, type FocusEvent, useReducer, useRef } from 'react';
import type * as z from 'zod';

export interface FieldError {
  /** A zod issue code, an order-model code, or an API error code from the server. */
  type: string;
  message: string;
}

/** Errors by the field's dotted path, e.g. `people.1.email`. */
export type FieldErrors = Record<string, FieldError | undefined>;

export interface FormIssue {
  path: string;
  type: string;
  message: string;
}

/** What validation returns: the parsed output when it passes, the issues when it does not. */
export type Validate<TValues, TOutput> = (
  values: TValues,
) => { ok: true; data: TOutput } | { ok: false; issues: FormIssue[] };

/** A zod schema as the form's validation: issues land on their paths, with zod's issue code. */
export function zodValidate<S extends z.ZodType>(schema: S): Validate<z.input<S>, z.output<S>> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { ok: true, data: result.data };
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        type: issue.code,
        message: issue.message,
      })),
    };
  };
}

export interface UseFormOptions<TValues, TOutput> {
  defaultValues: TValues;
  validate: Validate<TValues, TOutput>;
  /** When errors first show: when a field loses focus (`onTouched`) or on submit. */
  mode?: 'onTouched' | 'onSubmit';
  /** Move focus to the first invalid field when a submit fails. @default true */
  shouldFocusError?: boolean;
}

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function getAt(source: unknown, path: string): unknown {
  let node = source;
  for (const part of path.split('.')) {
    if (node == null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A copy of `source` with `value` at `path`; every container on the way is copied. */
function setAt<T>(source: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const container = (source ?? (/^\d+$/.test(head) ? [] : {})) as Record<string, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<
    string,
    unknown
  >;
  copy[head] = rest.length ? setAt(container[head], rest.join('.'), value) : value;
  return copy as T;
}

function readInput(element: Input, previous: unknown): unknown {
  if (element instanceof HTMLInputElement) {
    if (element.type === 'checkbox') return element.checked;
    if (element.type === 'radio') return element.checked ? element.value : previous;
  }
  return element.value;
}

function writeInput(element: Input, value: unknown) {
  if (element instanceof HTMLInputElement && element.type === 'radio') {
    element.checked = element.value === String(value);
  } else if (element instanceof HTMLInputElement && element.type === 'checkbox') {
    element.checked = Boolean(value);
  } else {
    element.value = value == null ? '' : String(value);
  }
}

const firstIssues = (issues: FormIssue[]) => {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= { type: issue.type, message: issue.message };
  return errors;
};

let nextId = 0;

export function useForm<TValues extends object, TOutput = TValues>(
  options: UseFormOptions<TValues, TOutput>,
) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const ref = useRef<ReturnType<typeof create<TValues, TOutput>> | null>(null);
  ref.current ??= create(options, rerender);
  ref.current.options = options;
  return ref.current.api;
}

function create<TValues extends object, TOutput>(
  initialOptions: UseFormOptions<TValues, TOutput>,
  rerender: () => void,
) {
  const self = {
    options: initialOptions,
    defaults: initialOptions.defaultValues,
    values: initialOptions.defaultValues,
    errors: {} as FieldErrors,
    touched: new Set<string>(),
    isSubmitted: false,
    isSubmitting: false,
    ids: new Map<string, string[]>(),
    elements: new Set<Input>(),
    api: undefined as unknown as FormApi<TValues, TOutput>,
  };

  const inputs = (name: string, nested = false) => {
    const found: Input[] = [];
    for (const element of self.elements) {
      if (!element.isConnected) self.elements.delete(element);
      else if (element.name === name || (nested && element.name.startsWith(`${name}.`)))
        found.push(element);
    }
    return found.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  };

  const focus = (name: string) => inputs(name)[0]?.focus();

  const validateField = (name: string) => {
    const result = self.options.validate(self.values);
    const error = result.ok ? undefined : firstIssues(result.issues)[name];
    const current = self.errors[name];
    if (current?.type === error?.type && current?.message === error?.message) return;
    self.errors = { ...self.errors, [name]: error };
    if (!error) delete self.errors[name];
  };

  /** Whether an event on a touched-or-not field is left unchecked, as the mode says. */
  const skip = (blur: boolean, name: string) => {
    if (self.isSubmitted) return blur;
    if (self.options.mode === 'onTouched') return !(blur || self.touched.has(name));
    return true;
  };

  const track = (element: Input | null) => {
    if (!element || self.elements.has(element)) return;
    self.elements.add(element);
    writeInput(element, getAt(self.values, element.name));
  };

  const onChange = (event: ChangeEvent<Input>) => {
    const { name } = event.target;
    self.values = setAt(self.values, name, readInput(event.target, getAt(self.values, name)));
    if (!skip(false, name)) validateField(name);
    rerender();
  };

  const onBlur = (event: FocusEvent<Input>) => {
    const { name } = event.target;
    self.touched.add(name);
    if (!skip(true, name)) validateField(name);
    rerender();
  };

  const idsOf = (name: string) => {
    const length = (getAt(self.values, name) as unknown[] | undefined)?.length ?? 0;
    const ids = (self.ids.get(name) ?? []).slice(0, length);
    while (ids.length < length) ids.push(`f${nextId++}`);
    self.ids.set(name, ids);
    return ids;
  };

  /** Renumbers the errors and touched marks of the rows after a removed one. */
  const shiftRows = (name: string, removed: number) => {
    const renumber = (path: string) => {
      if (!path.startsWith(`${name}.`)) return path;
      const [row, ...rest] = path.slice(name.length + 1).split('.');
      const index = Number(row);
      if (index === removed) return null;
      if (index < removed) return path;
      return [name, index - 1, ...rest].join('.');
    };
    const errors: FieldErrors = {};
    for (const [path, error] of Object.entries(self.errors)) {
      const to = renumber(path);
      if (to) errors[to] = error;
    }
    self.errors = errors;
    self.touched = new Set(
      [...self.touched].map(renumber).filter((path): path is string => path !== null),
    );
  };

  const api = {
    register: (name: string) => ({ name, ref: track, onChange, onBlur }),

    handleSubmit:
      (
        onValid: (data: TOutput) => unknown,
        onInvalid?: (errors: FieldErrors) => unknown,
      ): ((event?: { preventDefault(): void }) => Promise<void>) =>
      async (event) => {
        event?.preventDefault();
        self.isSubmitting = true;
        const result = self.options.validate(self.values);
        self.isSubmitted = true;
        self.errors = result.ok ? {} : firstIssues(result.issues);
        rerender();
        try {
          if (result.ok) {
            await onValid(result.data);
          } else {
            if (self.options.shouldFocusError ?? true) {
              const invalid = [...self.elements].filter(
                (element) => element.isConnected && self.errors[element.name],
              );
              invalid.sort((a, b) =>
                a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
              );
              invalid[0]?.focus();
            }
            await onInvalid?.(self.errors);
          }
        } finally {
          self.isSubmitting = false;
          rerender();
        }
      },

    get formState() {
      return {
        errors: self.errors,
        isSubmitted: self.isSubmitted,
        isSubmitting: self.isSubmitting,
        isDirty: JSON.stringify(self.values) !== JSON.stringify(self.defaults),
      };
    },

    watch: (name: string) => getAt(self.values, name),

    getValues: (name?: string) => (name ? getAt(self.values, name) : self.values),

    setValue: (name: string, value: unknown, options: { shouldValidate?: boolean } = {}) => {
      self.values = setAt(self.values, name, value);
      for (const element of inputs(name, true))
        writeInput(element, getAt(self.values, element.name));
      if (options.shouldValidate) validateField(name);
      rerender();
    },

    setError: (name: string, error: FieldError, options: { shouldFocus?: boolean } = {}) => {
      self.errors = { ...self.errors, [name]: error };
      if (options.shouldFocus) focus(name);
      rerender();
    },

    setFocus: focus,

    /** Back to `values` (or the defaults), which become the new defaults; errors are cleared. */
    reset: (values: TValues = self.defaults) => {
      self.defaults = values;
      self.values = values;
      self.errors = {};
      self.touched = new Set();
      self.isSubmitted = false;
      self.ids = new Map();
      for (const element of self.elements) writeInput(element, getAt(values, element.name));
      rerender();
    },

    /** The rows of an array field: a stable `id` per row for keys, and adding or removing one. */
    fieldArray: (name: string) => ({
      fields: idsOf(name).map((id) => ({ id })),
      append: (row: unknown) => {
        const rows = (getAt(self.values, name) as unknown[] | undefined) ?? [];
        self.values = setAt(self.values, name, [...rows, row]);
        idsOf(name);
        rerender();
      },
      remove: (index: number) => {
        const rows = (getAt(self.values, name) as unknown[] | undefined) ?? [];
        self.values = setAt(
          self.values,
          name,
          rows.filter((_, i) => i !== index),
        );
        self.ids.set(
          name,
          idsOf(name).filter((_, i) => i !== index),
        );
        shiftRows(name, index);
        rerender();
      },
    }),
  };
  self.api = api as unknown as FormApi<TValues, TOutput>;
  return self;
}

export interface FormApi<TValues, TOutput> {
  /** Props for a native input, select or textarea holding the field at `name` (a dotted path). */
  register(name: string): {
    name: string;
    ref: (element: Input | null) => void;
    onChange: (event: ChangeEvent<Input>) => void;
    onBlur: (event: FocusEvent<Input>) => void;
  };
  /** Validates everything, then calls `onValid` with the parsed output or `onInvalid`. */
  handleSubmit(
    onValid: (data: TOutput) => unknown,
    onInvalid?: (errors: FieldErrors) => unknown,
  ): (event?: { preventDefault(): void }) => Promise<void>;
  readonly formState: {
    errors: FieldErrors;
    isSubmitted: boolean;
    isSubmitting: boolean;
    isDirty: boolean;
  };
  /** The value at `name`; the form re-renders on every change, so this stays current. */
  watch<V = unknown>(name: string): V;
  getValues(): TValues;
  getValues<V = unknown>(name: string): V;
  setValue(name: string, value: unknown, options?: { shouldValidate?: boolean }): void;
  setError(name: string, error: FieldError, options?: { shouldFocus?: boolean }): void;
  setFocus(name: string): void;
  reset(values?: TValues): void;
  fieldArray(name: string): {
    fields: { id: string }[];
    append(row: unknown): void;
    remove(index: number): void;
  };
}
