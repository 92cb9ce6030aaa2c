import type { Column } from '../columns/column.js';
import { EmotionStats } from '../emotion/emotion-stats.js';
import type { FormatContext } from '../format-context.js';
import { NameIndex } from '../names/name-index.js';
import { say } from '../../words/say.js';
import type { SurveyColumnKind } from './classify-survey-column.js';
import type { Recommendation } from './recommendation-cards.js';
import { splitStagePrefix } from './split-stage-prefix.js';
import type { SurveyAnswers } from './survey-answers.js';
import type { SurveyRating } from './survey-rating.js';
import { surveySummary } from './survey-summary.js';
import { SURVEY_WORDS } from './survey-words.js';
import { toolStageNames } from './tool-stage-names.js';
import { noteOnColumn } from '../columns/note-on-column.js';

/** Where a survey's columns go on the map, before any rating is read. */
export interface SurveyColumns {
  /** Stage names in column order, and the text under each (a tool's question). */
  stages: NameIndex;
  stageDescriptions: (string | undefined)[];
  /** Stages holding a recommendation question. */
  advocacy: Set<number>;
  ratings: SurveyRating[];
  recommendations: Recommendation[];
  /** Free-text columns, with the stage before them (−1 before any). */
  quoteColumns: { column: Column; after: number }[];
  /** The NPS and overall satisfaction summaries, one line each. */
  description: string[];
  /** The question the stages answer, shared by a survey tool's rating columns. */
  subtitle?: string;
}

/**
 * Gives each column of a survey matrix its place: rating columns become touchpoints under the stage
 * a tool's question or a `Stage / Touchpoint` header names, NPS and overall satisfaction are
 * summarised (a recommendation question on an advocacy stage of its own), free text becomes quotes of
 * the stage before it, and the rest is left out with a note. Marks each column's role and note, and
 * records metadata and personal columns on the context.
 *
 * @example assignSurveyColumns(context, answers, verdicts, null).ratings.map((rating) => rating.touchpoint) // ['Site web', 'Accueil']
 */
export function assignSurveyColumns(context: FormatContext, answers: SurveyAnswers, verdicts: ReadonlyMap<Column, SurveyColumnKind>, segmentColumn: Column | null): SurveyColumns {
  const { columns, locale, notes } = context;
  const stages = new NameIndex();
  const stageDescriptions: (string | undefined)[] = [];
  const advocacy = new Set<number>();
  const ratings: SurveyRating[] = [];
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
      noteOnColumn(column, say('survey.segmentColumn'));
      notes.push(say('survey.segment', { column: column.header }));
      continue;
    }
    switch (verdict.kind) {
      case 'rating': {
        const toolName = named.names.get(column);
        const { stage, touchpoint } = toolName === undefined ? splitStagePrefix(column.bareTitle) : { stage: toolName.name, touchpoint: toolName.name };
        column.used = true;
        column.role = 'rating';
        if (verdict.likert !== undefined) noteOnColumn(column, say('column.likertRating', { points: verdict.likert.scale.labels.length }));
        lastStage = addStage(stage, toolName?.description);
        const rating: SurveyRating = { column, stage: lastStage, touchpoint, stats: new EmotionStats() };
        if (verdict.likert !== undefined) rating.likert = verdict.likert;
        ratings.push(rating);
        break;
      }
      case 'nps':
      case 'overall': {
        const line = surveySummary(answers, column.index, verdict.kind, column.question?.text ?? column.bareTitle, locale);
        column.used = true;
        column.role = verdict.kind;
        noteOnColumn(column, say(verdict.kind === 'nps' ? 'survey.nps' : 'survey.overall'));
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
        noteOnColumn(column, say('column.quotes'));
        quoteColumns.push({ column, after: lastStage });
        break;
      case 'segment':
        noteOnColumn(column, say('survey.categories'));
        break;
      case 'left out':
        noteOnColumn(column, say('survey.leftOut', { why: verdict.why }));
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
  const assigned: SurveyColumns = { stages, stageDescriptions, advocacy, ratings, recommendations, quoteColumns, description };
  if (named.subtitle !== undefined) assigned.subtitle = named.subtitle;
  return assigned;
}

