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
 * The journey as it will be placed: stages in the user's order, the id of the map it goes to
 * (chosen, else preselected for the title typed or the file's), and its title: the one typed wins
 * (and names the journey, `journeyIdOf`, as a stated title does on import); untyped, a map being
 * updated keeps its title, a new map takes the file's. Also returns the target in force, for the
 * choice shown to the user.
 *
 * @example journeyForBoard(journey, { title: 'Entretiens', stageOrder: [], target: null, maps: [] }).journey.id === journeyIdOf('Entretiens', [])
 */
export function journeyForBoard(journey: Journey, choices: BoardChoices): { journey: Journey; target: MapTarget } {
  const title = choices.title?.trim() ?? '';
  const stages = choices.stageOrder.length === 0 ? journey.stages : orderedStages(journey.stages, choices.stageOrder);
  const named = title === '' ? journey : { ...journey, title, id: journeyIdOf(title, []) };
  // A map chosen earlier and since removed from the board is no choice any more.
  const chosen = choices.target;
  const stillThere = chosen?.kind !== 'update' || choices.maps.some((map) => map.journeyId === chosen.journeyId);
  const target = (stillThere ? chosen : null) ?? preselectedTarget(choices.maps, named === journey ? [journey] : [named, journey]);
  const id = targetJourneyId(target, named.id, choices.maps);
  const updated = target.kind === 'update' ? choices.maps.find((map) => map.journeyId === target.journeyId)?.title.trim() : undefined;
  const shown = title !== '' ? title : updated || journey.title;
  const changed = shown !== journey.title || stages !== journey.stages || id !== journey.id;
  return { journey: changed ? { ...journey, title: shown, stages: [...stages], id } : journey, target };
}
