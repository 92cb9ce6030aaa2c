import type { MiroEstimate } from './estimate-miro-placement.js';

/**
 * One sentence for the user before placement starts, in the panel's language.
 *
 * @example describeMiroEstimate({ items: 1052, calls: 3100, writes: 3099, credits: 155000, seconds: 35 }, 'en')
 *          // 'Placing 1,052 items: 3,100 calls, 155,000 credits, about 35 s.'
 */
export function describeMiroEstimate(estimate: MiroEstimate, locale: 'fr' | 'en'): string {
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
  const duration = describeSeconds(estimate.seconds);
  if (estimate.writes === 0) {
    return locale === 'fr' ? 'La carte est à jour : rien à modifier.' : 'The map is up to date: nothing to change.';
  }
  return locale === 'fr'
    ? `Placement de ${number.format(estimate.items)} éléments : ${number.format(estimate.calls)} appels, ${number.format(estimate.credits)} crédits, environ ${duration}.`
    : `Placing ${number.format(estimate.items)} items: ${number.format(estimate.calls)} calls, ${number.format(estimate.credits)} credits, about ${duration}.`;
}

/**
 * A placement's duration as the panel words it: seconds (at least 1) under a minute and a half, else minutes.
 *
 * @example describeSeconds(35) // '35 s'
 */
export function describeSeconds(seconds: number): string {
  return seconds < 90 ? `${Math.max(1, seconds)} s` : `${Math.round(seconds / 60)} min`;
}
