'use client';
import * as RadixDialog from '@radix-ui/react-dialog';
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { cx } from './cx.js';
import { deepActiveElement, shadowRootOf, tabbables } from './focus.js';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string | undefined;
  /** `alertdialog` for confirmations that need an answer. */
  role?: 'dialog' | 'alertdialog';
  /** The title's heading level, to fit the host page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  className?: string | undefined;
  children: ReactNode;
}

// Layout effects warn during server rendering in React 18; dialogs only open in the browser.
const useBeforePaint = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Radix Dialog portalled into the provider's root, so it inherits the theme variables and host
 * overrides; focus is trapped, and on close returns to the element that had it when the dialog
 * opened (Radix only knows its own Trigger, and ours are opened from state).
 *
 * Inside a shadow root (`@vitrine/elements`), Radix's focus scope reads `document.activeElement`,
 * which is the host there: it would focus the dialog box instead of its first field, and Tab would
 * leave the dialog. The first focus and Tab's wrap-around are done here in that case.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  role = 'dialog',
  headingLevel = 2,
  className,
  children,
}: DialogProps) {
  const { portalContainer, t } = useVitrine();
  const opener = useRef<HTMLElement | null>(null);
  const content = useRef<HTMLDivElement | null>(null);
  const Heading = `h${headingLevel}` as const;
  // Runs before Radix moves focus into the dialog (its focus scope uses a passive effect).
  useBeforePaint(() => {
    const active = deepActiveElement();
    if (open && active instanceof HTMLElement && active !== document.body) {
      opener.current = active;
    }
  }, [open]);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={portalContainer}>
        <RadixDialog.Overlay className="vt-Dialog-overlay" />
        <RadixDialog.Content
          ref={content}
          className={cx('vt-Dialog-content', className)}
          role={role}
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={(event) => {
            const box = content.current;
            if (!box || !shadowRootOf(box)) return;
            event.preventDefault();
            (tabbables(box)[0] ?? box).focus();
          }}
          onKeyDown={(event) => {
            const box = content.current;
            const root = shadowRootOf(box);
            if (event.key !== 'Tab' || !box || !root) return;
            const items = tabbables(box);
            const [first, last] = [items[0], items[items.length - 1]];
            if (!first || !last) return;
            const active = deepActiveElement(root);
            if (!event.shiftKey && (active === last || !box.contains(active))) {
              event.preventDefault();
              first.focus();
            } else if (event.shiftKey && (active === first || !box.contains(active))) {
              event.preventDefault();
              last.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            const target = opener.current;
            opener.current = null;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <RadixDialog.Title asChild>
            <Heading className="vt-Dialog-title">{title}</Heading>
          </RadixDialog.Title>
          {description && (
            <RadixDialog.Description className="vt-Dialog-description">
              {description}
            </RadixDialog.Description>
          )}
          {children}
          <RadixDialog.Close className="vt-Dialog-close" aria-label={t('common.close')}>
            <span aria-hidden="true">×</span>
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
