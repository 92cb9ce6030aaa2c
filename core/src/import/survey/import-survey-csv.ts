import type { Card, Emotion, Lane, LaneKind, Persona, Stage } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import { columnStats } from '../columns/column-stats.js';
import type { Column } from '../columns/column.js';
import { detectScale } from '../emotion/detect-scale.js';
import { emotionProblem } from '../emotion/emotion-problem.js';
import { EmotionStats } from '../emotion/emotion-stats.js';
import { normalizeScore } from '../emotion/normalize-score.js';
import { readEmotion } from '../emotion/read-emotion.js';
import { roundScore } from '../emotion/round-score.js';
import { scaleGiven } from '../emotion/scale-given.js';
import { ScaleStats } from '../emotion/scale-stats.js';
import type { FormatContext, FormatOutcome } from '../format-context.js';
import { fitName } from '../names/fit-name.js';
import { inferChannel } from '../names/infer-channel.js';
import { LANE_TITLES } from '../names/lane-titles.js';
import { NameIndex } from '../names/name-index.js';
import { normalizeKey } from '../names/normalize-key.js';
import { tooLong } from '../text-limit.js';
import { chooseSegment } from './choose-segment.js';
import { classifySurveyColumn, type SurveyColumnKind } from './classify-survey-column.js';
import { splitStagePrefix } from './split-stage-prefix.js';
import { surveySummary } from './survey-summary.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';

/** A rating column with its stage, touchpoint and running statistics. */
interface Rating {
  column: Column;
  stage: number;
  touchpoint: string;
  stats: EmotionStats;
}

/**
 * Imports a survey matrix (one row per respondent, one rating column per touchpoint or step). Each
 * rating column becomes a touchpoint card in column order, under a stage of its own or the stage its
 * header names (`Réservation / Site web`); its mean rating, normalised to −2…+2, is the card's score,
 * and each stage's ratings give its emotion with n, min, max and the share of low scores (bottom
 * 40 % of the scale). A segment column (named in the options, or a persona/segment/type/class column)
 * splits the emotions into personas. Ids, dates, ages, distances, free text and numbers beyond a
 * rating scale are left out with the reason in the report; NPS and overall satisfaction are
 * summarised in the journey's description.
 *
 * @example importSurveyCsv(context) // stages Réservation, Gare, Voyage; cards "Site web" (score 0.4, count 240)…
 */
export function importSurveyCsv(context: FormatContext): FormatOutcome {
  const { table, columns, warnings, ids, locale, options, notes } = context;
  const verdicts = new Map<Column, SurveyColumnKind>();
  for (const column of columns) verdicts.set(column, classifySurveyColumn(column, columnStats(table, column.index)));
  const candidates = columns.filter((column) => verdicts.get(column)?.kind === 'segment');
  const segment = chooseSegment(columns, candidates, options.segmentColumn);
  if (segment.problem !== undefined) return { ok: false, problems: [{ column: options.segmentColumn ?? '', ...segment.problem }] };
  const segmentColumn = segment.column;

  const stages = new NameIndex();
  const ratings: Rating[] = [];
  const description: string[] = [];
  for (const column of columns) {
    const verdict = verdicts.get(column) ?? { kind: 'left out', why: 'unknown' };
    if (column === segmentColumn) {
      column.used = true;
      column.role = 'persona';
      noteOn(column, say('survey.segmentColumn'));
      notes.push(say('survey.segment', { column: column.header }));
      continue;
    }
    switch (verdict.kind) {
      case 'rating': {
        const { stage, touchpoint } = splitStagePrefix(column.bareTitle);
        column.used = true;
        column.role = 'rating';
        ratings.push({ column, stage: stages.add(stage), touchpoint, stats: new EmotionStats() });
        break;
      }
      case 'nps':
      case 'overall': {
        const line = surveySummary(table, column.index, verdict.kind, column.bareTitle, locale);
        column.used = true;
        column.role = verdict.kind;
        noteOn(column, say(verdict.kind === 'nps' ? 'survey.nps' : 'survey.overall'));
        if (line !== undefined) description.push(line);
        break;
      }
      case 'segment':
        noteOn(column, say('survey.categories'));
        break;
      case 'left out':
        noteOn(column, say('survey.leftOut', { why: verdict.why }));
        break;
    }
  }
  if (segmentColumn === null && candidates.length > 0) {
    notes.push(say('survey.noSegment', { candidates: candidates.map((column) => column.header) }));
  }
  if (ratings.length === 0) {
    return { ok: false, problems: [say('survey.noRating')] };
  }

  const scaleStats = new ScaleStats();
  const readColumns = columns.filter((column) => column.used).map((column) => column.index);
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    for (const column of readColumns) {
      const length = table.rows[rowIndex]?.[column]?.length ?? 0;
      if (length > LIMITS.textLength) return { ok: false, problems: [tooLong(table.locate(rowIndex, column), length)] };
    }
    for (const rating of ratings) scaleStats.add(readEmotion(table.rows[rowIndex]?.[rating.column.index] ?? ''));
  }
  const hinted = ratings.find((rating) => rating.column.scale !== undefined)?.column;
  const detected = detectScale(scaleStats, scaleGiven(options, hinted));
  if (detected.warning !== undefined) warnings.add('scale', { column: hinted?.header ?? '', ...detected.warning });
  notes.push(say('note.ratingScale', { scale: detected.scale, reason: detected.reason }));

  const segments = new NameIndex();
  const byStage = Array.from({ length: stages.size }, () => new EmotionStats());
  const bySegment = new Map<string, EmotionStats>();
  let rows = 0;
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    const row = table.rows[rowIndex] ?? [];
    rows++;
    const group = segmentColumn === null ? -1 : segments.add(row[segmentColumn.index] ?? '');
    for (const rating of ratings) {
      const reading = readEmotion(row[rating.column.index] ?? '');
      if (reading.kind === 'empty') continue;
      const score = normalizeScore(reading, detected.scale);
      if (score === undefined) {
        warnings.add('ratings left out', { ...table.locate(rowIndex, rating.column.index), ...emotionProblem(reading, detected.scale) });
        continue;
      }
      rating.stats.add(score);
      byStage[rating.stage]?.add(score);
      if (group !== -1) {
        const key = `${rating.stage}:${group}`;
        let stats = bySegment.get(key);
        if (stats === undefined) {
          stats = new EmotionStats();
          bySegment.set(key, stats);
        }
        stats.add(score);
      }
    }
  }

  const stageList: Stage[] = stages.names().map((name, index) => ({ id: ids.take('stage', stages.keys[index] ?? name, 0), name: fitName(name, 500).text }));
  const personas: Persona[] = segments.names().map((name, index) => ({
    id: ids.take('persona', segments.keys[index] ?? name),
    name: fitName(name, 500).text,
    goals: [],
    motivations: [],
    frustrations: [],
  }));
  const touchpoints = lane(context, 'touchpoints');
  const emotionsLane = lane(context, 'emotions');
  const cards: Card[] = [];
  for (const rating of ratings) {
    const stage = stageList[rating.stage];
    if (stage === undefined || rating.touchpoint === '') continue;
    const card: Card = {
      id: ids.take('card', stage.id, touchpoints.id, normalizeKey(rating.touchpoint)),
      stageId: stage.id,
      laneId: touchpoints.id,
      text: rating.touchpoint,
      sources: [rating.column.header],
    };
    const mean = rating.stats.mean;
    if (mean !== undefined) {
      card.score = roundScore(mean);
      card.count = rating.stats.n;
    }
    const channel = inferChannel(rating.touchpoint);
    if (channel !== undefined) card.channel = channel;
    cards.push(card);
  }
  const emotions: Emotion[] = [];
  stageList.forEach((stage, index) => {
    if (segmentColumn === null) {
      const stats = byStage[index];
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id, { lowShare: true }));
      return;
    }
    personas.forEach((persona, group) => {
      const stats = bySegment.get(`${index}:${group}`);
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id, { personaId: persona.id, lowShare: true }));
    });
  });
  const parts: FormatOutcome & { ok: true } = {
    ok: true,
    parts: { personas, stages: stageList, lanes: [touchpoints, emotionsLane], cards, emotions },
    scale: detected.scale,
    rows,
  };
  if (description.length > 0) parts.parts.description = description.join('\n');
  return parts;
}

function lane(context: FormatContext, kind: LaneKind): Lane {
  const title = LANE_TITLES[context.locale][kind];
  return { id: context.ids.take('lane', kind, normalizeKey(title)), kind, title };
}

/** A column's note, in English for the report's column list and coded for the warning that repeats it. */
function noteOn(column: Column, said: Said): void {
  column.note = said.message;
  column.said = said;
}
