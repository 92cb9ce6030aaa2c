import type { Journey, Rating } from '../model/journey.js';

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

/**
 * A survey mean on the file's own scale, as researchers quote it: one decimal (a comma in French)
 * over the top of a scale starting at 0 or 1 (`3,7 / 5`), else with the scale's ends (`−1,2 (−3…+3)`).
 *
 * @example formatRating({ mean: 3.66, from: 1, to: 5 }, 'fr') // '3,7 / 5'
 */
export function formatRating(rating: Rating, locale: Journey['locale']): string {
  const number = (value: number) => {
    const body = (Math.round(Math.abs(value) * 10) / 10).toFixed(1).replace(/\.0$/, '');
    return (value < 0 && body !== '0' ? '−' : '') + (locale === 'fr' ? body.replace('.', ',') : body);
  };
  if (rating.from >= 0) return `${number(rating.mean)} / ${number(rating.to)}`;
  return `${number(rating.mean)} (${number(rating.from)}…+${number(rating.to)})`;
}

/**
 * A survey's figures beside the canonical score, in the journey's language: the mean on the file's
 * scale and the share of low ratings (`3,7 / 5 · 28 % de notes basses`); `undefined` when the data
 * has neither (interviews, a wide CSV).
 *
 * @example surveyFigures({ rating: { mean: 3.7, from: 1, to: 5 }, lowShare: 0.28 }, 'fr', layoutLabels('fr'))
 */
export function surveyFigures(
  figures: { rating?: Rating | undefined; lowShare?: number | undefined },
  locale: Journey['locale'],
  labels: { lowShare: (percent: number) => string },
): string | undefined {
  const parts: string[] = [];
  if (figures.rating !== undefined) parts.push(formatRating(figures.rating, locale));
  if (figures.lowShare !== undefined) parts.push(labels.lowShare(Math.round(figures.lowShare * 100)));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
