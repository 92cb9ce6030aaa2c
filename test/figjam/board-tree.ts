import { paintHex } from '../../figma-plugin/src/paint-colour.js';
import { FakeConnector, FakeSection, FakeShape, FakeSticky, FakeText, FakeVector, type FakeFigma } from '../fakes/figma-fake.js';

/** A plain, comparable picture of what the fake board holds: types, positions, text, colours, data. */
export type BoardNode = Record<string, unknown>;

export function boardTree(figma: FakeFigma): BoardNode[] {
  return figma.currentPage.children.map(describe);
}

function describe(node: FakeFigma['currentPage']['children'][number]): BoardNode {
  const data = node.getPluginData('parcours');
  const common = { type: node.type, x: node.x, y: node.y, data: data === '' ? null : (JSON.parse(data) as unknown) };
  const full = node.getPluginData('parcours.full');
  const extra = full === '' ? {} : { fullText: full };
  if (node instanceof FakeSection) {
    return { ...common, ...extra, w: node.width, h: node.height, name: node.name, fill: paintHex(node.fills), children: node.children.map(describe) };
  }
  if (node instanceof FakeSticky) {
    return { ...common, ...extra, text: node.text.characters, font: node.text.fontName, fill: paintHex(node.fills) };
  }
  if (node instanceof FakeShape) {
    return {
      ...common,
      ...extra,
      w: node.width,
      h: node.height,
      shape: node.shapeType,
      text: node.text.characters,
      font: node.text.fontName,
      fill: paintHex(node.fills),
      ink: paintHex(node.text.fills),
    };
  }
  if (node instanceof FakeText) {
    return {
      ...common,
      ...extra,
      w: node.width,
      text: node.characters,
      font: node.fontName,
      fontSize: node.fontSize,
      align: node.textAlignHorizontal,
      ink: paintHex(node.fills),
    };
  }
  if (node instanceof FakeVector) {
    return { ...common, ...extra, name: node.name, paths: node.vectorPaths, stroke: paintHex(node.strokes), weight: node.strokeWeight };
  }
  if (node instanceof FakeConnector) {
    return { ...common, ...extra, start: node.connectorStart, end: node.connectorEnd, text: node.text.characters, stroke: paintHex(node.strokes) };
  }
  return common;
}

/** The board without host ids, so two boards built by different runs compare equal. */
export function boardShape(figma: FakeFigma): unknown {
  const ids = new Map<string, string>();
  for (const node of figma.allNodes()) {
    const data = node.getPluginData('parcours');
    ids.set(node.id, data === '' ? node.id : (JSON.parse(data) as { k: string }).k);
  }
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [key, key === 'endpointNodeId' && typeof inner === 'string' ? ids.get(inner) ?? inner : strip(inner)]),
      );
    }
    return value;
  };
  const sortByKey = (nodes: BoardNode[]): BoardNode[] =>
    [...nodes]
      .map((node) => (Array.isArray(node['children']) ? { ...node, children: sortByKey(node['children'] as BoardNode[]) } : node))
      .sort((a, b) => JSON.stringify(a['data']).localeCompare(JSON.stringify(b['data'])));
  return strip(sortByKey(boardTree(figma)));
}
