/**
 * The comparison key of a piece of text: case, accents, ligatures, curly apostrophes, runs of
 * whitespace and a trailing full stop do not matter, so "Prix peu clair." and " prix  PEU clair"
 * count as the same pain point.
 *
 * @example normalizeKey('  Prix peu CLAIR. ') // 'prix peu clair'
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s.…]+$/, '')
    .trim();
}
