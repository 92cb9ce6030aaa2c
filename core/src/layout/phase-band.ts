import type { Stage } from '../model/journey.js';
import { textLineCount } from './fitted-text-primitive.js';
import { keyPart } from './layout-key.js';
import type { LayoutLabels } from './layout-labels.js';
import { textLines, type LayoutMetrics } from './layout-metrics.js';
import { phaseSpans } from './phase-spans.js';
import type { Primitive } from './primitive.js';
import type { Column } from './stage-headers.js';

/**
 * The phase band: one rounded bar per run of consecutive stages sharing a phase, spanning their
 * columns, keyed by the run's first stage. Returns the primitives and the band's height (0 when no
 * stage has a phase).
 *
 * @example phaseBand(stages, columns, 70, metrics, labels).primitives.map((p) => p.text) // ['Sensibilisation', 'Achat']
 */
export function phaseBand(
  stages: readonly Stage[],
  columns: readonly Column[],
  y: number,
  metrics: LayoutMetrics,
  labels: LayoutLabels,
): { primitives: Primitive[]; h: number } {
  const spans = phaseSpans(stages, labels.phases);
  if (spans.length === 0) return { primitives: [], h: 0 };
  const { pad, smallFont, smallLine } = metrics;
  const maxLines = textLines(metrics, 1);
  const bars = spans.map((span) => {
    const x = columns[span.first]?.x ?? 0;
    const last = columns[span.last];
    const w = (last?.x ?? x) + (last?.w ?? 0) - x;
    return { span, x, w, lines: textLineCount(span.label, { width: w - 2 * pad, maxLines, fontSize: smallFont, bold: true }) };
  });
  const lines = Math.max(1, ...bars.map((bar) => bar.lines));
  const h = lines * smallLine + pad;
  const primitives = bars.map(({ span, x, w }): Primitive => ({
    kind: 'shape',
    shape: 'round_rectangle',
    key: `phase:${keyPart(stages[span.first]?.id ?? '')}`,
    box: { x, y, w, h },
    style: 'phase',
    text: span.label,
    fit: { width: w - 2 * pad, maxLines: lines },
    fontSize: smallFont,
  }));
  return { primitives, h };
}
