/**
 * Every widget's own stylesheet from source, new widgets included. Imported after vitrine.css:
 * widget rules refine the shared parts, as in `@vitrine/react/styles.css`.
 */
import.meta.glob('../../../packages/react/src/widgets/*/*.css', { eager: true });
