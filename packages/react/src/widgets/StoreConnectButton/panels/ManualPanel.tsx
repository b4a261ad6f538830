'use client';
import { CredentialsForm } from '../CredentialsForm.js';
import type { PanelProps } from '../types.js';

/** A store the platform does not sync: only its name. */
export function ManualPanel({ connection, classNames }: PanelProps) {
  return <CredentialsForm platform="manual" connection={connection} classNames={classNames} />;
}
