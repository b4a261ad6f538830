'use client';
import * as RadixDialog from '@radix-ui/react-dialog';
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { cx } from './cx.js';

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
  const Heading = `h${headingLevel}` as const;
  // Runs before Radix moves focus into the dialog (its focus scope uses a passive effect).
  useBeforePaint(() => {
    if (
      open &&
      document.activeElement instanceof HTMLElement &&
      document.activeElement !== document.body
    ) {
      opener.current = document.activeElement;
    }
  }, [open]);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={portalContainer}>
        <RadixDialog.Overlay className="vt-Dialog-overlay" />
        <RadixDialog.Content
          className={cx('vt-Dialog-content', className)}
          role={role}
          {...(description ? {} : { 'aria-describedby': undefined })}
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
