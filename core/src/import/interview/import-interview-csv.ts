import type { Card, Emotion, Lane, Persona, Stage } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import { firstColumn } from '../columns/first-column.js';
import { detectScale } from '../emotion/detect-scale.js';
import { emotionProblem } from '../emotion/emotion-problem.js';
import { normalizeScore } from '../emotion/normalize-score.js';
import { scaleGiven } from '../emotion/scale-given.js';
import type { FormatContext, FormatOutcome } from '../format-context.js';
import { fitName } from '../names/fit-name.js';
import { tooLong } from '../text-limit.js';
import { inferRowScores } from '../../insight/sentiment/infer-row-scores.js';
import { emotionsByStage } from './emotions-by-stage.js';
import { interviewLane, interviewLanes, orderedLanes } from './interview-lanes.js';
import { quoteCards } from './quote-cards.js';
import { readInterviewRows, type RowFacts } from './read-interview-rows.js';
import { tallyCards, type CardNaming } from './tally-cards.js';
import { QuoteCells } from './top-quotes.js';
import { say } from '../../words/say.js';

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
  if (stageColumn === undefined) return { ok: false, problems: [say('import.noStageColumn')] };
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
    return { ok: false, problems: [{ row: table.locate(0, stageColumn.index).row - 1, column: stageColumn.header, ...say('import.noStage') }] };
  }

  const detected = detectScale(read.scale, scaleGiven(options, emotionColumn));
  if (detected.warning !== undefined) warnings.add('scale', { column: emotionColumn?.header ?? '', ...detected.warning });
  if (emotionColumn !== undefined) context.notes.push(say('note.emotionScale', { scale: detected.scale, reason: detected.reason }));
  // Normalised once per distinct emotion value; NaN marks a value left out (and said why, unless
  // the cell was a placeholder such as "n/a").
  const normalized = Float64Array.from(read.readings, (reading) => normalizeScore(reading, detected.scale) ?? Number.NaN);
  const flagged = read.readings.map((reading, id) => reading.kind !== 'empty' && Number.isNaN(normalized[id] ?? Number.NaN));
  const personaCount = Math.max(1, read.personas.size);
  // Quotes but no score column: each row's emotion is inferred from its words (PRODUCT.md §9), read
  // through a view of the rows whose "reading" is the row itself.
  const inferred = emotionColumn === undefined && thoughtColumns.length > 0 ? inferRowScores(table.rows, facts.stage, thoughtColumns.map((column) => column.index), context.locale) : undefined;
  const scoredFacts: RowFacts = inferred === undefined ? facts : { ...facts, reading: Int32Array.from(facts.stage, (stage, row) => (stage < 0 ? -1 : row)) };
  const scores = inferred ?? normalized;
  const { byStage, byStagePersona, leftOut } = emotionsByStage(scoredFacts, scores, read.stages.size, personaCount);
  for (let at = 0; at < leftOut.length; at++) {
    const rowIndex = leftOut.get(at);
    const id = facts.reading[rowIndex] ?? -1;
    const reading = read.readings[id];
    if (flagged[id] === true && reading !== undefined) {
      warnings.add('emotions left out', { ...table.locate(rowIndex, emotionColumn?.index ?? 0), ...emotionProblem(reading, detected.scale) });
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

  const naming: CardNaming = { ids, sourceName, personas: personaList };

  const cards: Card[] = [];
  const laneList: Lane[] = [];
  const thoughtLane: Lane | undefined = thoughtColumns.length === 0 ? undefined : interviewLane(context, 'thoughts');
  const quoteCells = new QuoteCells(table.rows, read.quotes, read.quoteKeys, LIMITS.textLength);
  // Inferred emotions get their lane just before the quotes they come from.
  for (const entry of orderedLanes(lanes, emotionColumn ?? (inferred !== undefined ? thoughtColumns[0] : undefined), thoughtColumns)) {
    if (entry === 'emotions') {
      laneList.push(interviewLane(context, 'emotions'));
    } else if (entry === 'thoughts') {
      if (thoughtLane === undefined) continue;
      laneList.push(thoughtLane);
      const limit = Math.max(0, Math.floor(options.maxQuotesPerCell ?? DEFAULT_QUOTES));
      const quotes = quoteCards({ quotes: read.quotes, texts: quoteCells, facts: scoredFacts, normalized: scores }, limit, thoughtLane, stageList, naming);
      for (const card of quotes) cards.push(card);
    } else {
      laneList.push(entry.lane);
      for (const card of tallyCards(read.tallies[lanes.indexOf(entry)], entry.lane, stageList, byStage, naming, warnings)) cards.push(card);
    }
  }

  if (quoteCells.overLong !== -1) {
    const row = read.quotes.get(quoteCells.overLong);
    const column = read.quotes.get(quoteCells.overLong + 1);
    return { ok: false, problems: [tooLong(table.locate(row, column), table.rows[row]?.[column]?.length ?? 0)] };
  }

  const emotions: Emotion[] = [];
  const basis = (emotion: Emotion): Emotion => (inferred === undefined ? emotion : { ...emotion, basis: 'verbatims' });
  stageList.forEach((stage, index) => {
    if (personaColumn === undefined) {
      const stats = byStage[index];
      if (stats !== undefined && stats.n > 0) emotions.push(basis(stats.toEmotion(stage.id)));
      return;
    }
    personaList.forEach((persona, personaIndex) => {
      const stats = byStagePersona[index * personaCount + personaIndex];
      if (stats !== undefined && stats.n > 0) emotions.push(basis(stats.toEmotion(stage.id, { personaId: persona.id })));
    });
  });
  if (inferred !== undefined) {
    const known = inferred.reduce((count, score) => (Number.isNaN(score) ? count : count + 1), 0);
    context.notes.push(say('note.verbatimEmotions', { known, rows: facts.count }));
  }
  if (personaColumn !== undefined && read.withoutPersona > 0) {
    warnings.add('rows without a persona', {
      column: personaColumn.header,
      ...say('interview.noPersona', { rows: read.withoutPersona }),
    });
  }
  if (participantColumn === undefined) context.notes.push(say('interview.noParticipant'));
  return { ok: true, parts: { personas: personaList, stages: stageList, lanes: laneList, cards, emotions }, scale: detected.scale, rows: facts.count };
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
