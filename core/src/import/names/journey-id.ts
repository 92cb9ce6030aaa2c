import { stableId } from '../../model/stable-id.js';
import { normalizeKey } from './normalize-key.js';

/**
 * A journey's id, from what identifies the study rather than from the file that carried it: the
 * title when one is stated (typed, a title row, a Mermaid `title`), else the set of its stage names.
 * Case, accents, spacing and stage order do not matter, so the next wave of a study, exported under
 * another file name, finds the map the first wave placed.
 *
 * @example journeyIdOf('Ouverture de compte', []) === journeyIdOf('  ouverture de COMPTE ', ['x']) // true
 * @example journeyIdOf(undefined, ['Découverte', 'Achat']) === journeyIdOf('', ['achat', 'decouverte']) // true
 */
export function journeyIdOf(title: string | undefined, stageNames: readonly string[]): string {
  const key = normalizeKey(title ?? '');
  if (key !== '') return stableId('journey', key);
  const stages = [...new Set(stageNames.map(normalizeKey).filter((name) => name !== ''))].sort();
  return stableId('journey', 'stages', ...stages);
}
