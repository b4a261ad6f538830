import { globalSettings, Settings, type VitrineElementsConfig } from './config.js';
import { upgradeProperties } from './element.js';

// Importing this module on a server (no DOM) must not throw; defining the element needs a browser.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

const attributes: Record<string, keyof VitrineElementsConfig> = {
  'base-url': 'baseUrl',
  'session-url': 'sessionUrl',
  locale: 'locale',
};

/**
 * `<vitrine-provider base-url session-url locale>`: configures the Vitrine elements inside it.
 * Objects and functions are properties: `appearance`, `messages`, `getSessionToken`,
 * `sessionToken`. What it leaves unset comes from `configure()`. It draws no box of its own.
 */
export class VitrineProviderElement extends Base {
  static observedAttributes = Object.keys(attributes);

  readonly settings = new Settings(globalSettings);

  constructor() {
    super();
    // Layout belongs to the children: the provider itself draws no box.
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style>:host { display: contents; }</style><slot></slot>';
  }

  connectedCallback() {
    upgradeProperties(this, ['appearance', 'messages', 'getSessionToken', 'sessionToken']);
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    const key = attributes[name];
    if (key) this.settings.set({ [key]: value ?? undefined });
  }

  get appearance() {
    return this.settings.get('appearance');
  }
  set appearance(value: VitrineElementsConfig['appearance']) {
    this.settings.set({ appearance: value });
  }

  get messages() {
    return this.settings.get('messages');
  }
  set messages(value: VitrineElementsConfig['messages']) {
    this.settings.set({ messages: value });
  }

  get getSessionToken() {
    return this.settings.get('getSessionToken');
  }
  set getSessionToken(value: VitrineElementsConfig['getSessionToken']) {
    this.settings.set({ getSessionToken: value });
  }

  get sessionToken() {
    return this.settings.get('sessionToken');
  }
  set sessionToken(value: VitrineElementsConfig['sessionToken']) {
    this.settings.set({ sessionToken: value });
  }
}
