import { smallFontOf } from '../layout/layout-metrics.js';
import type { Box, Layout, Primitive } from '../layout/primitive.js';
import { escapeXml } from './escape-xml.js';
import { paletteColors } from './palette.js';
import { svgCard } from './svg-card.js';
import { svgConnector, svgCurve } from './svg-curve.js';
import { svgDefs } from './svg-defs.js';
import { svgShape, svgText } from './svg-shape.js';
import { svgSticky } from './svg-sticky.js';
import { svgScope, svgStyle } from './svg-style.js';

/**
 * Draws a layout as one standalone SVG document: one `<style>` block scoped to the root's class,
 * the shadow and face symbols, then every primitive in layout order. All journey text is escaped; nothing is fetched, so the
 * file opens anywhere and can be embedded in HTML as it is.
 *
 * @example renderSvg(layoutJourney(journey)).startsWith('<svg xmlns="http://www.w3.org/2000/svg"') // true
 */
export function renderSvg(layout: Layout): string {
  const colors = paletteColors(layout.palette);
  const fontSizes = new Set<number>();
  let personaCount = 0;
  let boxes: Map<string, Box> | undefined;
  for (const primitive of layout.primitives) {
    if (primitive.fontSize !== undefined) fontSizes.add(primitive.fontSize);
    if (primitive.kind === 'card' || primitive.kind === 'sticky') fontSizes.add(smallFontOf(primitive.fontSize ?? 16));
    if (primitive.style.startsWith('persona') && primitive.style !== 'persona') {
      personaCount = Math.max(personaCount, Number(primitive.style.slice(7)) + 1);
    }
    if (primitive.kind === 'connector') boxes ??= new Map();
  }
  if (boxes) for (const primitive of layout.primitives) boxes.set(primitive.key, primitive.box);

  const { x, y, w, h } = layout.bounds;
  const scope = svgScope(layout.palette);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${scope}" viewBox="${x} ${y} ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeXml(layout.title)}">`,
    `\n<title>${escapeXml(layout.title)}</title>\n`,
    svgStyle(colors, scope, fontSizes, personaCount),
    svgDefs(colors),
    '\n',
  ];
  for (const primitive of layout.primitives) {
    svgPrimitive(parts, primitive, boxes);
    parts.push('\n');
  }
  parts.push('</svg>');
  return parts.join('');
}

function svgPrimitive(out: string[], primitive: Primitive, boxes: ReadonlyMap<string, Box> | undefined): void {
  switch (primitive.kind) {
    case 'frame':
      out.push(`<rect class="frame" x="${primitive.box.x}" y="${primitive.box.y}" width="${primitive.box.w}" height="${primitive.box.h}"/>`);
      return;
    case 'sticky':
      svgSticky(out, primitive);
      return;
    case 'card':
      svgCard(out, primitive);
      return;
    case 'shape':
      out.push(svgShape(primitive));
      return;
    case 'text':
      out.push(svgText(primitive));
      return;
    case 'curve':
      out.push(svgCurve(primitive));
      return;
    case 'connector':
      out.push(svgConnector(primitive, boxes ?? new Map()));
  }
}
