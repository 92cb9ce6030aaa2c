import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Journey, Stage } from '../core/src/index.js';
import type { PanelHost } from './panel-host.js';
import type { BoardMap } from './state/board-maps.js';
import { journeyForBoard } from './state/journey-for-board.js';
import type { MapTarget } from './state/map-target.js';
import { TITLES_MAX, type PanelDraft } from './state/panel-draft.js';
import { movedStageOrder, withoutStages } from './state/stage-order.js';

const NO_ORDER: readonly string[] = [];

/** The journey as it will go on the board, and the controls that shape it. */
export interface BoardChoice {
  /** The journey to lay out and place: typed title, stage order and target map applied. */
  journey: Journey | null;
  /** The Parcours maps on the board (empty when the host cannot list them). */
  maps: BoardMap[];
  /** The map the placement goes to, chosen or preselected. */
  target: MapTarget | null;
  choose(target: MapTarget): void;
  /** The file flow's title field: what the user typed for this file's study, else the file's title. */
  title: string;
  setTitle(text: string): void;
  /** The stages in the order they will be placed. */
  stages: readonly Stage[];
  /** True when the user's order differs from the file's. */
  reordered: boolean;
  moveStage(index: number, step: -1 | 1): void;
  resetStages(): void;
}

/**
 * The next wave of a study, in the panel: lists the board's maps (`host.listMaps`, again after each
 * placement and for each new file), preselects the map to update, applies the title typed (kept in
 * the draft by the id the file's import gave, so the next wave gets it back; untyped, the field shows
 * the title of the map being updated, else the file's) and the stage order
 * (kept in the draft by stage id). `source` tells one opened file from the next: a new one drops
 * the map chosen by hand.
 *
 * @example const board = useBoardChoice(host, built.journey, draft, update, draft?.source === 'file' ? imported?.bytes : 'template', flow)
 */
export function useBoardChoice(
  host: PanelHost,
  built: Journey | null,
  draft: PanelDraft | null,
  update: (change: Partial<PanelDraft>) => void,
  source: unknown,
  /** A new value (not null) each time a placement is done: the board's maps are read again. */
  refresh: unknown,
): BoardChoice {
  const [maps, setMaps] = useState<BoardMap[]>([]);
  const [chosen, setChosen] = useState<{ source: unknown; target: MapTarget } | null>(null);
  // Each new `refresh` (a placement done) reads the board again; going back to null does not:
  // on Miro every read costs credits.
  const refreshes = useRef<{ last: unknown; count: number }>({ last: null, count: 0 });
  if (refresh !== null && refresh !== refreshes.current.last) refreshes.current = { last: refresh, count: refreshes.current.count + 1 };
  const placements = refreshes.current.count;

  useEffect(() => {
    if (!host.listMaps) return undefined;
    let live = true;
    // A board that cannot be read is a board without maps to offer: placing still works.
    host.listMaps().then(
      (found) => live && setMaps(found),
      () => live && setMaps([]),
    );
    return () => {
      live = false;
    };
  }, [host, source, placements]);

  const fromFile = draft?.source === 'file';
  const typed = fromFile && built ? draft?.titles?.[built.id] : undefined;
  const stageOrder = (fromFile ? draft?.stageOrder : undefined) ?? NO_ORDER;
  const target = chosen !== null && chosen.source === source ? chosen.target : null;
  const placed = useMemo(
    () => (built ? journeyForBoard(built, { title: typed, stageOrder, target, maps }) : null),
    [built, typed, stageOrder, target, maps],
  );

  return {
    journey: placed?.journey ?? null,
    maps,
    target: placed?.target ?? null,
    choose: (next) => setChosen({ source, target: next }),
    title: typed ?? placed?.journey.title ?? '',
    setTitle: (text) => {
      if (!built) return;
      const { [built.id]: _previous, ...others } = draft?.titles ?? {};
      update({ titles: Object.fromEntries([...Object.entries(others).slice(-(TITLES_MAX - 1)), [built.id, text]]) });
    },
    stages: placed?.journey.stages ?? [],
    reordered: placed !== null && built !== null && placed.journey.stages.some((stage, index) => stage.id !== built.stages[index]?.id),
    moveStage: (index, step) => {
      if (!placed) return;
      update({ stageOrder: movedStageOrder(placed.journey.stages.map((stage) => stage.id), index, step, stageOrder) });
    },
    resetStages: () => {
      if (built) update({ stageOrder: withoutStages(stageOrder, built.stages.map((stage) => stage.id)) });
    },
  };
}
