import { widgetElement } from './element.js';
import { VitrineProviderElement } from './provider.js';
import { widgets } from './widgets.js';

/** Every tag this package defines. */
export const tagNames = ['vitrine-provider', ...widgets.map((w) => w.tag)] as const;

/**
 * Defines `<vitrine-provider>` and every widget element in `registry` (the page's by default).
 * Tags already defined are left alone, so a second copy of the script does no harm.
 */
export function defineVitrineElements(registry: CustomElementRegistry = customElements): void {
  // The provider first: elements inside it find it upgraded when they connect.
  if (!registry.get('vitrine-provider'))
    registry.define('vitrine-provider', VitrineProviderElement);
  for (const spec of widgets) {
    if (!registry.get(spec.tag)) registry.define(spec.tag, widgetElement(spec));
  }
}
