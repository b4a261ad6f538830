import { VitrineProvider } from '@vitrine/react';
import type { ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  connectionFor,
  globalSettings,
  type Settings,
  type VitrineElementsConfig,
} from './config.js';
import { languages } from './languages.js';
import { adoptStyles } from './styles.js';

/** How an attribute's text becomes a prop. */
export type AttributeType = 'string' | 'boolean' | 'number' | 'interval' | 'list';

export interface AttributeSpec {
  prop: string;
  type: AttributeType;
}

/** Dispatches a DOM event from the element; returns it, so a listener's `preventDefault()` shows. */
export type Emit = (
  name: string,
  detail?: unknown,
  options?: { cancelable?: boolean },
) => CustomEvent;

export interface WidgetSpec {
  tag: string;
  // biome-ignore lint/suspicious/noExplicitAny: each widget has its own props
  component: ComponentType<any>;
  attributes: Record<string, AttributeSpec>;
  /** Attributes without which the widget cannot render (e.g. `client-id`). */
  required?: readonly string[];
  /** Props the widget gets unless an attribute or property says otherwise. */
  defaults?: () => Record<string, unknown>;
  /** Props taken as element properties (objects, functions). */
  properties?: readonly string[];
  /** The widget's callbacks, each dispatching a DOM event. */
  events(emit: Emit, element: HTMLElement): Record<string, unknown>;
  /** CSS for this element's shadow root, after the widgets' own. */
  css?: string;
}

/** Anything that can give an element its configuration: the page's, or a `<vitrine-provider>`. */
export interface SettingsHost {
  readonly settings: Settings;
}

const isSettingsHost = (node: Element | null): node is Element & SettingsHost =>
  node !== null && 'settings' in node;

function parseAttribute(value: string | null, type: AttributeType): unknown {
  if (value === null) return undefined;
  switch (type) {
    case 'string':
      return value;
    case 'boolean':
      // Present means true, as HTML booleans do; "false" lets a default of true be turned off.
      return value !== 'false';
    case 'number': {
      const n = Number(value);
      return value.trim() === '' || Number.isNaN(n) ? undefined : n;
    }
    case 'interval': {
      if (value === 'false' || value === 'off') return false;
      const n = Number(value);
      return value.trim() === '' || Number.isNaN(n) ? undefined : n;
    }
    case 'list':
      return value.split(/[\s,]+/).filter(Boolean);
  }
}

/**
 * Properties set on an element before it was defined sit on the instance and hide the class's
 * setters: take them off and set them again through the setters.
 */
export function upgradeProperties(element: HTMLElement, names: readonly string[]): void {
  const record = element as unknown as Record<string, unknown>;
  for (const name of names) {
    if (Object.hasOwn(element, name)) {
      const value = record[name];
      delete record[name];
      record[name] = value;
    }
  }
}

/** Attributes every widget element reads besides its own. */
const commonAttributes = ['locale'];

/** Builds the custom element class for one React widget (only in a browser: it extends HTMLElement). */
export function widgetElement(spec: WidgetSpec): CustomElementConstructor {
  const observed = [...Object.keys(spec.attributes), ...commonAttributes];
  const propertyNames = ['appearance', 'messages', ...(spec.properties ?? [])];

  class VitrineWidgetElement extends HTMLElement {
    static observedAttributes = observed;

    private root: Root | null = null;
    private readonly mount: HTMLDivElement;
    private unsubscribe: (() => void) | null = null;
    private pending = false;
    /** Values of the element's properties (`appearance`, `defaultValues`…). */
    values: Record<string, unknown> = {};

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      adoptStyles(shadow, spec.css);
      this.mount = document.createElement('div');
      shadow.append(this.mount);
    }

    /** The layer of configuration this element follows: its `<vitrine-provider>`, else the page's. */
    get settings(): Settings {
      const provider = this.parentElement?.closest('vitrine-provider') ?? null;
      return isSettingsHost(provider) ? provider.settings : globalSettings;
    }

    connectedCallback() {
      upgradeProperties(this, propertyNames);
      this.unsubscribe?.();
      this.unsubscribe = this.settings.subscribe(() => this.schedule());
      this.root ??= createRoot(this.mount);
      this.render();
    }

    disconnectedCallback() {
      this.unsubscribe?.();
      this.unsubscribe = null;
      // A move (remove, then insert) reconnects in the same task: keep the widget's state then.
      queueMicrotask(() => {
        if (this.isConnected || !this.root) return;
        this.root.unmount();
        this.root = null;
      });
    }

    attributeChangedCallback() {
      this.schedule();
    }

    /** Several changes in one task render once. */
    schedule() {
      if (this.pending) return;
      this.pending = true;
      queueMicrotask(() => {
        this.pending = false;
        if (this.isConnected) this.render();
      });
    }

    private emit: Emit = (name, detail, options) => {
      const event = new CustomEvent(name, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options?.cancelable ?? false,
      });
      this.dispatchEvent(event);
      return event;
    };

    private render() {
      if (!this.root) return;
      const config: VitrineElementsConfig = this.settings.resolved();
      const connection = connectionFor(config);
      const missing = (spec.required ?? []).some((name) => !this.getAttribute(name));
      if (!connection || missing) {
        this.root.render(null);
        return;
      }
      const props: Record<string, unknown> = { ...spec.defaults?.() };
      for (const [name, { prop, type }] of Object.entries(spec.attributes)) {
        const value = parseAttribute(this.getAttribute(name), type);
        if (value !== undefined) props[prop] = value;
      }
      for (const name of spec.properties ?? []) {
        if (this.values[name] !== undefined) props[name] = this.values[name];
      }
      Object.assign(props, spec.events(this.emit, this));
      const Widget = spec.component;
      this.root.render(
        <VitrineProvider
          client={connection.client}
          queryClient={connection.queryClient}
          locale={this.getAttribute('locale') ?? config.locale}
          locales={languages.locales}
          loadLocale={languages.loadLocale}
          appearance={
            (this.values.appearance as VitrineElementsConfig['appearance']) ?? config.appearance
          }
          messages={(this.values.messages as VitrineElementsConfig['messages']) ?? config.messages}
        >
          <Widget {...props} />
        </VitrineProvider>,
      );
    }
  }

  for (const name of propertyNames) {
    Object.defineProperty(VitrineWidgetElement.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: VitrineWidgetElement) {
        return this.values[name];
      },
      set(this: VitrineWidgetElement, value: unknown) {
        this.values[name] = value;
        this.schedule();
      },
    });
  }

  return VitrineWidgetElement;
}
