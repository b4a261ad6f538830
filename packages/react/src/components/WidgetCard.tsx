'use client';
import { type ReactNode, useId } from 'react';
import { cx } from './cx.js';

export interface WidgetCardProps {
  /** The widget's name: its parts also get `vt-<widget>-root`, `-header`, `-title`, `-description`. */
  widget: string;
  title: string;
  description: ReactNode;
  /** Buttons at the header's end, e.g. the widget's main action. */
  actions?: ReactNode;
  /** The title's heading level, to fit the host page's outline. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean | undefined;
  /** The widget's `data-state`: `loading`, `error`, `empty`, `idle`, or a widget's own steps. */
  state: 'loading' | 'error' | 'empty' | 'idle' | (string & {});
  mode: string;
  className?: string | undefined;
  classNames?: { root?: string; header?: string; title?: string } | undefined;
  children: ReactNode;
}

/** The card a list widget lives in: a section named by its title, with a header and content. */
export function WidgetCard(props: WidgetCardProps) {
  const { widget, classNames = {} } = props;
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;
  return (
    <section
      className={cx('vt-Card', `vt-${widget}-root`, props.className, classNames.root)}
      data-state={props.state}
      data-mode={props.mode}
      aria-labelledby={titleId}
      aria-busy={props.state === 'loading'}
    >
      <div className={cx('vt-Card-header', `vt-${widget}-header`, classNames.header)}>
        <div>
          <Heading
            id={titleId}
            className={cx(
              'vt-Card-title',
              `vt-${widget}-title`,
              props.hideTitle && 'vt-VisuallyHidden',
              classNames.title,
            )}
          >
            {props.title}
          </Heading>
          <p className={cx('vt-Card-description', `vt-${widget}-description`)}>
            {props.description}
          </p>
        </div>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}
