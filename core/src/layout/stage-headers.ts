import type { Stage } from '../model/journey.js';
import { fitText } from './fit-text.js';
import { keyPart } from './layout-key.js';
import type { LayoutMetrics } from './layout-metrics.js';
import type { Primitive } from './primitive.js';

/** A stage column: its left edge and width. */
export interface Column {
  x: number;
  w: number;
}

/**
 * One header per stage above its column, the name bold and centred, up to three lines; all headers
 * as tall as the tallest. Returns the primitives and the height of the row.
 *
 * @example stageHeaders(stages, columns, 90, metrics).h // 47 for one-line names at the default size
 */
export function stageHeaders(stages: readonly Stage[], columns: readonly Column[], y: number, metrics: LayoutMetrics): { primitives: Primitive[]; h: number } {
  if (stages.length === 0) return { primitives: [], h: 0 };
  const { pad, headerFont, headerLine } = metrics;
  const names = stages.map((stage, s) => fitText(stage.name, { width: (columns[s]?.w ?? 0) - 2 * pad, maxLines: 3, fontSize: headerFont, bold: true }));
  const h = 2 * pad + Math.max(...names.map((name) => name.lines.length)) * headerLine;
  const primitives = stages.map((stage, s): Primitive => {
    const name = names[s] ?? { lines: [stage.name], shortened: false };
    const column = columns[s] ?? { x: 0, w: 0 };
    return {
      kind: 'shape',
      shape: 'round_rectangle',
      key: `stage:${keyPart(stage.id)}`,
      box: { x: column.x, y, w: column.w, h },
      style: 'stage',
      text: name.lines.join('\n'),
      ...(name.shortened && { fullText: stage.name }),
      fontSize: headerFont,
      ref: { stageId: stage.id },
    };
  });
  return { primitives, h };
}
