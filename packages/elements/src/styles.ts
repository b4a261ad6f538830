import css from '@vitrine/react/styles.css';

// `:host` rules: the element is a box of its own; `hidden` still hides it.
const hostCss = `
:host { display: block; }
:host([hidden]) { display: none; }
`;

let shared: CSSStyleSheet | null = null;

/**
 * Puts the widgets' CSS into a shadow root. One constructed sheet is shared by every element;
 * where constructed sheets are missing, each root gets a `<style>` of its own.
 */
export function adoptStyles(root: ShadowRoot, extra = ''): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    try {
      if (!shared) {
        shared = new CSSStyleSheet();
        shared.replaceSync(css + hostCss);
      }
      const sheets: CSSStyleSheet[] = [shared];
      if (extra) {
        const own = new CSSStyleSheet();
        own.replaceSync(extra);
        sheets.push(own);
      }
      root.adoptedStyleSheets = sheets;
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = document.createElement('style');
  style.textContent = css + hostCss + extra;
  root.append(style);
}
