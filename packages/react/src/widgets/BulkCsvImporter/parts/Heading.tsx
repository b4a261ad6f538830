'use client';
import { forwardRef, type ReactNode, type Ref } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A heading at a level that follows the host page's outline. `tabIndex={-1}` lets the widget move
 * focus to it when a new step shows, as a page change would.
 */
export const Heading = forwardRef<
  HTMLElement,
  { level: HeadingLevel; className?: string | undefined; children: ReactNode }
>(function Heading({ level, className, children }, ref) {
  const Tag = `h${level}` as const;
  return (
    <Tag ref={ref as Ref<HTMLHeadingElement>} className={className} tabIndex={-1}>
      {children}
    </Tag>
  );
});

/** One level below, capped at 6. */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(6, level + 1) as HeadingLevel;
