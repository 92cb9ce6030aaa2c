import type { Card } from '../../model/journey.js';
import { SCALE_RANGES } from '../emotion/scale-range.js';
import type { FormatContext, FormatOutcome } from '../format-context.js';
import { say } from '../../words/say.js';
import { assignSurveyColumns } from './assign-survey-columns.js';
import { chooseSegment } from './choose-segment.js';
import type { SurveyColumnKind } from './classify-survey-column.js';
import { classifySurveyColumns } from './classify-survey-columns.js';
import { detectSurveyScale } from './detect-survey-scale.js';
import { npsCards } from './nps-cards.js';
import { quoteCards } from './quote-cards.js';
import { readSurveyRatings } from './read-survey-ratings.js';
import { SurveyAnswers } from './survey-answers.js';
import { surveyEmotions } from './survey-emotions.js';
import { surveyLane } from './survey-lane.js';
import { surveyPersonas } from './survey-personas.js';
import { surveyStages } from './survey-stages.js';
import { touchpointCards } from './touchpoint-cards.js';

/** The verdicts whose columns the survey reads. */
const READ_KINDS = new Set<SurveyColumnKind['kind']>(['rating', 'nps', 'overall', 'quotes']);

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
  const { table, columns, ids, options, notes } = context;
  const verdicts = classifySurveyColumns(table, columns);
  const candidates = columns.filter((column) => verdicts.get(column)?.kind === 'segment');
  const segment = chooseSegment(columns, candidates, options.segmentColumn);
  if (segment.problem !== undefined) return { ok: false, problems: [{ column: options.segmentColumn ?? '', ...segment.problem }] };
  const segmentColumn = segment.column;

  // The columns the survey reads (as `assignSurveyColumns` uses them), read together in one pass.
  const read = columns.filter((column) => column === segmentColumn || READ_KINDS.has(verdicts.get(column)?.kind ?? 'left out'));
  const answers = new SurveyAnswers(table, read.map((column) => column.index));
  const assigned = assignSurveyColumns(context, answers, verdicts, segmentColumn);
  const { ratings, recommendations, description } = assigned;
  if (assigned.subtitle !== undefined) context.subtitle = assigned.subtitle;
  if (segmentColumn === null && candidates.length > 0) {
    notes.push(say('survey.noSegment', { candidates: candidates.map((column) => column.header) }));
  }
  if (ratings.length === 0) {
    return { ok: false, problems: [say('survey.noRating')] };
  }

  const scale = detectSurveyScale(context, answers, ratings);
  if (!scale.ok) return scale;
  const tally = readSurveyRatings(context, answers, ratings, recommendations, segmentColumn, assigned.stages.size, scale.scale);

  // Ids are taken in map order (stages, personas, lanes, cards), so the order of these steps is the ids'.
  const stages = surveyStages(assigned, ids);
  const personas = surveyPersonas(tally.segments, ids);
  const segmented = segmentColumn === null ? null : personas;
  // Researchers read a survey's means on its own scale ("3,7 / 5"): kept beside the canonical score.
  const fileScale = scale.scale === 'words' || scale.scale === 'none' ? undefined : SCALE_RANGES[scale.scale];
  const touchpoints = surveyLane(context, 'touchpoints');
  const lanes = [touchpoints, surveyLane(context, 'emotions')];
  const cards: Card[] = touchpointCards(ratings, stages, touchpoints, ids, fileScale);
  if (assigned.quoteColumns.length > 0) {
    const thoughts = surveyLane(context, 'thoughts');
    lanes.push(thoughts);
    cards.push(...quoteCards(context, answers, assigned.quoteColumns, stages, thoughts));
  }
  if (recommendations.length > 0) {
    const nps = npsCards(context, recommendations, stages, segmented, description);
    lanes.push(nps.lane);
    cards.push(...nps.cards);
  }
  const emotions = surveyEmotions(stages, segmented, tally, fileScale);
  const parts: FormatOutcome & { ok: true } = {
    ok: true,
    parts: { personas, stages, lanes, cards, emotions },
    scale: scale.scale,
    rows: tally.rows,
  };
  // The subtitle leads: the question the stages answer, then the summaries.
  if (assigned.subtitle !== undefined) description.unshift(assigned.subtitle);
  if (description.length > 0) parts.parts.description = description.join('\n');
  return parts;
}
