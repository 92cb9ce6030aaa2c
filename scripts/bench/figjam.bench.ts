/**
 * FigJam figures (PRODUCT.md §8):
 * - `figjam.overhead_ratio`: placing a 10,000-card map on the fake host ÷ the bare host calls that
 *   placement needs, on the same fake, measured in the same run. The bare run makes exactly the
 *   calls a fresh placement makes (font loads, the section, one create per primitive, its append,
 *   property writes and plugin data, the undo commit) in a tight loop, with every value prepared
 *   beforehand; the difference is what the plugin adds: reading back, planning, mapping primitives,
 *   hashing, progress and cancel checks. Runs alternate, the ratio is the median of pairs.
 * - `bundle.figjam_kb_gz`: code.js + ui.html as built, gzipped, in KB.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { Layout, Primitive } from '../../core/src/layout/primitive.js';
import { hashPrimitive } from '../../core/src/sync/hash-content.js';
import { figJamColours } from '../../figma-plugin/src/figjam-palette.js';
import { encodePlacedData } from '../../figma-plugin/src/figjam-placed-data.js';
import { figmaVectorPath } from '../../figma-plugin/src/figma-vector-path.js';
import { FIGJAM_FONTS, placeOnFigJam } from '../../figma-plugin/src/place.js';
import { solidPaint } from '../../figma-plugin/src/paint-colour.js';
import { geometryFingerprint } from '../../figma-plugin/src/write-figjam-node.js';
import { FakeFigma, type FakeShape, type FakeSticky, type FakeText } from '../../test/fakes/figma-fake.js';
import { bigJourney } from '../../test/layout/big-journey.js';
import type { BenchLine } from '../bench.js';

const SHAPES = { rectangle: 'SQUARE', round_rectangle: 'ROUNDED_RECTANGLE', circle: 'ELLIPSE', pill: 'ROUNDED_RECTANGLE' } as const;

interface Prepared {
  primitive: Primitive;
  x: number;
  y: number;
  fill: SolidPaint[];
  ink: SolidPaint[];
  onFill: SolidPaint[];
  font: FontName;
  data: string;
  full: string | undefined;
  path: string | null;
}

/** Everything the bare run writes, computed before the clock starts. */
function prepare(layout: Layout): Prepared[] {
  const frame = layout.primitives[0] as Primitive;
  return layout.primitives.map((primitive) => {
    const colours = figJamColours(primitive.style, layout.palette);
    const g = geometryFingerprint(primitive);
    const bold = (primitive.kind === 'text' && primitive.bold === true) || ['title', 'stage', 'laneTitle', 'phase'].includes(primitive.style);
    return {
      primitive,
      x: primitive.box.x - frame.box.x,
      y: primitive.box.y - frame.box.y,
      fill: [solidPaint(colours.fill)],
      ink: [solidPaint(colours.ink)],
      onFill: [solidPaint(colours.onFill)],
      font: bold ? FIGJAM_FONTS.bold : FIGJAM_FONTS.regular,
      data: encodePlacedData({ v: 1, j: layout.journeyId, k: primitive.key, h: hashPrimitive(primitive), t: primitive.kind, s: primitive.style, p: 'l', ...(g === undefined ? {} : { g }) }),
      full: primitive.fullText,
      path: primitive.kind === 'curve' ? figmaVectorPath(primitive.path, primitive.box) : null,
    };
  });
}

/** The writes that end every sticky, shape and text: position, plugin data, and its id for the connectors. */
function placeNode(node: FakeSticky | FakeShape | FakeText, item: Prepared, ids: Map<string, string>): void {
  node.x = item.x;
  node.y = item.y;
  node.setPluginData('parcours', item.data);
  if (item.full !== undefined) node.setPluginData('parcours.full', item.full);
  ids.set(item.primitive.key, node.id);
}

/** The host calls of a fresh placement, and nothing else. */
async function bareCalls(figma: FakeFigma, prepared: readonly Prepared[]): Promise<void> {
  await figma.loadFontAsync(FIGJAM_FONTS.regular);
  await figma.loadFontAsync(FIGJAM_FONTS.bold);
  const ids = new Map<string, string>();
  const section = figma.createSection();
  for (const item of prepared) {
    const { primitive: p } = item;
    if (p.kind === 'frame') {
      section.x = 0;
      section.y = 0;
      section.name = p.text;
      section.fills = item.fill;
      section.resizeWithoutConstraints(p.box.w, p.box.h);
      section.setPluginData('parcours', item.data);
      continue;
    }
    if (p.kind === 'sticky') {
      const node = figma.createSticky();
      section.appendChild(node);
      node.fills = item.fill;
      node.text.fontName = item.font;
      node.text.characters = p.text;
      placeNode(node, item, ids);
    } else if (p.kind === 'card' || p.kind === 'shape') {
      const node = figma.createShapeWithText();
      section.appendChild(node);
      node.shapeType = p.kind === 'shape' ? SHAPES[p.shape] : 'ROUNDED_RECTANGLE';
      node.fills = item.fill;
      node.text.fills = item.onFill;
      node.text.fontName = item.font;
      if (p.fontSize !== undefined) node.text.fontSize = p.fontSize;
      node.text.characters = p.text;
      node.resize(p.box.w, p.box.h);
      placeNode(node, item, ids);
    } else if (p.kind === 'text') {
      const node = figma.createText();
      section.appendChild(node);
      node.fontName = item.font;
      if (p.fontSize !== undefined) node.fontSize = p.fontSize;
      if (p.align === 'center' || p.align === 'right') node.textAlignHorizontal = p.align === 'center' ? 'CENTER' : 'RIGHT';
      node.fills = item.ink;
      node.characters = p.text;
      node.textAutoResize = 'HEIGHT';
      node.resize(p.box.w, p.box.h);
      placeNode(node, item, ids);
    } else if (p.kind === 'curve') {
      const node = figma.createVector();
      section.appendChild(node);
      node.name = p.text;
      node.fills = [];
      node.strokeWeight = 4;
      node.strokes = item.ink;
      node.vectorPaths = [{ windingRule: 'NONE', data: item.path ?? '' }];
      node.x = item.x;
      node.y = item.y;
      node.setPluginData('parcours', item.data);
    } else if (p.kind === 'connector') {
      const node = figma.createConnector();
      section.appendChild(node);
      node.strokes = item.ink;
      node.connectorLineType = 'STRAIGHT';
      node.connectorStart = { endpointNodeId: ids.get(p.from) ?? '', magnet: 'AUTO' };
      node.connectorEnd = { endpointNodeId: ids.get(p.to) ?? '', magnet: 'AUTO' };
      node.setPluginData('parcours', item.data);
    }
  }
  figma.commitUndo();
  figma.currentPage.selection = [section];
  figma.viewport.scrollAndZoomIntoView([section]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function run(): Promise<BenchLine[]> {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const layout = layoutJourney(bigJourney(200, 10, 5), { stickySize: { w: 240, h: 240 } });
  const cards = layout.primitives.filter((primitive) => primitive.kind === 'sticky' || primitive.kind === 'card').length;
  const prepared = prepare(layout);

  // Same host calls on both sides: checked once, outside the timing.
  const check = [new FakeFigma(), new FakeFigma()] as const;
  await placeOnFigJam(check[0], layout, { origin: { x: 0, y: 0 } });
  await bareCalls(check[1], prepared);
  const writes = [check[0].writes.length, check[1].writes.length];

  const ratios: number[] = [];
  const placeMs: number[] = [];
  const bareMs: number[] = [];
  for (let round = 0; round < 23; round++) {
    // A full collection before each side: one side's garbage is not collected on the other's clock.
    gc();
    const bare = await time(() => bareCalls(new FakeFigma(), prepared));
    gc();
    const placed = await time(() => placeOnFigJam(new FakeFigma(), layout, { origin: { x: 0, y: 0 } }));
    if (round < 3) continue;
    ratios.push(placed / bare);
    placeMs.push(placed);
    bareMs.push(bare);
  }

  // A runtime path: the build script is plain JS with no typings.
  const script = (await import(new URL('../build/figjam.mjs', import.meta.url).href)) as { build: () => Promise<{ code: string; ui: string }> };
  const files = await script.build();
  const [code, ui] = await Promise.all([readFile(files.code), readFile(files.ui)]);
  const codeKb = gzipSync(code, { level: 9 }).length / 1024;
  const uiKb = gzipSync(ui, { level: 9 }).length / 1024;

  return [
    {
      name: 'figjam.overhead_ratio',
      value: Number(median(ratios).toFixed(3)),
      unit: 'ratio',
      target: 1.5,
      cards,
      primitives: layout.primitives.length,
      place_ms: Number(median(placeMs).toFixed(1)),
      bare_ms: Number(median(bareMs).toFixed(1)),
      host_writes: writes[0],
      bare_writes: writes[1],
    },
    { name: 'bundle.figjam_kb_gz', value: Number((codeKb + uiKb).toFixed(1)), unit: 'KB', target: 90, code_kb: Number(codeKb.toFixed(1)), ui_kb: Number(uiKb.toFixed(1)) },
  ];
}
