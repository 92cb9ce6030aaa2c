/** Separators between a stage and a touchpoint in a survey header, spaces required around them. */
const SEPARATOR = / (?:\/|>|»|:|-|–|—) /;

/**
 * Splits a survey header `Stage / Touchpoint` into its stage and touchpoint; a header without a
 * prefix is its own stage. `Departure/Arrival time` (no spaces) is no prefix.
 *
 * @example splitStagePrefix('Réservation / Site web') // { stage: 'Réservation', touchpoint: 'Site web' }
 * @example splitStagePrefix('Accueil en gare') // { stage: 'Accueil en gare', touchpoint: 'Accueil en gare' }
 */
export function splitStagePrefix(header: string): { stage: string; touchpoint: string } {
  const match = SEPARATOR.exec(header);
  if (match === null) return { stage: header.trim(), touchpoint: header.trim() };
  const stage = header.slice(0, match.index).trim();
  const touchpoint = header.slice(match.index + match[0].length).trim();
  return stage === '' || touchpoint === '' ? { stage: header.trim(), touchpoint: header.trim() } : { stage, touchpoint };
}
