import {
  ArgTypes,
  Description,
  Primary,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { type Audience, widgetRoles } from './roles.js';

/** Every widget's sources and stylesheets as text: parts and variables are read from them. */
const sources = import.meta.glob<string>(
  ['../../../packages/react/src/widgets/*/*.ts', '../../../packages/react/src/widgets/*/*.tsx'],
  { query: '?raw', import: 'default', eager: true },
);
const styles = import.meta.glob<string>('../../../packages/react/src/widgets/*/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const inWidget = (files: Record<string, string>, widget: string) =>
  Object.entries(files)
    .filter(([path]) => path.includes(`/widgets/${widget}/`) && !path.includes('.test.'))
    .map(([, text]) => text);

/** The names of `classNames`' keys: the widget's `…Part` union. */
export function partsOf(widget: string): string[] {
  for (const text of inWidget(sources, widget)) {
    const union = /export type \w+Part =([^;]+);/.exec(text)?.[1];
    if (union) return [...union.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!);
  }
  return [];
}

/** The `--vt-*` variables the widget's own stylesheet reads (shared parts read more). */
export function variablesOf(widget: string): string[] {
  const found = new Set<string>();
  for (const css of inWidget(styles, widget)) {
    for (const m of css.matchAll(/var\((--vt-[\w-]+)/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

/** `data-state` values the widget's stylesheet styles. */
function statesOf(widget: string): string[] {
  const found = new Set<string>();
  for (const css of inWidget(styles, widget)) {
    for (const m of css.matchAll(/\[data-state="([\w-]+)"\]/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

const audiences: Audience[] = [
  'Provider',
  'Admin',
  'Store manager',
  'Order manager',
  'Viewer',
  'Anyone',
];

const table = { borderCollapse: 'collapse', width: '100%', fontSize: 14 } as const;
const cell = { borderBottom: '1px solid #e3e6ea', padding: '6px 8px', textAlign: 'left' } as const;

/**
 * The docs page of a widget: what it does (the story file's description), the first story live,
 * props with their defaults, events, parts for `classNames`, the theming variables it reads,
 * and which roles see what. Generated from the sources, so it follows the code.
 */
export function WidgetDocs() {
  const meta = useOf('meta', ['meta']);
  const widget = meta.csfFile.meta.title.split('/').pop() ?? '';
  const parts = partsOf(widget);
  const variables = variablesOf(widget);
  const states = statesOf(widget);
  const roles = widgetRoles[widget] ?? {};
  const stories = Object.values(meta.csfFile.stories);
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Primary />
      <h2>Props</h2>
      <ArgTypes exclude={/^on[A-Z]/} />
      <h2>Events</h2>
      <p>Callbacks the widget calls; the Actions panel of each story logs them.</p>
      <ArgTypes include={/^on[A-Z]/} />
      <h2>Parts</h2>
      <p>
        Keys of <code>classNames</code>: each adds your class to that part. Every part also has a
        stable <code>vt-{widget}-…</code> class.
        {states.length ? (
          <>
            {' '}
            The root's <code>data-state</code> is one of{' '}
            {states.map((s, i) => (
              <span key={s}>
                {i ? ', ' : ''}
                <code>{s}</code>
              </span>
            ))}
            .
          </>
        ) : null}
      </p>
      <p>
        {parts.map((part, i) => (
          <span key={part}>
            {i ? ' · ' : ''}
            <code>{part}</code>
          </span>
        ))}
      </p>
      <h2>Theming variables</h2>
      <p>
        The widget's own stylesheet reads these, besides the shared parts (buttons, fields, cards,
        dialogs), which read every variable on the{' '}
        <a href="./index.html?path=/docs/design-tokens--docs" target="_top">
          Design tokens
        </a>{' '}
        page. Set them through <code>appearance.variables</code> or on <code>.vt-root</code>.
      </p>
      <p>
        {variables.map((name, i) => (
          <span key={name}>
            {i ? ' · ' : ''}
            <code>{name}</code>
          </span>
        ))}
      </p>
      <h2>Who sees what</h2>
      <table style={table}>
        <thead>
          <tr>
            <th style={cell}>Session</th>
            <th style={cell}>Sees and does</th>
          </tr>
        </thead>
        <tbody>
          {audiences
            .filter((who) => roles[who])
            .map((who) => (
              <tr key={who}>
                <td style={cell}>{who}</td>
                <td style={cell}>{roles[who]}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h2>States</h2>
      <p>Each story is one state against the real server in the page:</p>
      <ul>
        {stories.map((story) => (
          <li key={story.id}>
            <a href={`./index.html?path=/story/${story.id}`} target="_top">
              {story.name}
            </a>
            {story.parameters?.docs?.description?.story
              ? ` — ${story.parameters.docs.description.story}`
              : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
