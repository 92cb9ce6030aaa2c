import type { Lane, LaneKind } from '../../model/journey.js';
import { LANE_KIND_OF_ROLE } from '../columns/column-role.js';
import type { Column } from '../columns/column.js';
import type { FormatContext } from '../format-context.js';
import { fitName } from '../names/fit-name.js';
import { LANE_TITLES } from '../names/lane-titles.js';
import { normalizeKey } from '../names/normalize-key.js';

/** A lane of interview data and the columns that feed it (several "Pain point" columns feed one lane). */
export interface InterviewLane {
  lane: Lane;
  columns: Column[];
}

/**
 * Lanes fed by text columns, one per kind, in the order their first column appears; their columns
 * are marked as used.
 *
 * @example interviewLanes(context).map((entry) => entry.lane.title) // ['Actions', 'Pain points']
 */
export function interviewLanes(context: FormatContext): InterviewLane[] {
  const lanes = new Map<LaneKind, InterviewLane>();
  for (const column of context.columns) {
    if (column.role === null || column.role === 'emotion' || column.role === 'thought') continue;
    const kind = LANE_KIND_OF_ROLE[column.role];
    if (kind === undefined) continue;
    column.used = true;
    let lane = lanes.get(kind);
    if (lane === undefined) {
      lane = { lane: interviewLane(context, kind, kind === 'custom' ? column.title : undefined), columns: [] };
      lanes.set(kind, lane);
    }
    lane.columns.push(column);
  }
  return [...lanes.values()];
}

/** Text lanes, the thoughts lane and the emotions lane in the order of their first column. */
export function orderedLanes(lanes: InterviewLane[], emotion: Column | undefined, thoughts: readonly Column[]): (InterviewLane | 'emotions' | 'thoughts')[] {
  const entries: { at: number; entry: InterviewLane | 'emotions' | 'thoughts' }[] = lanes.map((lane) => ({ at: lane.columns[0]?.index ?? 0, entry: lane }));
  if (emotion !== undefined) entries.push({ at: emotion.index, entry: 'emotions' });
  if (thoughts[0] !== undefined) entries.push({ at: thoughts[0].index, entry: 'thoughts' });
  return entries.sort((a, b) => a.at - b.at).map((item) => item.entry);
}

/** A lane of `kind`, titled `title` or with the kind's title in the journey's language. */
export function interviewLane(context: FormatContext, kind: LaneKind, title?: string): Lane {
  const laneTitle = fitName(title ?? LANE_TITLES[context.locale][kind], 500).text;
  return { id: context.ids.take('lane', kind, normalizeKey(laneTitle)), kind, title: laneTitle };
}
