'use client';
import { CredentialsForm } from '../CredentialsForm.js';
import type { PanelProps } from '../types.js';

/** The Pressero site and an admin login, checked live; the webhook values follow once connected. */
export function PresseroPanel({ connection, classNames }: PanelProps) {
  return <CredentialsForm platform="pressero" connection={connection} classNames={classNames} />;
}
