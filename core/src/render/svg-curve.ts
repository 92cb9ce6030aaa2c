import type { Box, ConnectorPrimitive, CurvePrimitive } from '../layout/primitive.js';
import { escapeXml } from './escape-xml.js';

/**
 * An emotion curve: its monotone path stroked in its persona colour (the persona's own when it has
 * one), dashed when it is not measured now (`dashed`: the previous wave), named by a tooltip.
 *
 * @example svgCurve(curve) // '<path class="cv persona0" d="M…"><title>Claire</title></path>'
 */
export function svgCurve(primitive: CurvePrimitive): string {
  const title = primitive.text !== '' ? `<title>${escapeXml(primitive.text)}</title>` : '';
  const color = primitive.color !== undefined ? ` style="stroke:${escapeXml(primitive.color)}"` : '';
  const dash = primitive.dashed === true ? ' stroke-dasharray="10 7"' : '';
  return `<path class="cv ${primitive.style}"${color}${dash} d="${escapeXml(primitive.path)}">${title}</path>`;
}

/**
 * A connector: a straight line between the centres of the two primitives it links (nothing when
 * one of them is missing).
 *
 * @example svgConnector(connector, boxes) // '<path class="cn legend" d="M10 20L200 20"/>'
 */
export function svgConnector(primitive: ConnectorPrimitive, boxes: ReadonlyMap<string, Box>): string {
  const from = boxes.get(primitive.from);
  const to = boxes.get(primitive.to);
  if (!from || !to) return '';
  const d = `M${from.x + from.w / 2} ${from.y + from.h / 2}L${to.x + to.w / 2} ${to.y + to.h / 2}`;
  return `<path class="cn ${primitive.style}" d="${d}"/>`;
}
