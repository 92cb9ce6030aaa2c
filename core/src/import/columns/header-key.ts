import { normalizeKey } from '../names/normalize-key.js';

/**
 * The key a header is recognised by: accents, case, punctuation, `snake_case`/`camelCase`,
 * bracketed notes and plurals do not matter.
 *
 * @example headerKey('Points de contact (canaux)') // 'point de contact'
 * @example headerKey('painPoints') // 'pain point'
 */
export function headerKey(header: string): string {
  const plain = normalizeKey(header.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9%#]+/g, ' ')
    .trim();
  return plain === '' ? '' : plain.split(' ').map(singular).join(' ');
}

/** Rough singular of an English or French word, applied to both sides of every comparison. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  // "Opportunities", "Activities": English -ies plurals.
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
