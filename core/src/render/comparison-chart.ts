import type { JourneyComparison } from '../compare/journey-comparison.js';
import { formatDelta } from '../layout/format-delta.js';
import { monotonePath } from '../layout/monotone-path.js';
import type { Point } from '../layout/primitive.js';
import type { Journey } from '../model/journey.js';
import type { ComparisonLabels } from './comparison-labels.js';
import { escapeXml } from './escape-xml.js';
import type { PaletteColors } from './palette.js';

const COLUMN = 150;
const LEFT = 56;
const TOP = 40;
const LEVEL = 42;
const LABEL_CHARS = 22;

/**
 * The two curves of a comparison as one inline SVG: everyone's emotion per stage, the previous wave
 * dashed and the new one solid, on a −2…+2 grid, the change written over each stage that has both,
 * the stage names under the plot. Stages in one wave only get a point on that wave's curve alone.
 *
 * @example comparisonChart(comparison, labels, colors, 'fr').startsWith('<svg') // true
 */
export function comparisonChart(comparison: JourneyComparison, labels: ComparisonLabels, colors: PaletteColors, locale: Journey['locale']): string {
  const stages = comparison.stages;
  const width = LEFT + Math.max(1, stages.length) * COLUMN + 16;
  const plotBottom = TOP + 4 * LEVEL;
  const height = plotBottom + 56;
  const y = (score: number) => TOP + (2 - Math.max(-2, Math.min(2, score))) * LEVEL;
  const x = (index: number) => LEFT + index * COLUMN + COLUMN / 2;
  const muted = colors.tokens.legend.text;
  const before = colors.personas[3] ?? '#138a7e';
  const after = colors.personas[0] ?? '#2f6fd6';
  const parts: string[] = [];
  for (let level = -2; level <= 2; level++) {
    const ly = y(level);
    parts.push(`<line x1="${LEFT}" x2="${width - 16}" y1="${ly}" y2="${ly}" stroke="${colors.tokens.grid.stroke}" stroke-width="${level === 0 ? 2 : 1}"/>`);
    parts.push(`<text x="${LEFT - 10}" y="${ly + 4}" text-anchor="end" font-size="12" fill="${muted}">${level > 0 ? '+' : level < 0 ? '−' : ''}${Math.abs(level)}</text>`);
  }
  const curve = (side: 'before' | 'after', color: string, dashed: boolean) => {
    const points: Point[] = [];
    stages.forEach((stage, index) => {
      const score = stage[side]?.score;
      if (score !== undefined) points.push({ x: x(index), y: Math.round(y(score) * 10) / 10 });
    });
    if (points.length >= 2) parts.push(`<path d="${monotonePath(points)}" fill="none" stroke="${color}" stroke-width="3"${dashed ? ' stroke-dasharray="8 6"' : ''}/>`);
    for (const point of points) parts.push(`<circle cx="${point.x}" cy="${point.y}" r="5" fill="${dashed ? colors.background : color}" stroke="${color}" stroke-width="2.5"/>`);
  };
  curve('before', before, true);
  curve('after', after, false);
  stages.forEach((stage, index) => {
    const name = stage.stage.length > LABEL_CHARS ? `${stage.stage.slice(0, LABEL_CHARS - 1)}…` : stage.stage;
    parts.push(`<text x="${x(index)}" y="${plotBottom + 26}" text-anchor="middle" font-size="13" fill="${colors.tokens.title.text}">${escapeXml(name)}<title>${escapeXml(stage.stage)}</title></text>`);
    if (stage.delta !== undefined) {
      const top = Math.min(y(stage.before?.score ?? 0), y(stage.after?.score ?? 0));
      const ink = stage.delta > 0 ? colors.tokens.positive.ink : stage.delta < 0 ? colors.tokens.negative.ink : muted;
      parts.push(
        `<text x="${x(index)}" y="${Math.max(14, top - 12)}" text-anchor="middle" font-size="13" font-weight="${stage.significant ? 800 : 500}" fill="${ink}">${escapeXml(formatDelta(stage.delta, locale))}</text>`,
      );
    }
  });
  const legendY = height - 10;
  parts.push(
    `<line x1="${LEFT}" x2="${LEFT + 28}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${before}" stroke-width="3" stroke-dasharray="8 6"/>`,
    `<text x="${LEFT + 36}" y="${legendY}" font-size="13" fill="${muted}">${escapeXml(labels.before)}</text>`,
    `<line x1="${LEFT + 200}" x2="${LEFT + 228}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${after}" stroke-width="3"/>`,
    `<text x="${LEFT + 236}" y="${legendY}" font-size="13" fill="${muted}">${escapeXml(labels.after)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(labels.curves)}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`;
}
