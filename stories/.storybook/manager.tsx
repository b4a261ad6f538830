import type { ChangeEvent, CSSProperties, ReactNode } from 'react';
// The manager's bundler compiles JSX to `React.createElement`: React must be in scope.
import * as React from 'react';
import { AddonPanel } from 'storybook/internal/components';
import { addons, types, useGlobals } from 'storybook/manager-api';
import {
  appearanceOf,
  codeOf,
  cssOf,
  densities,
  fonts,
  type Tuning,
  themes,
} from '../src/support/themes.js';

/**
 * The Appearance panel: a designer tunes the widgets' `appearance` live (theme, brand colour,
 * radius, typeface, font size, density) on whichever story is open, and copies the result as
 * code or CSS. Values are Storybook globals, so they stay while browsing and live in the URL.
 */
const ADDON = 'vitrine/appearance';

const label: CSSProperties = { display: 'grid', gap: 4, fontSize: 12, fontWeight: 600 };
const input: CSSProperties = { font: 'inherit', fontWeight: 400, padding: '4px 6px', minWidth: 0 };
const code: CSSProperties = {
  margin: 0,
  padding: 10,
  fontSize: 12,
  lineHeight: 1.45,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  background: 'rgb(127 127 127 / 0.1)',
  borderRadius: 4,
};

function Field(props: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child.
    <label style={label}>
      {props.label}
      {props.children}
    </label>
  );
}

function Copyable(props: { title: string; text: string }) {
  const [copied, setCopied] = React.useState(false);
  return (
    <section style={{ display: 'grid', gap: 6 }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <strong style={{ fontSize: 12 }}>{props.title}</strong>
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(props.text).then(() => {
              setCopied(true);
              setTimeout(() => setCopied(false), 1500);
            })
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <pre style={code}>{props.text}</pre>
    </section>
  );
}

function AppearancePanel() {
  const [globals, updateGlobals] = useGlobals();
  const tuning: Tuning = {
    theme: String(globals.theme ?? 'light'),
    brand: String(globals.brand ?? ''),
    radius: String(globals.radius ?? ''),
    font: String(globals.font ?? ''),
    fontSize: String(globals.fontSize ?? ''),
    density: String(globals.density ?? ''),
  };
  const appearance = appearanceOf(tuning);
  const set = (key: keyof Tuning) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    updateGlobals({ [key]: event.target.value });
  const presetFont = tuning.font && !(tuning.font in fonts) ? 'custom' : tuning.font || 'system';
  return (
    <div style={{ display: 'grid', gap: 16, padding: 16, maxWidth: 1100 }}>
      <div
        style={{
          display: 'grid',
          gap: 12,
          gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
        }}
      >
        <Field label="Theme and colour scheme">
          <select style={input} value={tuning.theme} onChange={set('theme')}>
            {Object.entries(themes).map(([value, theme]) => (
              <option key={value} value={value}>
                {theme.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Brand colour">
          <span style={{ display: 'flex', gap: 6 }}>
            <input
              type="color"
              aria-label="Pick the brand colour"
              value={/^#[0-9a-f]{6}$/i.test(tuning.brand ?? '') ? tuning.brand : '#3b4cca'}
              onChange={set('brand')}
            />
            <input
              style={{ ...input, flex: 1 }}
              placeholder="theme's"
              value={tuning.brand}
              onChange={set('brand')}
            />
          </span>
        </Field>
        <Field label={`Corner radius${tuning.radius ? `: ${tuning.radius}px` : ''}`}>
          <input
            type="range"
            min={0}
            max={24}
            value={tuning.radius || 8}
            onChange={set('radius')}
          />
        </Field>
        <Field label="Typeface">
          <select
            style={input}
            value={presetFont}
            onChange={(event) =>
              updateGlobals({ font: event.target.value === 'system' ? '' : event.target.value })
            }
          >
            {Object.entries(fonts).map(([value, font]) => (
              <option key={value} value={value}>
                {font.title}
              </option>
            ))}
            {presetFont === 'custom' ? <option value="custom">Custom</option> : null}
          </select>
        </Field>
        <Field label="Custom font stack">
          <input
            style={input}
            placeholder='"Inter", sans-serif'
            value={tuning.font && !(tuning.font in fonts) ? tuning.font : ''}
            onChange={set('font')}
          />
        </Field>
        <Field label={`Base font size${tuning.fontSize ? `: ${tuning.fontSize}px` : ''}`}>
          <input
            type="range"
            min={12}
            max={18}
            value={tuning.fontSize || 14}
            onChange={set('fontSize')}
          />
        </Field>
        <Field label="Density">
          <select style={input} value={tuning.density || 'default'} onChange={set('density')}>
            {Object.entries(densities).map(([value, density]) => (
              <option key={value} value={value}>
                {density.title}
              </option>
            ))}
          </select>
        </Field>
        <div style={{ alignSelf: 'end' }}>
          <button
            type="button"
            onClick={() =>
              updateGlobals({ brand: '', radius: '', font: '', fontSize: '', density: '' })
            }
          >
            Reset to the theme
          </button>
        </div>
      </div>
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
        }}
      >
        <Copyable title="appearance (React)" text={codeOf(appearance)} />
        <Copyable title="CSS variables (host stylesheet)" text={cssOf(appearance)} />
      </div>
    </div>
  );
}

addons.register(ADDON, () => {
  addons.add(`${ADDON}/panel`, {
    type: types.PANEL,
    title: 'Appearance',
    match: ({ viewMode }) => viewMode === 'story',
    render: ({ active }) => (
      <AddonPanel active={Boolean(active)}>
        <AppearancePanel />
      </AddonPanel>
    ),
  });
});
