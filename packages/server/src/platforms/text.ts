/** Text the owner typed, made safe for platforms that take product descriptions as HTML. */

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Plain text as HTML paragraphs: blank lines part paragraphs, single line breaks stay `<br>`. */
export function paragraphsHtml(text: string | null): string {
  if (!text?.trim()) return '';
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
