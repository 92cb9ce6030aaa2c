import type { Said, Wording } from './wording.js';

/**
 * English wording without `Intl`, for the `message` core puts beside each code: it runs wherever
 * core runs, FigJam's main thread included, where `Intl` is not guaranteed (PRODUCT.md §11).
 * Numbers read as `toLocaleString('en')` writes them (`12,000`, at most three decimals).
 *
 * @example plainEnglish.count(12000, 'row', 'rows') // '12,000 rows'
 */
export const plainEnglish: Wording = {
  lang: 'en',
  n: plainNumber,
  count: (value, one, other) => `${plainNumber(value)} ${value === 1 ? one : other}`,
  plural: (value, one, other) => (value === 1 ? one : other),
  q: (text) => `"${text}"`,
  list: (items) => items.join(', '),
  say: (said: Said) => said.message,
};

function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1000) / 1000;
  const [whole = '', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
