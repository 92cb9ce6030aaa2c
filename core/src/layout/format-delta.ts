import type { Journey } from '../model/journey.js';

/**
 * A change of emotion as a badge reads it: signed, one decimal always, a true minus sign, a decimal
 * comma in French, and an arrow (▲ up, ▼ down, = for a change that rounds to nothing).
 *
 * @example formatDelta(1, 'fr') // '+1,0 ▲'
 */
export function formatDelta(delta: number, locale: Journey['locale']): string {
  const rounded = Math.round(delta * 10) / 10;
  const body = Math.abs(rounded).toFixed(1);
  const number = locale === 'fr' ? body.replace('.', ',') : body;
  if (rounded > 0) return `+${number} ▲`;
  if (rounded < 0) return `−${number} ▼`;
  return `${number} =`;
}
