import { describeSeconds } from './describe-miro-estimate.js';
import type { MiroEstimate } from './estimate-miro-placement.js';

/**
 * The cost of a placement in a few words for the panel's plan, before the user applies it: the
 * items to create, Miro credits and about how long. An update that creates nothing leaves the
 * items out; a plan that writes nothing gives `undefined` (the plan already says it is up to date).
 *
 * @example describeMiroCost({ items: 181, calls: 544, writes: 543, credits: 27200, seconds: 7 }, 'en')
 *          // 'On Miro: 181 items to create, 27,200 credits, about 7 s.'
 */
export function describeMiroCost(estimate: MiroEstimate, locale: 'fr' | 'en'): string | undefined {
  if (estimate.writes === 0) return undefined;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
  const duration = describeSeconds(estimate.seconds);
  const credits = number.format(estimate.credits);
  if (locale === 'fr') {
    const items = estimate.items > 0 ? `${number.format(estimate.items)} ${estimate.items === 1 ? 'élément' : 'éléments'} à créer, ` : '';
    return `Sur Miro : ${items}${credits} crédits, environ ${duration}.`;
  }
  const items = estimate.items > 0 ? `${number.format(estimate.items)} ${estimate.items === 1 ? 'item' : 'items'} to create, ` : '';
  return `On Miro: ${items}${credits} credits, about ${duration}.`;
}
