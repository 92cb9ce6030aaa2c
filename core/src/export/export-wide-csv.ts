import Papa from 'papaparse';
import type { Card, Emotion, Journey, Lane } from '../model/journey.js';
import { ONE_ROW_PER_STAGE } from '../import/detect-format.js';
import { normalizeKey } from '../import/names/normalize-key.js';
import { readEmotion } from '../import/emotion/read-emotion.js';
import { splitTouchpoint } from '../import/names/split-touchpoint.js';
import { wideCsvLaneHeader } from '../import/wide/wide-csv-lane-header.js';
import { neutraliseFormula } from './neutralise-formula.js';

const WORDS = {
  en: { stage: 'Stage', phase: 'Phase', description: 'Description', emotion: 'Emotion', delimiter: ',' },
  fr: { stage: 'Étape', phase: 'Phase', description: 'Description', emotion: 'Émotion', delimiter: ';' },
} as const;

/**
 * Writes a journey as the wide CSV template that the wide import reads back to the same journey
 * (its format is documented on `importWideCsv`): one row per stage; `Stage`, `Phase`, a
 * `Description` column when a stage has one, then one column per lane in lane order, its cards on
 * separate lines of one quoted cell; the emotions lane's column states its scale, `(-2..+2)`.
 * French journeys get French headers, `;` and decimal commas. When two stages share a name, the
 * stage column is headed `Stage (one row per stage)`, so that the import does not read the repeat
 * as interview data. Cells a spreadsheet would run as formulas are neutralised. Not carried:
 * personas, per-persona emotions, card scores and counts.
 *
 * @example exportWideCsv(journey)
 *   // 'Stage,Phase,Actions,Emotion (-2..+2)\r\nDiscover,awareness,"Sees an ad\nReads a review",1.5'
 */
export function exportWideCsv(journey: Journey): string {
  const words = WORDS[journey.locale];
  const withDescription = journey.stages.some((stage) => (stage.description ?? '').trim() !== '');
  const emotionsLane = journey.lanes.find((lane) => lane.kind === 'emotions');
  // Only the first emotions lane has a column the import reads; emotions without a lane get one at the end.
  const lanes: Pick<Lane, 'id' | 'kind' | 'title'>[] = journey.lanes.filter((lane) => lane.kind !== 'emotions' || lane === emotionsLane);
  if (emotionsLane === undefined && journey.emotions.length > 0) lanes.push({ id: '', kind: 'emotions', title: words.emotion });

  const cardsByCell = new Map<string, Card[]>();
  for (const card of journey.cards) {
    const key = `${card.stageId}\u001f${card.laneId}`;
    const cell = cardsByCell.get(key);
    if (cell === undefined) cardsByCell.set(key, [card]);
    else cell.push(card);
  }
  const names = new Set(journey.stages.map((stage) => normalizeKey(stage.name)));
  const stageHeader = names.size < journey.stages.length ? ONE_ROW_PER_STAGE[journey.locale] : words.stage;
  const header = [stageHeader, words.phase, ...(withDescription ? [words.description] : []), ...lanes.map(wideCsvLaneHeader)];
  const rows = journey.stages.map((stage) => {
    const cells = [stage.name, stage.phase ?? '', ...(withDescription ? [stage.description ?? ''] : [])].map(neutraliseFormula);
    for (const lane of lanes) {
      if (lane.kind === 'emotions') {
        cells.push(emotionCell(journey.emotions.filter((emotion) => emotion.stageId === stage.id), journey.locale));
        continue;
      }
      const texts = (cardsByCell.get(`${stage.id}\u001f${lane.id}`) ?? []).map((card) => (lane.kind === 'touchpoints' ? touchpointText(card) : card.text));
      cells.push(neutraliseFormula(texts.join('\n')));
    }
    return cells;
  });
  return Papa.unparse([header.map(neutraliseFormula), ...rows], { delimiter: words.delimiter, newline: '\r\n', quotes: false });
}

/**
 * A touchpoint with its channel in a trailing bracket when the text alone would not give it back.
 * After a text ending in " |" the bracket comes without its space: "Poster | (web)" would hold the
 * card separator " | ", while "Poster |(web)" reads back as the text "Poster |" on the web.
 */
function touchpointText(card: Card): string {
  const read = splitTouchpoint(card.text);
  if (read.text === card.text && read.channel === card.channel) return card.text;
  if (card.channel === undefined) return card.text;
  return `${card.text}${card.text.endsWith(' |') ? '' : ' '}(${card.channel})`;
}

/**
 * The stage's emotion for everyone (else the mean of its personas' emotions): its word when it came
 * from one (`Ravie`) and still reads as that score, else the number. A number is never a formula, so
 * it is not neutralised.
 */
function emotionCell(emotions: readonly Emotion[], locale: 'fr' | 'en'): string {
  const overall = emotions.find((emotion) => emotion.personaId === undefined);
  if (overall?.label !== undefined) {
    const reading = readEmotion(overall.label);
    if (reading.kind === 'word' && reading.score === overall.score) return neutraliseFormula(overall.label);
  }
  const score = overall?.score ?? (emotions.length > 0 ? emotions.reduce((sum, emotion) => sum + emotion.score, 0) / emotions.length : undefined);
  if (score === undefined) return '';
  return locale === 'fr' ? String(score).replace('.', ',') : String(score);
}
