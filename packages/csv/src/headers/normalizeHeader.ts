const accents = /[\u0300-\u036f]/g;
const camelCase = /(\p{Ll})(\p{Lu})/gu;
const letterDigit = /(\p{L})(\p{N})|(\p{N})(\p{L})/gu;
const separators = /[^\p{L}\p{N}]+/gu;

/**
 * The comparable form of a header: accents dropped, camelCase and letter/digit runs split, lower
 * case, punctuation collapsed to single spaces. `Código do Produto`, `codigo_do_produto` and
 * `CodigoDoProduto` all become `codigo do produto`; `Option1 Name` becomes `option 1 name`.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(accents, '')
    .replace(camelCase, '$1 $2')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(letterDigit, (_, l1, d1, d2, l2) => (l1 ? `${l1} ${d1}` : `${d2} ${l2}`))
    .replace(separators, ' ')
    .trim();
}
