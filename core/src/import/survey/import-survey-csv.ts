import type { Card, Emotion, Lane, LaneKind, Persona, Stage } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import { columnStats } from '../columns/column-stats.js';
import type { Column } from '../columns/column.js';
import { detectScale, scaleLabel } from '../emotion/detect-scale.js';
import { likertScore, type LikertMatch } from '../emotion/likert-scales.js';
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
import { recommendationCards, type Recommendation } from './recommendation-cards.js';
import { splitStagePrefix } from './split-stage-prefix.js';
import { stageNames, type StageName } from './stage-names.js';
import { surveyQuotes } from './survey-quotes.js';
import { surveySummary } from './survey-summary.js';
import { SURVEY_WORDS } from './survey-words.js';

/** A rating column with its stage, touchpoint and running statistics. */
interface Rating {
  column: Column;
  stage: number;
  touchpoint: string;
  stats: EmotionStats;
  /** Its labelled scale, when its answers are Likert labels rather than numbers. */
  likert?: LikertMatch;
}

/** Rows a column is classified from: enough for any pattern, cheap on 100,000 rows. */
const CLASSIFY_ROWS = 2000;
/** Fewer answers than this in those rows, and the whole column is looked at. */
const FEW_ANSWERS = 100;
/** More segments than rows a file may hold, so stage × SEGMENT_SLOTS + segment is a unique key. */
const SEGMENT_SLOTS = 1 << 20;
/** Quotes per stage × lane cell unless the options say otherwise. */
const DEFAULT_QUOTES = 3;

/**
 * Imports a survey matrix (one row per respondent, one rating column per touchpoint or step). Each
 * rating column becomes a touchpoint card in column order, under a stage of its own or the stage its
 * header names (`Réservation / Site web`); its mean rating, normalised to −2…+2, is the card's score,
 * and each stage's ratings give its emotion with n, min, max and the share of low scores (bottom
 * 40 % of the scale). A segment column (named in the options, or a persona/segment/type/class column)
 * splits the emotions into personas. Ids, dates, ages, distances, free text and numbers beyond a
 * rating scale are left out with the reason in the report; NPS and overall satisfaction are
 * summarised in the journey's description. A survey tool's export (`column.question`) names stages
 * as the respondent saw them (grid rows, sub-answers, questions without their shared opening, which
 * becomes the subtitle); Likert labels are ratings; metadata and personal data are left out and
 * listed; a recommendation question's NPS, per segment, is a card on an advocacy stage; free-text
 * answers to a question are quotes of the stage before them.
 *
 * @example importSurveyCsv(context) // stages Réservation, Gare, Voyage; cards "Site web" (score 0.4, count 240)…
 */
export function importSurveyCsv(context: FormatContext): FormatOutcome {
  const { table, columns, warnings, ids, locale, options, notes } = context;
  const verdicts = new Map<Column, SurveyColumnKind>();
  // What a column is shows in its first rows (later values are checked one by one as they are
  // read), unless they hold few answers: a question most respondents skipped is read whole.
  for (const column of columns) {
    let stats = columnStats(table, column.index, CLASSIFY_ROWS);
    if (stats.filled < FEW_ANSWERS && table.rows.length > CLASSIFY_ROWS) stats = columnStats(table, column.index);
    verdicts.set(column, classifySurveyColumn(column, stats));
  }
  const candidates = columns.filter((column) => verdicts.get(column)?.kind === 'segment');
  const segment = chooseSegment(columns, candidates, options.segmentColumn);
  if (segment.problem !== undefined) return { ok: false, problems: [{ column: options.segmentColumn ?? '', message: segment.problem }] };
  const segmentColumn = segment.column;

  const stages = new NameIndex();
  const stageDescriptions: (string | undefined)[] = [];
  const advocacy = new Set<number>();
  const ratings: Rating[] = [];
  const recommendations: Recommendation[] = [];
  const quoteColumns: { column: Column; after: number }[] = [];
  const description: string[] = [];
  const words = SURVEY_WORDS[locale];
  const named = toolStageNames(columns, verdicts, segmentColumn);
  const addStage = (name: string, text: string | undefined): number => {
    const index = stages.add(name);
    if (stageDescriptions[index] === undefined && text !== undefined) stageDescriptions[index] = text;
    return index;
  };
  let lastStage = -1;
  for (const column of columns) {
    const verdict = verdicts.get(column) ?? { kind: 'left out', why: 'unknown' };
    if (column === segmentColumn) {
      column.used = true;
      column.role = 'persona';
      column.note = 'segment: its values are the personas';
      notes.push(`segment column "${column.header}" splits the emotions into personas`);
      continue;
    }
    switch (verdict.kind) {
      case 'rating': {
        const toolName = named.names.get(column);
        const { stage, touchpoint } = toolName === undefined ? splitStagePrefix(column.bareTitle) : { stage: toolName.name, touchpoint: toolName.name };
        column.used = true;
        column.role = 'rating';
        if (verdict.likert !== undefined) column.note = `rating: ${verdict.likert.scale.labels.length}-point labels`;
        lastStage = addStage(stage, toolName?.description);
        const rating: Rating = { column, stage: lastStage, touchpoint, stats: new EmotionStats() };
        if (verdict.likert !== undefined) rating.likert = verdict.likert;
        ratings.push(rating);
        break;
      }
      case 'nps':
      case 'overall': {
        const line = surveySummary(table, column.index, verdict.kind, column.question?.text ?? column.bareTitle, locale);
        column.used = true;
        column.role = verdict.kind;
        column.note = verdict.kind === 'nps' ? 'NPS: summarised in the description and on the advocacy stage' : 'overall satisfaction: summarised in the description';
        if (line !== undefined) description.push(line);
        if (verdict.kind === 'nps') {
          lastStage = addStage(words.recommendation, column.question?.text);
          advocacy.add(lastStage);
          recommendations.push({ column, stage: lastStage, line: line === undefined ? -1 : description.length - 1, all: [], bySegment: new Map() });
        }
        break;
      }
      case 'quotes':
        column.used = true;
        column.role = 'thought';
        column.note = 'free-text answers: quotes of the stage they follow';
        quoteColumns.push({ column, after: lastStage });
        break;
      case 'segment':
        column.note = 'left out: categories (choose it as the segment column to split personas by it)';
        break;
      case 'left out':
        column.note = `left out: ${verdict.why}`;
        if (verdict.metadata !== undefined) {
          // Known for what it is, so never reported as an unknown column to map.
          column.metadata = verdict.metadata;
          column.role = verdict.metadata.kind === 'date' ? 'date' : verdict.metadata.kind === 'id' ? 'participant' : 'ignore';
          (context.metadataColumns ??= []).push(column.header);
          if (verdict.metadata.personal) (context.personalColumns ??= []).push(column.header);
        }
        break;
    }
  }
  if (named.subtitle !== undefined) context.subtitle = named.subtitle;
  if (segmentColumn === null && candidates.length > 0) {
    notes.push(`no segment column chosen; candidates: ${candidates.map((column) => column.header).join(', ')}`);
  }
  if (ratings.length === 0) {
    return { ok: false, problems: [{ message: 'no rating column: a survey matrix needs columns of numeric scores (e.g. 1–5 or 0–10), one per touchpoint or step' }] };
  }

  const scaleStats = new ScaleStats();
  const readColumns = columns.filter((column) => column.used).map((column) => column.index);
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    for (const column of readColumns) {
      const length = table.rows[rowIndex]?.[column]?.length ?? 0;
      if (length > LIMITS.textLength) return { ok: false, problems: [tooLong(table.locate(rowIndex, column), length)] };
    }
    for (const rating of ratings) if (rating.likert === undefined) scaleStats.add(readEmotion(table.rows[rowIndex]?.[rating.column.index] ?? ''));
  }
  const hinted = ratings.find((rating) => rating.column.scale !== undefined)?.column;
  const labelled = ratings.filter((rating) => rating.likert !== undefined);
  const detected =
    labelled.length === ratings.length && options.scale === undefined
      ? { scale: 'words' as const, reason: 'the answers are the labels of a Likert scale' }
      : detectScale(scaleStats, scaleGiven(options, hinted));
  if (labelled.length > 0) context.labelScales = labelScales(labelled);
  if (detected.warning !== undefined) warnings.add('scale', { column: hinted?.header ?? '', message: detected.warning });
  notes.push(`rating scale ${scaleLabel(detected.scale)}: ${detected.reason}`);

  const segments = new NameIndex();
  const byStage = Array.from({ length: stages.size }, () => new EmotionStats());
  // Keyed by stage × SEGMENT_SLOTS + segment: a number, so counting a rating allocates nothing.
  const bySegment = new Map<number, EmotionStats>();
  let rows = 0;
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    const row = table.rows[rowIndex] ?? [];
    rows++;
    const group = segmentColumn === null ? -1 : segments.add(row[segmentColumn.index] ?? '');
    for (const recommendation of recommendations) {
      const reading = readEmotion(row[recommendation.column.index] ?? '');
      if (reading.kind !== 'number' || reading.value < 0 || reading.value > 10) continue;
      recommendation.all.push(reading.value);
      if (group !== -1) {
        const list = recommendation.bySegment.get(group) ?? [];
        list.push(reading.value);
        recommendation.bySegment.set(group, list);
      }
    }
    for (const rating of ratings) {
      const cell = row[rating.column.index] ?? '';
      let score: number | undefined;
      if (rating.likert === undefined) {
        const reading = readEmotion(cell);
        if (reading.kind === 'empty') continue;
        score = normalizeScore(reading, detected.scale);
        if (score === undefined) {
          warnings.add('ratings left out', { ...table.locate(rowIndex, rating.column.index), message: emotionProblem(reading, detected.scale) });
          continue;
        }
      } else {
        const label = likertScore(rating.likert.scale, cell);
        if (label === null) continue;
        if (label === undefined) {
          warnings.add('ratings left out', { ...table.locate(rowIndex, rating.column.index), message: `"${cell.trim().slice(0, 40)}" is not one of the scale's labels (${rating.likert.scale.labels.join(', ')}): left out` });
          continue;
        }
        score = label;
      }
      rating.stats.add(score);
      byStage[rating.stage]?.add(score);
      if (group !== -1) {
        const key = rating.stage * SEGMENT_SLOTS + group;
        let stats = bySegment.get(key);
        if (stats === undefined) {
          stats = new EmotionStats();
          bySegment.set(key, stats);
        }
        stats.add(score);
      }
    }
  }

  const stageList: Stage[] = stages.names().map((name, index) => {
    const stage: Stage = { id: ids.take('stage', stages.keys[index] ?? name, 0), name: fitName(name, 500).text };
    if (advocacy.has(index)) stage.phase = 'advocacy';
    const text = stageDescriptions[index];
    if (text !== undefined) stage.description = text;
    return stage;
  });
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
  const lanes = [touchpoints, emotionsLane];
  if (quoteColumns.length > 0) {
    const thoughts = lane(context, 'thoughts');
    lanes.push(thoughts);
    const max = options.maxQuotesPerCell ?? DEFAULT_QUOTES;
    for (const { column, after } of quoteColumns) {
      const stage = stageList[after === -1 ? 0 : after];
      if (stage === undefined) continue;
      for (const quote of surveyQuotes(table, column.index, max, locale)) {
        const card: Card = { id: ids.take('card', stage.id, thoughts.id, normalizeKey(quote.text)), stageId: stage.id, laneId: thoughts.id, text: quote.text, sources: quote.sources };
        if (quote.count > 1) card.count = quote.count;
        cards.push(card);
      }
    }
  }
  if (recommendations.length > 0) {
    const title = words.npsLane;
    const npsLane: Lane = { id: ids.take('lane', 'custom', normalizeKey(title)), kind: 'custom', title };
    lanes.push(npsLane);
    for (const recommendation of recommendations) {
      const stage = stageList[recommendation.stage];
      if (stage === undefined) continue;
      const made = recommendationCards(recommendation, stage, npsLane, segmentColumn === null ? null : personas, ids, locale);
      cards.push(...made.cards);
      const line = description[recommendation.line];
      if (line !== undefined && made.bySegment !== undefined) description[recommendation.line] = `${line} ${made.bySegment}`;
    }
  }
  const emotions: Emotion[] = [];
  stageList.forEach((stage, index) => {
    if (segmentColumn === null) {
      const stats = byStage[index];
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id, { lowShare: true }));
      return;
    }
    personas.forEach((persona, group) => {
      const stats = bySegment.get(index * SEGMENT_SLOTS + group);
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id, { personaId: persona.id, lowShare: true }));
    });
  });
  const parts: FormatOutcome & { ok: true } = {
    ok: true,
    parts: { personas, stages: stageList, lanes, cards, emotions },
    scale: detected.scale,
    rows,
  };
  // The subtitle leads: the question the stages answer, then the summaries.
  if (named.subtitle !== undefined) description.unshift(named.subtitle);
  if (description.length > 0) parts.parts.description = description.join('\n');
  return parts;
}

/** The stage names of the rating columns a survey tool's export describes, and the subtitle they share. */
function toolStageNames(columns: readonly Column[], verdicts: ReadonlyMap<Column, SurveyColumnKind>, segment: Column | null): { names: Map<Column, StageName>; subtitle?: string } {
  const rated = columns.filter((column) => column !== segment && column.question !== undefined && verdicts.get(column)?.kind === 'rating');
  const named = stageNames(rated.map((column) => column.question ?? { text: column.header }));
  const names = new Map(rated.map((column, index) => [column, named.names[index] ?? { name: column.header }]));
  return named.subtitle === undefined ? { names } : { names, subtitle: named.subtitle };
}

/** The labelled scales read, each with the columns that use it, in column order. */
function labelScales(labelled: readonly Rating[]): { labels: string[]; columns: string[] }[] {
  const byScale = new Map<LikertMatch['scale'], string[]>();
  for (const rating of labelled) {
    if (rating.likert === undefined) continue;
    const list = byScale.get(rating.likert.scale) ?? [];
    list.push(rating.column.header);
    byScale.set(rating.likert.scale, list);
  }
  return [...byScale].map(([scale, headers]) => ({ labels: [...scale.labels], columns: headers }));
}

function lane(context: FormatContext, kind: LaneKind): Lane {
  const title = LANE_TITLES[context.locale][kind];
  return { id: context.ids.take('lane', kind, normalizeKey(title)), kind, title };
}
