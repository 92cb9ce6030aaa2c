import type { Emotion, Journey, Lane } from '../model/journey.js';
import { emotionFace, emotionToken } from './emotion-face.js';
import type { EmotionSeries } from './emotion-series.js';
import { textLineCount } from './fitted-text-primitive.js';
import { formatScore, surveyFigures } from './format-score.js';
import { layoutLabels } from './layout-labels.js';
import { keyPart } from './layout-key.js';
import { textLineHeight, type LayoutMetrics } from './layout-metrics.js';
import { monotonePath } from './monotone-path.js';
import type { Point, Primitive } from './primitive.js';

/** Where the emotion lane is drawn: the top of its plot and the stage columns. */
export interface EmotionLaneFrame {
  lane: Lane;
  stageIds: readonly string[];
  /** Top of the plot (inside the lane band). */
  top: number;
  columns: readonly { x: number; w: number }[];
  /** Left edge and width of the scale gutter, at the right of the lane-title column. */
  scaleX: number;
  scaleW: number;
}

/**
 * Height of the emotion plot and the score lines under it: five levels `levelStep` apart plus a
 * point's diameter, then each curve's score lines (`scoreLines[i]` lines for curve `i`: one in a
 * picture, as many as its longest label wraps to on a board).
 *
 * @example emotionBlockHeight(layoutMetrics(), [1, 1]) // 188 + 8 + 2 × 17
 */
export function emotionBlockHeight(metrics: LayoutMetrics, scoreLines: readonly number[]): number {
  const plot = 4 * metrics.levelStep + metrics.pointD;
  if (scoreLines.length === 0) return plot;
  let lines = 0;
  for (const count of scoreLines) lines += count;
  return plot + Math.round(metrics.gap / 2) + lines * textLineHeight(metrics, metrics.smallFont);
}

/**
 * The score line under a stage's emotion point: its label (or the score, formatted for the
 * journey's language) and how many people gave it.
 *
 * @example scoreText({ stageId: 's1', score: -1.24, n: 12 }, 'fr') // '−1,2 · n=12'
 */
export function scoreText(emotion: Emotion, locale: Journey['locale']): string {
  const score = `${emotion.label ?? formatScore(emotion.score, locale)}${emotion.n !== undefined ? ` · n=${emotion.n}` : ''}`;
  // A survey's own figures go on a line of their own: researchers quote "3,7 / 5", not "+0,7".
  const figures = surveyFigures(emotion, locale, layoutLabels(locale));
  return figures === undefined ? score : `${score}\n${figures}`;
}

/**
 * How many lines a score label takes under its point: on a board, as many as it wraps to in its
 * column; in a picture one, or up to three for a survey's figures (its own line, wrapped).
 *
 * @example scoreLineCount(emotion, scoreText(emotion, 'fr'), 240, metrics) // 2 for a survey stage
 */
export function scoreLineCount(emotion: Emotion, text: string, width: number, metrics: LayoutMetrics): number {
  if (!metrics.board && emotion.rating === undefined && emotion.lowShare === undefined) return 1;
  return textLineCount(text, { width, maxLines: metrics.board ? Infinity : 3, fontSize: metrics.smallFont, bold: true });
}

/** The narrowest stage column that keeps the points of every curve apart. */
export function emotionColumnWidth(metrics: LayoutMetrics, seriesCount: number): number {
  return seriesCount * (metrics.pointD + 8);
}

/**
 * The primitives of an emotion lane: a face per level in the scale gutter, the zero line, then per
 * curve its min–max whiskers, the monotone curve, a face point per stage at the height of its score
 * and a score line (`−1,2 · n=12`) under the plot. With several curves each has its own slot in the
 * stage column so points and whiskers never sit on each other.
 *
 * @example emotionLanePrimitives(frame, series, metrics, 'fr').filter((p) => p.kind === 'curve').length // one per curve
 */
export function emotionLanePrimitives(
  frame: EmotionLaneFrame,
  series: readonly EmotionSeries[],
  metrics: LayoutMetrics,
  locale: Journey['locale'],
  scoreLines: readonly number[] = series.map(() => 1),
): Primitive[] {
  const { pointD, levelStep, smallFont } = metrics;
  const scoreLine = textLineHeight(metrics, smallFont);
  const r = pointD / 2;
  const laneKey = `emotion:${keyPart(frame.lane.id)}`;
  const laneId = frame.lane.id;
  const levelY = (score: number) => Math.round(frame.top + r + (2 - Math.max(-2, Math.min(2, score))) * levelStep);
  const out: Primitive[] = [];

  for (let level = 2; level >= -2; level--) {
    const size = Math.min(pointD, levelStep - 4);
    out.push({
      kind: 'text',
      key: `${laneKey}:scale:${level}`,
      box: { x: frame.scaleX + frame.scaleW - size, y: levelY(level) - Math.floor(size / 2), w: size, h: size },
      style: emotionToken(level),
      text: emotionFace(level),
      fontSize: smallFont,
      align: 'center',
      ref: { laneId },
    });
  }
  const first = frame.columns[0];
  const last = frame.columns[frame.columns.length - 1];
  if (first && last) {
    out.push({
      kind: 'shape',
      shape: 'rectangle',
      key: `${laneKey}:zero`,
      box: { x: first.x, y: levelY(0) - 1, w: last.x + last.w - first.x, h: 2 },
      style: 'zeroLine',
      text: '',
      ref: { laneId },
    });
  }

  const statsTop = frame.top + 4 * levelStep + pointD + Math.round(metrics.gap / 2);
  const marks: Primitive[] = [];
  const curves: Primitive[] = [];
  let scoreTop = statsTop;
  series.forEach((one, seriesIndex) => {
    const lines = scoreLines[seriesIndex] ?? 1;
    const scoreY = scoreTop;
    scoreTop += lines * scoreLine;
    const seriesKey = `${laneKey}:${keyPart(one.key)}`;
    const personaRef = one.personaId !== undefined ? { personaId: one.personaId } : {};
    const points: Point[] = [];
    one.byStage.forEach((emotion, stageIndex) => {
      const column = frame.columns[stageIndex];
      const stageId = frame.stageIds[stageIndex];
      if (!emotion || !column || stageId === undefined) return;
      const ref = { stageId, laneId, ...personaRef };
      const cx = column.x + Math.round((column.w * (seriesIndex + 0.5)) / series.length);
      const cy = levelY(emotion.score);
      points.push({ x: cx, y: cy });
      if (emotion.min !== undefined || emotion.max !== undefined) {
        const top = levelY(Math.max(emotion.max ?? emotion.score, emotion.score));
        const bottom = levelY(Math.min(emotion.min ?? emotion.score, emotion.score));
        out.push({
          kind: 'shape',
          shape: 'pill',
          key: `${seriesKey}:range:${keyPart(stageId)}`,
          box: { x: cx - r, y: top - r, w: pointD, h: bottom - top + pointD },
          style: one.token,
          text: '',
          ...(one.color !== undefined && { color: one.color }),
          ref,
        });
      }
      marks.push({
        kind: 'shape',
        shape: 'circle',
        key: `${seriesKey}:point:${keyPart(stageId)}`,
        box: { x: cx - r, y: cy - r, w: pointD, h: pointD },
        style: emotionToken(emotion.score),
        text: emotionFace(emotion.score),
        fontSize: smallFont,
        ...(one.thin?.[stageIndex] === true && { hollow: true }),
        ref,
      });
      const score = scoreText(emotion, locale);
      const scoreLines = scoreLineCount(emotion, score, column.w, metrics);
      marks.push({
        kind: 'text',
        key: `${seriesKey}:score:${keyPart(stageId)}`,
        box: { x: column.x, y: scoreY, w: column.w, h: scoreLines * scoreLine },
        style: one.token,
        text: score,
        fontSize: smallFont,
        ...(one.color !== undefined && { color: one.color }),
        align: 'center',
        bold: true,
        ref,
      });
    });
    const firstPoint = points[0];
    if (points.length >= 2 && firstPoint) {
      let minY = firstPoint.y;
      let maxY = firstPoint.y;
      for (const point of points) {
        minY = Math.min(minY, point.y);
        maxY = Math.max(maxY, point.y);
      }
      const lastPoint = points[points.length - 1] ?? firstPoint;
      curves.push({
        kind: 'curve',
        key: `${seriesKey}:curve`,
        box: { x: firstPoint.x, y: minY, w: lastPoint.x - firstPoint.x, h: maxY - minY },
        style: one.token,
        text: one.name,
        ...(one.color !== undefined && { color: one.color }),
        points,
        path: monotonePath(points),
        ...(one.estimated === true && { dashed: true }),
        ref: { laneId, ...personaRef },
      });
    }
  });
  return [...out, ...curves, ...marks];
}
