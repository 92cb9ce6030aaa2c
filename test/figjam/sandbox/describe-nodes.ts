import type { FakeFigma } from '../../fakes/figma-fake.js';

/** One node of the page as a test reads it: plain data, the same inside QuickJS and in Node. */
export interface NodeDescription {
  id: string;
  type: string;
  parent: string | null;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A sticky's, shape's or connector's text sublayer, or a text node's characters. */
  text?: string;
  font?: string;
  /** The first solid fill as #RRGGBB. */
  fill?: string;
  authorVisible?: boolean;
  pluginData: Record<string, string>;
}

const hex = (channel: number) =>
  Math.round(channel * 255)
    .toString(16)
    .padStart(2, '0')
    .toUpperCase();

function firstFill(fills: unknown): string | undefined {
  if (!Array.isArray(fills)) return undefined;
  const paint = fills[0] as { type?: string; color?: { r: number; g: number; b: number } } | undefined;
  return paint?.type === 'SOLID' && paint.color ? `#${hex(paint.color.r)}${hex(paint.color.g)}${hex(paint.color.b)}` : undefined;
}

/**
 * Every node on the fake's page, depth first, described as plain data.
 *
 * @example describeNodes(figma).filter((node) => node.type === 'STICKY').length
 */
export function describeNodes(figma: FakeFigma): NodeDescription[] {
  return figma.allNodes().map((node) => {
    const description: NodeDescription = {
      id: node.id,
      type: node.type,
      parent: node.parent && 'type' in node.parent && node.parent.type !== 'PAGE' ? node.parent.id : null,
      name: node.name,
      x: node.x,
      y: node.y,
      width: node.width,
      height: node.height,
      pluginData: Object.fromEntries(node.getPluginDataKeys().map((key) => [key, node.getPluginData(key)])),
    };
    if ('text' in node) {
      description.text = node.text.characters;
      description.font = `${node.text.fontName.family} ${node.text.fontName.style}`;
    } else if (node.type === 'TEXT') {
      description.text = node.characters;
      description.font = `${node.fontName.family} ${node.fontName.style}`;
    }
    const fill = 'fills' in node ? firstFill(node.fills) : undefined;
    if (fill !== undefined) description.fill = fill;
    if (node.type === 'STICKY') description.authorVisible = node.authorVisible;
    return description;
  });
}
