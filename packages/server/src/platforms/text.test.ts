import { describe, expect, it } from 'vitest';
import { paragraphsHtml } from './text.js';

describe('paragraphsHtml', () => {
  it('makes paragraphs of plain text, escaping what HTML would read as markup', () => {
    expect(paragraphsHtml('Harbour at dusk\nA3 poster\n\n<b>Matt</b> & "200gsm"')).toBe(
      '<p>Harbour at dusk<br>A3 poster</p><p>&lt;b&gt;Matt&lt;/b&gt; &amp; &quot;200gsm&quot;</p>',
    );
    expect(paragraphsHtml('  \n ')).toBe('');
    expect(paragraphsHtml(null)).toBe('');
  });
});
