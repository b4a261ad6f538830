import componentsCss from '../../../packages/react/src/components/components.css?raw';
import tokensCss from '../../../packages/react/src/theme/tokens.css?raw';

export interface Token {
  name: string;
  light: string;
  dark: string;
  /** The `appearance.variables` key that writes it, when there is one. */
  appearance: string;
}

/** Splits `light-dark(a, b)` at its top-level comma. */
function lightDark(value: string): [string, string] | undefined {
  const inner = /^light-dark\((.*)\)$/s.exec(value.trim())?.[1];
  if (!inner) return undefined;
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0)
      return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return undefined;
}

const declarations = (css: string) =>
  [...css.matchAll(/(--vt-[\w-]+)\s*:\s*([^;]+);/g)].map(
    (m) => [m[1]!, m[2]!.replace(/\s+/g, ' ').trim()] as const,
  );

const appearanceKey = (name: string) =>
  name.replace(/^--vt-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Every `--vt-*` variable with its light and dark value, read from tokens.css (the dark block
 * overrides some) and from the shared parts' stylesheet, which defines a few of its own.
 */
export function tokens(): Token[] {
  const blocks = tokensCss.split(/(?=:where\()/);
  const darkBlock = blocks.find((b) => b.includes('data-color-scheme="dark"')) ?? '';
  const darkOverrides = new Map(declarations(darkBlock));
  const seen = new Map<string, Token>();
  for (const [name, value] of [...declarations(tokensCss), ...declarations(componentsCss)]) {
    // The first declaration is the light root's; the dark block's come later.
    if (seen.has(name)) continue;
    const pair = lightDark(value);
    seen.set(name, {
      name,
      light: pair?.[0] ?? value,
      dark: pair?.[1] ?? darkOverrides.get(name) ?? value,
      appearance: appearanceKey(name),
    });
  }
  return [...seen.values()];
}

const isColour = (value: string) => /^(#|rgb|hsl|oklch|color-mix)/.test(value);

function Value(props: { value: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {isColour(props.value) ? (
        <span
          aria-hidden="true"
          style={{
            width: 20,
            height: 20,
            flex: 'none',
            borderRadius: 4,
            border: '1px solid rgb(0 0 0 / 0.2)',
            background: props.value,
          }}
        />
      ) : null}
      <code>{props.value}</code>
    </span>
  );
}

const cell = {
  borderBottom: '1px solid #e3e6ea',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
} as const;

export function TokenTable() {
  const all = tokens();
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
      <thead>
        <tr>
          <th style={cell}>CSS variable</th>
          <th style={cell}>
            <code>appearance.variables</code>
          </th>
          <th style={cell}>Light</th>
          <th style={cell}>Dark</th>
        </tr>
      </thead>
      <tbody>
        {all.map((token) => (
          <tr key={token.name}>
            <td style={cell}>
              <code>{token.name}</code>
            </td>
            <td style={cell}>
              <code>{token.appearance}</code>
            </td>
            <td style={cell}>
              <Value value={token.light} />
            </td>
            <td style={cell}>
              <Value value={token.dark} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
