'use client';
import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { cx } from './cx.js';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string | undefined;
  /** `alertdialog` for confirmations that need an answer. */
  role?: 'dialog' | 'alertdialog';
  className?: string | undefined;
  children: ReactNode;
}

/**
 * Radix Dialog portalled into the provider's root, so it inherits the theme variables and host
 * overrides; focus is trapped and returned to the trigger on close.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  role = 'dialog',
  className,
  children,
}: DialogProps) {
  const { portalContainer, t } = useVitrine();
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={portalContainer}>
        <RadixDialog.Overlay className="vt-Dialog-overlay" />
        <RadixDialog.Content
          className={cx('vt-Dialog-content', className)}
          role={role}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="vt-Dialog-title">{title}</RadixDialog.Title>
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
