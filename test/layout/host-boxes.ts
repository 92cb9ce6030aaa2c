/**
 * The boxes a layout's items really take on each host, not the boxes the layout meant: Miro sizes
 * a sticky note from its width (199 × 228 proportions) and a text item from its wrapped content,
 * FigJam grows a sticky with its text. Two ways to get them: `miroHostBoxes` and `figJamHostBoxes`
 * apply the hosts' rules (the same functions the fakes use) to the layout, fast enough for property
 * tests; `boxesOnMiroFake` and `boxesOnFigJamFake` place the layout on the fakes and read the boxes back.
 * Each returns the layout's primitives with their boxes replaced, in layout coordinates, connectors
 * and curves left out (lines, not areas), ready for `forbiddenOverlaps`.
 */
import { boardText, type Layout, type Primitive } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { miroCreateCall } from '../../miro-app/src/miro-create-call.js';
import { isEmotionWhisker } from '../../miro-app/src/miro-shape-size.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { figJamStickySize } from '../fakes/figjam-geometry.js';
import { FakeFigma, FakeSection } from '../fakes/figma-fake.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { MIRO_CARD_HEIGHT, miroStickyNoteSize, miroTextHeight } from '../fakes/miro-geometry.js';

type Box = Primitive['box'];

/** Lines, not areas: they may cross what they join. */
const isLine = (primitive: Primitive) => primitive.kind === 'connector' || primitive.kind === 'curve';

/**
 * An item drawn inside its layout box on purpose keeps that box: a whisker is a thin line centred
 * in its box, under the point it contains by design.
 */
const keepsLayoutBox = (primitive: Primitive) => isEmotionWhisker(primitive);

/** A box centred on the layout box's centre. */
function centred(box: Box, w: number, h: number): Box {
  return { x: box.x + box.w / 2 - w / 2, y: box.y + box.h / 2 - h / 2, w, h };
}

/** The size Miro gives the item created for `primitive` (miro-geometry.ts). */
function miroSize(primitive: Primitive): { w: number; h: number } {
  const call = miroCreateCall(primitive, { x: 0, y: 0 });
  switch (call.method) {
    case 'createStickyNote': {
      const size = miroStickyNoteSize({ width: call.props.width, shape: call.props.shape });
      return { w: size.width, h: size.height };
    }
    case 'createText':
      return { w: call.props.width ?? 100, h: miroTextHeight(call.props.content ?? '', call.props.width ?? 100, call.props.style?.fontSize) };
    case 'createCard':
      return { w: call.props.width ?? 320, h: MIRO_CARD_HEIGHT };
    case 'createShape':
      return { w: call.props.width ?? 100, h: call.props.height ?? 100 };
    default:
      return { w: primitive.box.w, h: primitive.box.h };
  }
}

/** The layout as Miro draws it, each item with the box Miro gives it (centred where the layout put it). */
export function miroHostBoxes(layout: Layout): Primitive[] {
  return expandForMiro(layout)
    .primitives.filter((primitive) => !isLine(primitive))
    .map((primitive) => {
      if (primitive.kind === 'frame' || keepsLayoutBox(primitive)) return primitive;
      const { w, h } = miroSize(primitive);
      return { ...primitive, box: centred(primitive.box, w, h) };
    });
}

/** The layout as FigJam draws it: a sticky from its top-left corner, as tall as its text makes it. */
export function figJamHostBoxes(layout: Layout): Primitive[] {
  return layout.primitives
    .filter((primitive) => !isLine(primitive))
    .map((primitive) => {
      if (primitive.kind !== 'sticky') return primitive;
      const size = figJamStickySize(boardText(primitive), primitive.fontSize ?? 16);
      return { ...primitive, box: { x: primitive.box.x, y: primitive.box.y, w: size.width, h: size.height } };
    });
}

/** What an item holds, as the board shows it, by primitive key. */
export type BoardTexts = Map<string, string>;

/**
 * Places `layout` on a fresh Miro fake and reads every item back: its box (centre and size as
 * stored, children relative to the frame's top-left corner) and its stored text.
 */
export async function boxesOnMiroFake(layout: Layout): Promise<{ primitives: Primitive[]; texts: BoardTexts }> {
  const fake = createMiroFake();
  const report = await placeOnMiro(fake.board, layout, { pacing: { maxInFlight: 16 } });
  if (report.failed > 0) throw new Error(`placement failed: ${JSON.stringify(report.problems)}`);
  const expanded = expandForMiro(layout);
  const byKey = new Map(expanded.primitives.map((primitive) => [primitive.key, primitive]));
  const frame = expanded.primitives.find((primitive) => primitive.kind === 'frame')!;
  const primitives: Primitive[] = [];
  const texts: BoardTexts = new Map();
  for (const stored of fake.items()) {
    const key = (stored.metadata.parcours as { k: string } | undefined)?.k;
    const primitive = key !== undefined ? byKey.get(key) : undefined;
    if (!primitive) throw new Error(`an item without our metadata: ${stored.id}`);
    const props = stored.props as { x: number; y: number; width: number; height: number; content?: string; title?: string };
    texts.set(primitive.key, String(props.content ?? props.title ?? ''));
    if (isLine(primitive) || primitive.kind === 'frame') {
      if (primitive.kind === 'frame') primitives.push(primitive);
      continue;
    }
    if (keepsLayoutBox(primitive)) {
      primitives.push(primitive);
      continue;
    }
    const box = { x: frame.box.x + props.x - props.width / 2, y: frame.box.y + props.y - props.height / 2, w: props.width, h: props.height };
    primitives.push({ ...primitive, box });
  }
  return { primitives, texts };
}

/** Places `layout` on a fresh FigJam fake and reads every node back: its box in the section and its text. */
export async function boxesOnFigJamFake(layout: Layout): Promise<{ primitives: Primitive[]; texts: BoardTexts }> {
  const figma = new FakeFigma();
  const report = await placeOnFigJam(figma, layout, { origin: { x: 0, y: 0 } });
  if (report.failed > 0) throw new Error(`placement failed: ${JSON.stringify(report.problems)}`);
  const byKey = new Map(layout.primitives.map((primitive) => [primitive.key, primitive]));
  const section = figma.currentPage.children.find((node): node is FakeSection => node instanceof FakeSection)!;
  const frame = layout.primitives.find((primitive) => primitive.kind === 'frame')!;
  const primitives: Primitive[] = [frame];
  const texts: BoardTexts = new Map();
  for (const node of section.children) {
    const key = (JSON.parse(node.getPluginData('parcours')) as { k: string }).k;
    const primitive = byKey.get(key);
    if (!primitive) throw new Error(`a node without our data: ${node.id}`);
    texts.set(key, 'text' in node ? node.text.characters : 'characters' in node ? node.characters : '');
    if (isLine(primitive)) continue;
    primitives.push({ ...primitive, box: { x: frame.box.x + node.x, y: frame.box.y + node.y, w: node.width, h: node.height } });
  }
  return { primitives, texts };
}
