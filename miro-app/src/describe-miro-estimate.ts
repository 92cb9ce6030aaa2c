import type { MiroEstimate } from './estimate-miro-placement.js';
import { fitMiroNotification } from './fit-miro-notification.js';

/**
 * One sentence for the board notification shown as placement starts, in the panel's language and
 * within Miro's 80 characters whatever the numbers: items, credits and about how long; without the
 * credits if that is too long, or a plain "placing the map" pointing to the panel, where the full
 * cost already is (`describeMiroCost`).
 *
 * @example describeMiroEstimate({ items: 1052, calls: 3100, writes: 3099, credits: 155000, seconds: 35 }, 'en')
 *          // 'Placing 1,052 items: 155,000 credits, about 35 s.'
 */
export function describeMiroEstimate(estimate: MiroEstimate, locale: 'fr' | 'en'): string {
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
  const duration = describeSeconds(estimate.seconds);
  const count = number.format(estimate.items);
  const credits = number.format(estimate.credits);
  if (estimate.writes === 0) {
    return locale === 'fr' ? 'La carte est à jour : rien à modifier.' : 'The map is up to date: nothing to change.';
  }
  if (locale === 'fr') {
    const items = `${count} ${estimate.items === 1 ? 'élément' : 'éléments'}`;
    return fitMiroNotification([
      `Placement de ${items} : ${credits} crédits, environ ${duration}.`,
      `Placement de ${items}, environ ${duration}.`,
      'Placement de la carte : le détail est dans le panneau.',
    ]);
  }
  const items = `${count} ${estimate.items === 1 ? 'item' : 'items'}`;
  return fitMiroNotification([
    `Placing ${items}: ${credits} credits, about ${duration}.`,
    `Placing ${items}, about ${duration}.`,
    'Placing the map: the detail is in the panel.',
  ]);
}

/**
 * A placement's duration as the panel words it: seconds (at least 1) under a minute and a half,
 * minutes under an hour and a half, else hours.
 *
 * @example describeSeconds(35) // '35 s'
 * @example describeSeconds(7_200) // '2 h'
 */
export function describeSeconds(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.ceil(seconds))} s`;
  if (seconds < 5_400) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3_600)} h`;
}
