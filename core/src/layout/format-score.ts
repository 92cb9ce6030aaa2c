import type { Journey } from '../model/journey.js';

/**
 * A score as people read it: signed, one decimal, a true minus sign, a decimal comma in French.
 *
 * @example formatScore(-1.24, 'fr') // '−1,2'
 */
export function formatScore(score: number, locale: Journey['locale']): string {
  const rounded = Math.round(score * 10) / 10;
  const body = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return sign + (locale === 'fr' ? body.replace('.', ',') : body);
}
