import type { Card, Emotion, Lane, LaneKind, Persona, Stage } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import { LANE_KIND_OF_ROLE } from '../columns/column-role.js';
import type { Column } from '../columns/column.js';
import { firstColumn } from '../columns/first-column.js';
import { detectScale, scaleLabel } from '../emotion/detect-scale.js';
import { emotionProblem } from '../emotion/emotion-problem.js';
import { EmotionStats } from '../emotion/emotion-stats.js';
import { normalizeScore } from '../emotion/normalize-score.js';
import { roundScore } from '../emotion/round-score.js';
import { scaleGiven } from '../emotion/scale-given.js';
import type { FormatContext, FormatOutcome } from '../format-context.js';
import { fitName } from '../names/fit-name.js';
import { inferChannel } from '../names/infer-channel.js';
import { LANE_TITLES } from '../names/lane-titles.js';
import { normalizeKey } from '../names/normalize-key.js';
import { tooLong } from '../text-limit.js';
import { IntList } from './int-list.js';
import type { TalliedText } from './lane-tally.js';
import { opportunityPriority } from './opportunity-priority.js';
import { readInterviewRows, type RowFacts } from './read-interview-rows.js';
import { QuoteCells, TopQuotes } from './top-quotes.js';

/** A lane of interview data and the columns that feed it (several "Pain point" columns feed one lane). */
interface InterviewLane {
  lane: Lane;
  columns: Column[];
}

const DEFAULT_QUOTES = 3;

/**
 * Imports interview data (one row per observation) and aggregates it per stage, and per persona
 * when there is a persona column: the mean emotion with n/min/max; actions, touchpoints, pain points,
 * questions and opportunities de-duplicated (case, accents, spaces ignored, most common spelling
 * kept) with how many participants said each; the most telling quotes (most extreme emotion first,
 * `maxQuotesPerCell` per cell); touchpoint channels from the channel column or the text; and
 * opportunities ranked by `count × negativity of the stage's emotion`. Stages come in order of first
 * appearance; sources are participant ids (or `row N` without a participant column).
 *
 * One pass reads the rows into typed arrays and per-lane tallies (`readInterviewRows`,
 * `LaneTally`); then the scale is chosen and emotions normalised once per distinct value.
 *
 * @example importInterviewCsv(context) // stages Discover, Plan…; pain point "Too many apps" ×7; emotion Discover −0.5 (n 14)
 */
export function importInterviewCsv(context: FormatContext): FormatOutcome {
  const { table, columns, warnings, ids, options } = context;
  const stageColumn = firstColumn(columns, 'stage');
  if (stageColumn === undefined) return { ok: false, problems: [{ message: 'no stage column: name one "Stage" or "Étape"' }] };
  const participantColumn = firstColumn(columns, 'participant');
  const personaColumn = firstColumn(columns, 'persona');
  const emotionColumn = firstColumn(columns, 'emotion');
  const thoughtColumns = columns.filter((column) => column.role === 'thought');
  for (const column of thoughtColumns) column.used = true;
  const lanes = interviewLanes(context);
  const pass = readInterviewRows(
    table,
    {
      stage: stageColumn,
      participant: participantColumn,
      persona: personaColumn,
      phase: firstColumn(columns, 'phase'),
      channel: firstColumn(columns, 'channel'),
      emotion: emotionColumn,
      lanes: lanes.map((lane) => lane.columns),
      thoughts: thoughtColumns,
    },
    warnings,
  );
  if (!pass.ok) return { ok: false, problems: [pass.problem] };
  const read = pass.read;
  const { facts } = read;
  if (read.stages.size === 0) {
    return { ok: false, problems: [{ row: table.locate(0, stageColumn.index).row - 1, column: stageColumn.header, message: 'no stage: every row leaves the stage column empty' }] };
  }

  const detected = detectScale(read.scale, scaleGiven(options, emotionColumn));
  if (detected.warning !== undefined) warnings.add('scale', { column: emotionColumn?.header ?? '', message: detected.warning });
  if (emotionColumn !== undefined) context.notes.push(`emotion scale ${scaleLabel(detected.scale)}: ${detected.reason}`);
  // Normalised once per distinct emotion value; NaN marks a value left out (and said why, unless
  // the cell was a placeholder such as "n/a").
  const normalized = Float64Array.from(read.readings, (reading) => normalizeScore(reading, detected.scale) ?? Number.NaN);
  const flagged = read.readings.map((reading, id) => reading.kind !== 'empty' && Number.isNaN(normalized[id] ?? Number.NaN));
  const personaCount = Math.max(1, read.personas.size);
  const { byStage, byStagePersona, leftOut } = emotionsByStage(facts, normalized, read.stages.size, personaCount);
  for (let at = 0; at < leftOut.length; at++) {
    const rowIndex = leftOut.get(at);
    const id = facts.reading[rowIndex] ?? -1;
    const reading = read.readings[id];
    if (flagged[id] === true && reading !== undefined) {
      warnings.add('emotions left out', { ...table.locate(rowIndex, emotionColumn?.index ?? 0), message: emotionProblem(reading, detected.scale) });
    }
  }

  const phaseNames = read.phases.names();
  const stageList: Stage[] = read.stages.names().map((name, index) => {
    const stage: Stage = { id: ids.take('stage', read.stages.keys[index] ?? name, 0), name: fitName(name, 500).text };
    const phase = mostVoted(read.phaseVotes[index], phaseNames);
    if (phase !== undefined) stage.phase = fitName(phase, 200).text;
    return stage;
  });
  const personaList: Persona[] = read.personas.names().map((name, index) => ({
    id: ids.take('persona', read.personas.keys[index] ?? name),
    name: fitName(name, 500).text,
    goals: [],
    motivations: [],
    frustrations: [],
  }));
  const participantNames = read.participants.names().map((name) => fitName(name, 500).text);
  const sourceName = (source: number) => (source >= 0 ? (participantNames[source] ?? '') : `row ${table.locate(-source - 1, 0).row}`);

  const cards: Card[] = [];
  const laneList: Lane[] = [];
  const thoughtLane: Lane | undefined = thoughtColumns.length === 0 ? undefined : makeLane(context, 'thoughts');
  const quoteCells = new QuoteCells(table.rows, read.quotes, LIMITS.textLength);
  for (const entry of orderedLanes(lanes, emotionColumn, thoughtColumns)) {
    if (entry === 'emotions') {
      laneList.push(makeLane(context, 'emotions'));
      continue;
    }
    if (entry === 'thoughts') {
      if (thoughtLane === undefined) continue;
      laneList.push(thoughtLane);
      const limit = Math.max(0, Math.floor(options.maxQuotesPerCell ?? DEFAULT_QUOTES));
      const quotesByStage = stageList.map(() => new TopQuotes(limit, quoteCells));
      offerQuotes(read.quotes, facts, normalized, quotesByStage);
      stageList.forEach((stage, index) => {
        const quotes = quotesByStage[index] ?? new TopQuotes(0, quoteCells);
        for (const quote of quotes.keptQuotes()) {
          const card: Card = {
            id: ids.take('card', stage.id, thoughtLane.id, quote.key),
            stageId: stage.id,
            laneId: thoughtLane.id,
            text: quote.text,
            count: quote.sources.length,
            sources: quote.sources.map(sourceName),
          };
          if (quote.score !== undefined) card.score = roundScore(quote.score);
          const persona = personaList[quote.persona];
          if (persona !== undefined) card.personaId = persona.id;
          cards.push(card);
        }
      });
      continue;
    }
    laneList.push(entry.lane);
    const merged = read.tallies[lanes.indexOf(entry)]?.cards(stageList.length) ?? [];
    stageList.forEach((stage, index) => {
      const tallied = merged[index] ?? [];
      const ranked = entry.lane.kind === 'opportunities' ? rankOpportunities(tallied, byStage[index]?.mean) : tallied;
      if (ranked.length > LIMITS.cardsPerCell) {
        warnings.add('full cells', {
          message: `stage "${stage.name}", lane "${entry.lane.title}": ${ranked.length} different texts; the ${LIMITS.cardsPerCell} said most often are kept`,
        });
      }
      for (const text of ranked.slice(0, LIMITS.cardsPerCell)) {
        cards.push(tallyCard(stage, entry.lane, text, byStage[index]?.mean, { ids, sourceName, personaList }));
      }
    });
  }

  if (quoteCells.overLong !== -1) {
    const row = read.quotes.get(quoteCells.overLong);
    const column = read.quotes.get(quoteCells.overLong + 1);
    return { ok: false, problems: [tooLong(table.locate(row, column), table.rows[row]?.[column]?.length ?? 0)] };
  }

  const emotions: Emotion[] = [];
  stageList.forEach((stage, index) => {
    if (personaColumn === undefined) {
      const stats = byStage[index];
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id));
      return;
    }
    personaList.forEach((persona, personaIndex) => {
      const stats = byStagePersona[index * personaCount + personaIndex];
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id, { personaId: persona.id }));
    });
  });
  if (personaColumn !== undefined && read.withoutPersona > 0) {
    warnings.add('rows without a persona', {
      column: personaColumn.header,
      message: `${read.withoutPersona} row(s) have no persona: they count in the cards but in no persona's emotion curve`,
    });
  }
  if (participantColumn === undefined) context.notes.push('no participant column: each row counts as one source');
  return { ok: true, parts: { personas: personaList, stages: stageList, lanes: laneList, cards, emotions }, scale: detected.scale, rows: facts.count };
}

/** Lanes fed by text columns, one per kind, in the order their first column appears. */
function interviewLanes(context: FormatContext): InterviewLane[] {
  const lanes = new Map<LaneKind, InterviewLane>();
  for (const column of context.columns) {
    if (column.role === null || column.role === 'emotion' || column.role === 'thought') continue;
    const kind = LANE_KIND_OF_ROLE[column.role];
    if (kind === undefined) continue;
    column.used = true;
    let lane = lanes.get(kind);
    if (lane === undefined) {
      lane = { lane: makeLane(context, kind, kind === 'custom' ? column.title : undefined), columns: [] };
      lanes.set(kind, lane);
    }
    lane.columns.push(column);
  }
  return [...lanes.values()];
}

/**
 * The emotion statistics per stage and per stage × persona (at `stage × personaCount + persona`),
 * from each row's normalised score (`normalized`, by reading); `leftOut` lists the rows whose value
 * was left out (NaN).
 */
function emotionsByStage(facts: RowFacts, normalized: Float64Array, stageCount: number, personaCount: number) {
  const byStage = Array.from({ length: stageCount }, () => new EmotionStats());
  const byStagePersona: (EmotionStats | undefined)[] = [];
  const leftOut = new IntList(16);
  addScores(facts, normalized, personaCount, byStage, byStagePersona, leftOut);
  return { byStage, byStagePersona, leftOut };
}

/** The loop of `emotionsByStage`: adds each row's normalised score to its stage's and stage × persona's statistics. */
function addScores(facts: RowFacts, normalized: Float64Array, personaCount: number, byStage: EmotionStats[], byStagePersona: (EmotionStats | undefined)[], leftOut: IntList): void {
  const { reading, stage: stageOf, persona: personaOf } = facts;
  for (let rowIndex = 0; rowIndex < reading.length; rowIndex++) {
    // Test before indexing: reading a typed array at −1 leaves V8's fast path.
    const id = reading[rowIndex] ?? -1;
    if (id < 0) continue;
    const score = normalized[id] ?? Number.NaN;
    if (Number.isNaN(score)) {
      leftOut.push(rowIndex);
      continue;
    }
    const stage = stageOf[rowIndex] ?? -1;
    byStage[stage]?.add(score);
    const persona = personaOf[rowIndex] ?? -1;
    if (persona !== -1) (byStagePersona[stage * personaCount + persona] ??= new EmotionStats()).add(score);
  }
}

/** Offers each recorded quote (a row, column pair in `quotes`) to its stage's `TopQuotes`, with its row's score. */
function offerQuotes(quotes: IntList, facts: RowFacts, normalized: Float64Array, quotesByStage: readonly TopQuotes[]): void {
  for (let at = 0; at < quotes.length; at += 2) {
    const rowIndex = quotes.get(at);
    const id = facts.reading[rowIndex] ?? -1;
    const score = id < 0 ? Number.NaN : (normalized[id] ?? Number.NaN);
    quotesByStage[facts.stage[rowIndex] ?? -1]?.offer(Number.isNaN(score) ? undefined : score, at, facts.source[rowIndex] ?? 0, facts.persona[rowIndex] ?? -1);
  }
}

/** Text lanes, the thoughts lane and the emotions lane in the order of their first column. */
function orderedLanes(lanes: InterviewLane[], emotion: Column | undefined, thoughts: readonly Column[]): (InterviewLane | 'emotions' | 'thoughts')[] {
  const entries: { at: number; entry: InterviewLane | 'emotions' | 'thoughts' }[] = lanes.map((lane) => ({ at: lane.columns[0]?.index ?? 0, entry: lane }));
  if (emotion !== undefined) entries.push({ at: emotion.index, entry: 'emotions' });
  if (thoughts[0] !== undefined) entries.push({ at: thoughts[0].index, entry: 'thoughts' });
  return entries.sort((a, b) => a.at - b.at).map((item) => item.entry);
}

function makeLane(context: FormatContext, kind: LaneKind, title?: string): Lane {
  const laneTitle = fitName(title ?? LANE_TITLES[context.locale][kind], 500).text;
  return { id: context.ids.take('lane', kind, normalizeKey(laneTitle)), kind, title: laneTitle };
}

/** Opportunities by priority (count × negativity of the stage's emotion), then count, then first said. */
function rankOpportunities(tallied: TalliedText[], stageScore: number | undefined): TalliedText[] {
  return [...tallied].sort(
    (a, b) =>
      opportunityPriority(b.sources.length, stageScore) - opportunityPriority(a.sources.length, stageScore) ||
      b.sources.length - a.sources.length ||
      a.firstRow - b.firstRow,
  );
}

function tallyCard(
  stage: Stage,
  lane: Lane,
  text: TalliedText,
  stageScore: number | undefined,
  context: { ids: FormatContext['ids']; sourceName: (source: number) => string; personaList: Persona[] },
): Card {
  const card: Card = {
    id: context.ids.take('card', stage.id, lane.id, normalizeKey(text.text)),
    stageId: stage.id,
    laneId: lane.id,
    text: text.text,
    count: text.sources.length,
    sources: text.sources.map(context.sourceName),
  };
  if (lane.kind === 'touchpoints') {
    const channel = text.channel ?? inferChannel(text.text);
    if (channel !== undefined) card.channel = channel;
  }
  if (lane.kind === 'opportunities') card.priority = opportunityPriority(text.sources.length, stageScore);
  const personaIds = text.personas.map((persona) => context.personaList[persona]?.id).filter((id): id is string => id !== undefined);
  if (personaIds.length === 1) card.personaId = personaIds[0] ?? '';
  else if (personaIds.length > 1) card.personaIds = personaIds;
  return card;
}


/** The phase given most often for a stage (the first on a tie). */
function mostVoted(votes: readonly number[] | undefined, names: readonly string[]): string | undefined {
  let best = -1;
  let bestCount = 0;
  (votes ?? []).forEach((count, phase) => {
    if (count > bestCount) {
      best = phase;
      bestCount = count;
    }
  });
  return names[best];
}
