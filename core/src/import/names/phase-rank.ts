import { normalizeKey } from './normalize-key.js';

/**
 * The classic phases of a customer journey in their order (PRODUCT.md §1), with their French
 * names, keyed by `normalizeKey` so case and accents do not matter.
 */
const PHASES: readonly (readonly string[])[] = [
  ['awareness', 'sensibilisation', 'notoriete', 'decouverte'],
  ['consideration', 'evaluation', 'reflexion'],
  ['purchase', 'decision', 'conversion', 'acquisition', 'achat'],
  ['retention', 'loyalty', 'fidelisation', 'usage', 'utilisation'],
  ['advocacy', 'recommandation', 'plaidoyer', 'ambassadeur'],
];

const RANKS = new Map(PHASES.flatMap((names, rank) => names.map((name) => [name, rank] as const)));

/**
 * Where a phase comes in the classic journey (0 awareness … 4 advocacy), or `undefined` for a free label.
 *
 * @example phaseRank('Fidélisation') // 3
 */
export function phaseRank(phase: string | undefined): number | undefined {
  return phase === undefined ? undefined : RANKS.get(normalizeKey(phase));
}
