import { journeyIdOf, type Journey } from '../../core/src/index.js';
import type { BoardMap } from './board-maps.js';
import { preselectedTarget, targetJourneyId, type MapTarget } from './map-target.js';
import { orderedStages } from './stage-order.js';

/** What the user decided about a journey before placing it: its title, its stage order, where it goes. */
export interface BoardChoices {
  /** The title typed in the file flow; absent or blank: the file's own. */
  title?: string | undefined;
  /** Stage ids in the user's order (`orderedStages`); empty: the file's. */
  stageOrder: readonly string[];
  /** The map chosen on the board; `null`: the preselected one (`preselectedTarget`). */
  target: MapTarget | null;
  /** The Parcours maps on the board. */
  maps: readonly BoardMap[];
}

/**
 * The journey as it will be placed: the title typed wins (and names the journey, `journeyIdOf`,
 * as a stated title does on import), stages in the user's order, and the id of the map it goes to,
 * chosen or preselected. Also returns the target in force, for the choice shown to the user.
 *
 * @example journeyForBoard(journey, { title: 'Entretiens', stageOrder: [], target: null, maps: [] }).journey.id === journeyIdOf('Entretiens', [])
 */
export function journeyForBoard(journey: Journey, choices: BoardChoices): { journey: Journey; target: MapTarget } {
  const title = choices.title?.trim() ?? '';
  const stages = choices.stageOrder.length === 0 ? journey.stages : orderedStages(journey.stages, choices.stageOrder);
  const named = title === '' || title === journey.title ? journey : { ...journey, title, id: journeyIdOf(title, []) };
  // A map chosen earlier and since removed from the board is no choice any more.
  const chosen = choices.target;
  const stillThere = chosen?.kind !== 'update' || choices.maps.some((map) => map.journeyId === chosen.journeyId);
  const target = (stillThere ? chosen : null) ?? preselectedTarget(choices.maps, named);
  const id = targetJourneyId(target, named.id, choices.maps);
  const changed = named !== journey || stages !== journey.stages || id !== named.id;
  return { journey: changed ? { ...named, stages: [...stages], id } : journey, target };
}
