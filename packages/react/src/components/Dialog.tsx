'use client';
import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
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
 * A native modal `<dialog>` rendered in the provider's root, so it inherits the theme variables
 * and host overrides. `showModal()` puts it in the top layer (above any z-index of the host page)
 * and makes the rest of the page inert; the page does not scroll behind it. Focus goes to its first
 * control, Tab wraps inside it (in a shadow root too), Escape or a press outside the box closes it,
 * and focus returns to the element that had it when it opened.
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
  const dialog = useRef<HTMLDialogElement | null>(null);
  const content = useRef<HTMLDivElement | null>(null);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const close = () => onOpenChange(false);

  useBeforePaint(() => {
    const box = dialog.current;
    if (!open || !box) return;
    const active = deepActiveElement();
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (typeof box.showModal === 'function') {
      if (!box.open) box.showModal();
    } else {
      box.setAttribute('open', '');
    }
    (tabbables(content.current ?? box)[0] ?? content.current)?.focus();
    // The page does not scroll behind the dialog, and keeps its width: the scrollbar's room stays
    // as a margin while it is hidden.
    const { style } = document.body;
    const saved = [style.overflow, style.marginRight];
    const gap = window.innerWidth - document.documentElement.clientWidth;
    style.overflow = 'hidden';
    if (gap > 0) style.marginRight = `${gap}px`;
    return () => {
      [style.overflow, style.marginRight] = saved as [string, string];
      if (box.open && typeof box.close === 'function') box.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  if (!open) return null;
  return createPortal(
    <dialog
      ref={dialog}
      className="vt-Dialog"
      {...(role === 'alertdialog' ? { role } : {})}
      aria-labelledby={`${id}t`}
      aria-describedby={description ? `${id}d` : undefined}
      // Escape: closing is the owner's decision, as the dialog is controlled.
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
          return;
        }
        const box = content.current;
        if (event.key !== 'Tab' || !box) return;
        const items = tabbables(box);
        const [first, last] = [items[0], items[items.length - 1]];
        if (!first || !last) return;
        const active = deepActiveElement(shadowRootOf(box) ?? document);
        if (!event.shiftKey && (active === last || !box.contains(active))) {
          event.preventDefault();
          first.focus();
        } else if (event.shiftKey && (active === first || !box.contains(active))) {
          event.preventDefault();
          last.focus();
        }
      }}
    >
      <div className="vt-Dialog-overlay" onPointerDown={close} />
      <div ref={content} className={cx('vt-Dialog-content', className)} tabIndex={-1}>
        <Heading id={`${id}t`} className="vt-Dialog-title">
          {title}
        </Heading>
        {description && (
          <p id={`${id}d`} className="vt-Dialog-description">
            {description}
          </p>
        )}
        {children}
        <button
          type="button"
          className="vt-Dialog-close"
          aria-label={t('common.close')}
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </dialog>,
    portalContainer ?? document.body,
  );
}
