'use client';
import { cloneElement, type ReactElement, useId } from 'react';
import { cx } from './cx.js';

export interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optionalLabel?: string | undefined;
  className?: string | undefined;
  /** The control: an input, textarea or select; it receives id and aria attributes. */
  children: ReactElement<Record<string, unknown>>;
}

/** Label, control, hint and error, wired for screen readers (`aria-describedby`, `aria-invalid`). */
export function Field({ label, hint, error, optionalLabel, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx('vt-Field', className)} data-invalid={error ? true : undefined}>
      <label className="vt-Field-label" htmlFor={id}>
        {label}
        {optionalLabel && <span className="vt-Field-optional"> ({optionalLabel})</span>}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
      })}
      {hint && (
        <p className="vt-Field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="vt-Field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
