import type { Stage } from '../model/journey.js';
import { textLineCount } from './fitted-text-primitive.js';
import { keyPart } from './layout-key.js';
import { textLines, type LayoutMetrics } from './layout-metrics.js';
import type { Primitive } from './primitive.js';

/** A stage column: its left edge and width. */
export interface Column {
  x: number;
  w: number;
}

/**
 * One header per stage above its column, the name bold and centred, up to three lines in a picture
 * (every line on a board); all headers as tall as the tallest. Each keeps the name as written, and
 * the width and line count its box was sized for (`fit`) for the renderers. Returns the primitives
 * and the height of the row.
 *
 * @example stageHeaders(stages, columns, 90, metrics).h // 47 for one-line names at the default size
 */
export function stageHeaders(stages: readonly Stage[], columns: readonly Column[], y: number, metrics: LayoutMetrics): { primitives: Primitive[]; h: number } {
  if (stages.length === 0) return { primitives: [], h: 0 };
  const { pad, headerFont, headerLine } = metrics;
  const maxLines = textLines(metrics, 3);
  let lines = 1;
  for (let s = 0; s < stages.length; s++) {
    const width = (columns[s]?.w ?? 0) - 2 * pad;
    lines = Math.max(lines, textLineCount(stages[s]?.name ?? '', { width, maxLines, fontSize: headerFont, bold: true }));
  }
  const h = 2 * pad + lines * headerLine;
  const primitives = stages.map((stage, s): Primitive => {
    const column = columns[s] ?? { x: 0, w: 0 };
    return {
      kind: 'shape',
      shape: 'round_rectangle',
      key: `stage:${keyPart(stage.id)}`,
      box: { x: column.x, y, w: column.w, h },
      style: 'stage',
      text: stage.name,
      fit: { width: column.w - 2 * pad, maxLines: lines },
      fontSize: headerFont,
      ref: { stageId: stage.id },
    };
  });
  return { primitives, h };
}
