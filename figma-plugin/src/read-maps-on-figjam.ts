import { boardMapsFrom, type BoardMap } from '../../ui/state/board-maps.js';
import type { FigJamApi } from './figjam-api.js';
import { decodePlacedData, PLACED_DATA_KEY } from './figjam-placed-data.js';

/**
 * The Parcours maps on the current FigJam page: the sections carrying our plugin data for a map's
 * frame, titled with the name the section shows now. Writes nothing.
 *
 * @example readMapsOnFigJam(figma) // [{ journeyId: 'journey-1x…', title: 'Entretiens' }]
 */
export function readMapsOnFigJam(figma: Pick<FigJamApi, 'currentPage'>): BoardMap[] {
  const sections = figma.currentPage.findAllWithCriteria({ types: ['SECTION'], pluginData: { keys: [PLACED_DATA_KEY] } });
  return boardMapsFrom(
    sections.flatMap((node) => {
      if (node.removed || node.type !== 'SECTION') return [];
      const data = decodePlacedData(node.getPluginData(PLACED_DATA_KEY));
      return data === null ? [] : [{ journeyId: data.j, key: data.k, text: node.name }];
    }),
  );
}
