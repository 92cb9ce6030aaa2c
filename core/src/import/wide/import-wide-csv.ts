import type { Card, Emotion, Lane, LaneKind, Persona, Stage } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import { LANE_KIND_OF_ROLE } from '../columns/column-role.js';
import type { Column } from '../columns/column.js';
import { firstColumn } from '../columns/first-column.js';
import { cleanCell } from '../csv/clean-cell.js';
import { splitCell } from '../csv/split-cell.js';
import { detectScale } from '../emotion/detect-scale.js';
import { emotionProblem } from '../emotion/emotion-problem.js';
import { normalizeScore } from '../emotion/normalize-score.js';
import { readEmotion, type EmotionReading } from '../emotion/read-emotion.js';
import { scaleGiven } from '../emotion/scale-given.js';
import { ScaleStats } from '../emotion/scale-stats.js';
import type { FormatContext, FormatOutcome } from '../format-context.js';
import { fitName } from '../names/fit-name.js';
import { channelNamed } from '../names/infer-channel.js';
import { LANE_TITLES } from '../names/lane-titles.js';
import { NameIndex } from '../names/name-index.js';
import { normalizeKey } from '../names/normalize-key.js';
import { splitTouchpoint } from '../names/split-touchpoint.js';
import { tooLong } from '../text-limit.js';
import { say } from '../../words/say.js';
import { noteOnColumn } from '../columns/note-on-column.js';

interface LaneColumn {
  column: Column;
  lane: Lane;
}

interface StageEmotion {
  reading: EmotionReading;
  rowIndex: number;
  persona: number;
}

/**
 * Imports a wide CSV, the journey template filled in: one row per stage, one column per lane.
 *
 * The format, which `exportWideCsv` writes and this reads back to the same journey:
 * - Header: `Stage`, `Phase`, one column per lane titled with the lane's title in lane order, then
 *   `Emotion (-2..+2)`; French journeys use `Étape`, `Phase`, …, `Émotion (-2..+2)` and `;`. Any
 *   synonym is accepted on input, and an optional `Description` column fills stage descriptions.
 * - A lane column's kind comes from its header (`Points de contact` → touchpoints). A header ending
 *   in a `[kind]` tag (`Ce que dit le client [thoughts]`, `Notes [custom]`) has that kind and the
 *   title without the tag. Any other header becomes a `custom` lane titled by the header, reported
 *   as an unknown column. `wideCsvLaneHeader(lane)` writes a header that reads back as the same lane.
 * - The emotion column makes the `emotions` lane at its position, titled by the header without its
 *   scale hint. A hint (`(-2..+2)`, `(1-5)`, `/10`, `(%)`) fixes the scale, else it is detected.
 *   One value per stage, `.` or `,` decimals, words or emoji accepted; −2…+2 values are kept exact.
 * - One row per stage, in order. A repeated stage name is a new stage. A row with an empty stage
 *   cell adds its cells to the stage above (merged cells in Excel). Phases are taken as written on
 *   each row, never inherited.
 * - Cards: one per line inside the quoted cell or separated by ` | `; trimmed, blanks dropped, list
 *   markers dropped when every line of the cell has one; a cell's leading `'` before `= + - @` (the
 *   export's formula guard) is removed.
 * - Touchpoints: a trailing `(channel)` (web, app, email, phone, store, social, chat, mail, other,
 *   or a word for one such as `(Instagram)`) sets the channel and leaves the text; otherwise a
 *   channel word in the text sets it (`Site web` → web).
 * - Ids (key = `normalizeKey`): stage `stableId('stage', key(name), occurrence)`, lane
 *   `stableId('lane', kind, key(title))`, card `stableId('card', stageId, laneId, key(text), occurrence)`.
 * Not carried by this format: per-persona emotions, card counts, sources, priorities, scores.
 *
 * @example importWideCsv(context) // stages Découverte, Achat; lanes Actions, Points de contact, Émotion; …
 */
export function importWideCsv(context: FormatContext): FormatOutcome {
  const { table, columns, warnings, ids } = context;
  const stageColumn = firstColumn(columns, 'stage');
  if (stageColumn === undefined) return { ok: false, problems: [say('import.noStageColumn')] };
  const phaseColumn = firstColumn(columns, 'phase');
  const descriptionColumn = firstColumn(columns, 'description');
  const personaColumn = firstColumn(columns, 'persona');
  const channelColumn = firstColumn(columns, 'channel');
  const laneColumns = wideLanes(context);
  const emotionLane = laneColumns.find((entry) => entry.lane.kind === 'emotions');

  const stages: Stage[] = [];
  const cards: Card[] = [];
  const stageEmotions: StageEmotion[][] = [];
  const personas = new NameIndex();
  const occurrences = new Map<string, number>();
  const cardOccurrences = new Map<string, number>();
  const cellSizes = new Map<string, number>();
  const personaIds: string[] = [];
  const personaId = (index: number) => (personaIds[index] ??= ids.take('persona', personas.keys[index] ?? String(index)));
  let current: Stage | undefined;
  let rows = 0;

  const readColumns = columns.filter((column) => column.used);
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    const row = table.rows[rowIndex] ?? [];
    for (const column of readColumns) {
      const length = row[column.index]?.length ?? 0;
      if (length > LIMITS.textLength) return { ok: false, problems: [tooLong(table.locate(rowIndex, column.index), length)] };
    }
    const at = (column: Column) => table.locate(rowIndex, column.index);
    rows++;
    const name = cleanCell(row[stageColumn.index]);
    if (name === '') {
      if (current === undefined) {
        warnings.add('rows without a stage', { ...at(stageColumn), ...say('wide.noStageAbove') });
        continue;
      }
      warnings.add('rows without a stage', { ...at(stageColumn), ...say('wide.addedAbove', { stage: current.name }) });
    } else {
      const fitted = fitName(name, 500);
      if (fitted.shortened) warnings.add('long names', { ...at(stageColumn), ...say('wide.longStageName') });
      const key = normalizeKey(fitted.text);
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      current = { id: ids.take('stage', key, occurrence), name: fitted.text };
      stages.push(current);
      stageEmotions.push([]);
      const phase = phaseColumn === undefined ? '' : cleanCell(row[phaseColumn.index]);
      if (phase !== '') current.phase = fitName(phase, 200).text;
    }
    const stage = current;
    if (descriptionColumn !== undefined) {
      const description = cleanCell(row[descriptionColumn.index]);
      if (description !== '') stage.description = stage.description === undefined ? description : `${stage.description}\n${description}`;
    }
    const persona = personaColumn === undefined ? -1 : personas.add(row[personaColumn.index] ?? '');
    const rowChannel = channelColumn === undefined ? undefined : channelNamed(row[channelColumn.index] ?? '');
    for (const { column, lane } of laneColumns) {
      const cell = row[column.index] ?? '';
      if (cell.trim() === '') continue;
      if (lane.kind === 'emotions') {
        stageEmotions[stageEmotions.length - 1]?.push({ reading: readEmotion(cell), rowIndex, persona });
        continue;
      }
      for (const part of splitCell(cell)) {
        const cellKey = `${stage.id}\u001f${lane.id}`;
        const size = (cellSizes.get(cellKey) ?? 0) + 1;
        cellSizes.set(cellKey, size);
        if (size > LIMITS.cardsPerCell) {
          warnings.add('full cells', { ...at(column), ...say('wide.fullCell', { max: LIMITS.cardsPerCell, text: part.slice(0, 40) }) });
          break;
        }
        const touchpoint = lane.kind === 'touchpoints' ? splitTouchpoint(part) : { text: part };
        const textKey = normalizeKey(touchpoint.text);
        const occurrenceKey = `${cellKey}\u001f${textKey}`;
        const occurrence = cardOccurrences.get(occurrenceKey) ?? 0;
        cardOccurrences.set(occurrenceKey, occurrence + 1);
        const card: Card = { id: ids.take('card', stage.id, lane.id, textKey, occurrence), stageId: stage.id, laneId: lane.id, text: touchpoint.text, sources: [] };
        const channel = touchpoint.channel ?? (lane.kind === 'touchpoints' ? rowChannel : undefined);
        if (channel !== undefined) card.channel = channel;
        if (persona !== -1) card.personaId = personaId(persona);
        cards.push(card);
      }
    }
  }
  if (stages.length === 0) {
    return { ok: false, problems: [{ row: table.locate(0, stageColumn.index).row - 1, column: stageColumn.header, ...say('import.noStage') }] };
  }

  const readings = stageEmotions.flat();
  const stats = new ScaleStats();
  for (const { reading } of readings) stats.add(reading);
  const detected = detectScale(stats, scaleGiven(context.options, emotionLane?.column));
  if (detected.warning !== undefined) warnings.add('scale', { column: emotionLane?.column.header ?? '', ...detected.warning });
  if (emotionLane !== undefined) context.notes.push(say('note.emotionScale', { scale: detected.scale, reason: detected.reason }));
  const emotions: Emotion[] = [];
  stageEmotions.forEach((entries, stageIndex) => {
    const stage = stages[stageIndex];
    const seen = new Set<number>();
    for (const { reading, rowIndex, persona } of entries) {
      if (reading.kind === 'empty') continue;
      const where = table.locate(rowIndex, emotionLane?.column.index ?? 0);
      const score = normalizeScore(reading, detected.scale);
      if (score === undefined || stage === undefined) {
        warnings.add('emotions left out', { ...where, ...emotionProblem(reading, detected.scale) });
        continue;
      }
      if (seen.has(persona)) {
        warnings.add('emotions left out', { ...where, ...say('wide.secondEmotion', { stage: stage.name }) });
        continue;
      }
      seen.add(persona);
      const emotion: Emotion = { stageId: stage.id, score };
      if (reading.kind === 'word') emotion.label = reading.label.slice(0, 500);
      if (persona !== -1) emotion.personaId = personaId(persona);
      emotions.push(emotion);
    }
  });

  const personaList: Persona[] = personas.names().map((name, index) => ({
    id: personaId(index),
    name: fitName(name, 500).text,
    goals: [],
    motivations: [],
    frustrations: [],
  }));
  return { ok: true, parts: { personas: personaList, stages, lanes: laneColumns.map((entry) => entry.lane), cards, emotions }, scale: detected.scale, rows };
}

/** The lanes of a wide file, in column order; marks the structural columns it reads as used. */
function wideLanes(context: FormatContext): LaneColumn[] {
  const { columns, ids, locale, warnings } = context;
  const lanes: LaneColumn[] = [];
  let hasEmotion = false;
  for (const column of columns) {
    if (column.role === 'stage' || column.role === 'phase' || column.role === 'description' || column.role === 'persona' || column.role === 'channel') {
      continue;
    }
    let kind: LaneKind | undefined = column.role === null ? 'custom' : LANE_KIND_OF_ROLE[column.role];
    if (kind === undefined) continue;
    if (kind === 'emotions') {
      if (hasEmotion) continue;
      hasEmotion = true;
    }
    if (column.role === null) {
      column.role = 'custom';
      noteOnColumn(column, say('column.customLane'));
      warnings.add('unknown columns', { column: column.header, ...say('wide.unknownColumn', { title: column.title }) });
    }
    kind ??= 'custom';
    const title = fitName((kind === 'emotions' ? column.bareTitle : column.title) || LANE_TITLES[locale][kind], 500).text;
    column.used = true;
    lanes.push({ column, lane: { id: ids.take('lane', kind, normalizeKey(title)), kind, title } });
  }
  return lanes;
}
