import type { Lane } from '../model/journey.js';
import type { EmotionSeries } from './emotion-series.js';
import { fittedTextPrimitive } from './fitted-text-primitive.js';
import { keyPart } from './layout-key.js';
import { textLineHeight, textLines, type LayoutMetrics } from './layout-metrics.js';
import type { Primitive } from './primitive.js';

/**
 * The legend of the emotion curves, one coloured entry per curve (up to two lines each) under the
 * lane title when there are several curves to tell apart, then the `notes` that explain marks
 * (hollow points, dashed curves: `evidenceLegendLines`). Returns its height too.
 *
 * @example emotionLegend(lane, series, 40, 300, 150, metrics).primitives.map((p) => p.text) // ['● Claire', '● Marc']
 */
export function emotionLegend(
  lane: Lane,
  series: readonly EmotionSeries[],
  x: number,
  y: number,
  width: number,
  metrics: LayoutMetrics,
  notes: readonly string[] = [],
): { primitives: Primitive[]; h: number } {
  if (series.length < 2 && notes.length === 0) return { primitives: [], h: 0 };
  let cursor = y;
  const primitives = (series.length < 2 ? [] : series).map((one): Primitive => {
    const text = fittedTextPrimitive({
      key: `emotion:${keyPart(lane.id)}:legend:${keyPart(one.key)}`,
      text: `● ${one.name}`,
      x,
      y: cursor,
      width,
      maxLines: textLines(metrics, 2),
      lineHeight: textLineHeight(metrics, metrics.smallFont),
      fontSize: metrics.smallFont,
      style: one.token,
      bold: true,
      ...(one.color !== undefined && { color: one.color }),
      ref: { laneId: lane.id, ...(one.personaId !== undefined && { personaId: one.personaId }) },
    });
    cursor += text.box.h + 4;
    return text;
  });
  notes.forEach((note, index) => {
    const text = fittedTextPrimitive({
      key: `emotion:${keyPart(lane.id)}:legend:note${index}`,
      text: note,
      x,
      y: cursor,
      width,
      maxLines: textLines(metrics, 2),
      lineHeight: textLineHeight(metrics, metrics.smallFont),
      fontSize: metrics.smallFont,
      style: 'legend',
      ref: { laneId: lane.id },
    });
    cursor += text.box.h + 4;
    primitives.push(text);
  });
  return { primitives, h: cursor - 4 - y };
}
