import type { JourneyInsights, MomentKind } from '../insight/journey-insights.js';
import type { Journey, Stage } from '../model/journey.js';
import type { EmotionSeries } from './emotion-series.js';
import { evidenceLabels } from './evidence-labels.js';
import { textLineCount } from './fitted-text-primitive.js';
import { keyPart } from './layout-key.js';
import { textLineHeight, type LayoutMetrics } from './layout-metrics.js';
import type { Primitive } from './primitive.js';
import type { Column } from './stage-headers.js';

/** The order moments are listed in on a stage's badge. */
const MOMENT_ORDER: readonly MomentKind[] = ['lowest', 'largestDrop', 'widestSpread', 'mostReportedPain'];

/**
 * The curves with their evidence: each stage point resting on fewer than `minEvidence` answers is
 * `thin` (drawn hollow), and a curve inferred from verbatims is `estimated` (drawn dashed). The
 * everyone curve reads the stage-level flags of `insights.lowEvidence`, a persona's its own.
 *
 * @example withEvidence(series, insights, stages)[0]?.thin // [false, false, true]
 */
export function withEvidence(series: readonly EmotionSeries[], insights: JourneyInsights, stages: readonly Stage[]): EmotionSeries[] {
  const thinKeys = new Set(insights.lowEvidence.map((entry) => `${entry.personaId ?? '_'}|${entry.stageId}`));
  return series.map((one) => {
    const thin = stages.map((stage, index) => one.byStage[index] !== undefined && thinKeys.has(`${one.personaId ?? '_'}|${stage.id}`));
    const estimated = one.byStage.some((emotion) => emotion?.basis === 'verbatims');
    return { ...one, thin, estimated };
  });
}

/**
 * The legend lines the evidence marks need under the emotion lane's title: hollow points ("few
 * answers, fewer than 5") and dashed curves ("estimated from verbatims"), each only when drawn.
 *
 * @example evidenceLegendLines(series, 'fr', 5) // ['○ peu de réponses (moins de 5)']
 */
export function evidenceLegendLines(series: readonly EmotionSeries[], locale: Journey['locale'], minEvidence: number): string[] {
  const labels = evidenceLabels(locale);
  const lines: string[] = [];
  if (series.some((one) => one.thin?.includes(true) === true)) lines.push(labels.hollowLegend(minEvidence));
  if (series.some((one) => one.estimated === true)) lines.push(labels.estimated);
  return lines;
}

/**
 * One badge per stage that holds a moment of truth of the whole sample or rests on few answers: a
 * pill under its header listing them, one per line ("Lowest point", "Few answers (3 answers)").
 * Moments of truth are red (`negative`), a stage with only few answers amber (`neutral`). Persona
 * moments stay in the reports: on the map one badge per stage stays readable. Returns the
 * primitives and the row's height (0 without badges).
 *
 * @example stageBadges(stages, columns, 140, metrics, insights, 'en').primitives[0]?.text // 'Lowest point\nBiggest drop'
 */
export function stageBadges(
  stages: readonly Stage[],
  columns: readonly Column[],
  y: number,
  metrics: LayoutMetrics,
  insights: JourneyInsights,
  locale: Journey['locale'],
): { primitives: Primitive[]; h: number } {
  const labels = evidenceLabels(locale);
  const texts = stages.map((stage) => {
    const lines: string[] = [];
    for (const kind of MOMENT_ORDER) {
      if (insights.momentsOfTruth.some((moment) => moment.personaId === undefined && moment.kind === kind && moment.stageId === stage.id)) lines.push(labels.moments[kind]);
    }
    const moments = lines.length;
    const thin = insights.lowEvidence.find((entry) => entry.personaId === undefined && entry.stageId === stage.id);
    if (thin !== undefined) lines.push(labels.fewAnswers(thin.n));
    return { text: lines.join('\n'), moments };
  });
  if (texts.every((entry) => entry.text === '')) return { primitives: [], h: 0 };
  const { smallFont, pad } = metrics;
  const line = textLineHeight(metrics, smallFont);
  const maxLines = metrics.board ? Infinity : 4;
  let lines = 1;
  texts.forEach((entry, s) => {
    if (entry.text !== '') lines = Math.max(lines, textLineCount(entry.text, { width: (columns[s]?.w ?? 0) - pad, maxLines, fontSize: smallFont, bold: true }));
  });
  const h = lines * line + pad;
  const primitives: Primitive[] = [];
  texts.forEach((entry, s) => {
    const stage = stages[s];
    const column = columns[s];
    if (entry.text === '' || stage === undefined || column === undefined) return;
    primitives.push({
      kind: 'shape',
      shape: 'round_rectangle',
      key: `badge:${keyPart(stage.id)}`,
      box: { x: column.x, y, w: column.w, h },
      style: entry.moments > 0 ? 'negative' : 'neutral',
      text: entry.text,
      fit: { width: column.w - pad, maxLines: lines },
      fontSize: smallFont,
      ref: { stageId: stage.id },
    });
  });
  return { primitives, h };
}
