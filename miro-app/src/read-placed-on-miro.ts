import type { Box, Layout, PlacedRecord, Point, Primitive } from '../../core/src/index.js';
import { fromMiroHtml } from './from-miro-html.js';
import type { MiroBoardApi, MiroConnector, MiroFrame, MiroItem } from './miro-board-api.js';
import { MIRO_ITEM_TYPES } from './miro-board-api.js';
import { frameTitle } from './miro-create-call.js';
import { miroShapeSize } from './miro-shape-size.js';
import { miroStickySize } from './miro-sticky-size.js';
import { decodePlacedData, keysByDigest, METADATA_KEY, visibleTextDigest, type MiroPlacedData } from './placed-metadata.js';

/** Runs one host read (paced and retried by the caller). */
export type HostRead = <T>(name: string, call: () => Promise<T>) => Promise<T>;

/** Items placed by centre inside a frame (everything but frames and connectors). */
type PositionedItem = Exclude<MiroItem, { type: 'frame' | 'connector' }>;

/** An item of this journey found on the board. */
export interface PlacedItem {
  item: MiroItem;
  data: MiroPlacedData;
  record: PlacedRecord;
}

/** What the board holds of one journey. */
export interface PlacedOnMiro {
  /** The journey's frame, if placed: its children are positioned from its top-left corner. */
  frame?: MiroFrame;
  /** Board position of that frame's top-left corner. */
  origin?: Point;
  placed: PlacedItem[];
  records: PlacedRecord[];
  /** Boxes, in layout coordinates, of the frame's children that are not ours (added by hand). */
  strangers: Box[];
  /** Host calls made to read all this. */
  reads: number;
}

/**
 * Reads back what a journey placed on a board, for `planSync`. One `board.get` fetches the items
 * (Miro returns no metadata with them), then `getMetadata` runs only where our items can be:
 * on frames, on the children of this journey's frame, on loose items lying over it (an
 * interrupted placement can leave one between create and `frame.add`) and on connectors touching
 * those. Items without valid metadata of this journey (hand-made, other journeys, other apps) are
 * left out and so never touched. Positions are converted to layout coordinates.
 *
 * @example const { records } = await readPlacedOnMiro(board, layout, (name, call) => call());
 */
export async function readPlacedOnMiro(board: MiroBoardApi, layout: Layout, read: HostRead): Promise<PlacedOnMiro> {
  let reads = 0;
  const counted: HostRead = (name, call) => {
    reads++;
    return read(name, call);
  };
  const digests = keysByDigest(layout.primitives);
  const hints = new Map(layout.primitives.map((primitive) => [primitive.key, primitive]));
  const frameHint = layout.primitives.find((primitive) => primitive.kind === 'frame');
  const layoutOrigin = frameHint ? { x: frameHint.box.x, y: frameHint.box.y } : { x: layout.bounds.x, y: layout.bounds.y };

  const items = await counted('board.get', () => board.get({ type: MIRO_ITEM_TYPES }));
  const metadata = async (item: MiroItem) =>
    decodePlacedData(await counted(`${item.type}.getMetadata`, () => item.getMetadata(METADATA_KEY)), layout.journeyId, digests);

  const frames = items.filter((item): item is MiroFrame => item.type === 'frame');
  const frameData = await Promise.all(frames.map(metadata));
  const ours = frames.flatMap((frame, index) => (frameData[index] ? [{ frame, data: frameData[index] }] : []));
  if (ours.length === 0) return { placed: [], records: [], strangers: [], reads };
  const main = ours.find((entry) => entry.data.k === frameHint?.key) ?? ours[0]!;
  const topLeft = (frame: MiroFrame): Point => ({ x: frame.x - frame.width / 2, y: frame.y - frame.height / 2 });
  const origin = topLeft(main.frame);
  const frameIds = new Map(ours.map((entry) => [entry.frame.id, topLeft(entry.frame)]));

  const inside = (point: Point) =>
    point.x >= origin.x && point.x <= origin.x + main.frame.width && point.y >= origin.y && point.y <= origin.y + main.frame.height;
  const candidates = items.filter(
    (item): item is PositionedItem =>
      item.type !== 'frame' &&
      item.type !== 'connector' &&
      ((item.parentId !== null && frameIds.has(item.parentId)) || (item.parentId === null && inside(item))),
  );
  const candidateIds = new Set(candidates.map((item) => item.id));
  const connectors = items.filter(
    (item): item is MiroConnector =>
      item.type === 'connector' &&
      ((item.parentId !== null && frameIds.has(item.parentId)) ||
        candidateIds.has(item.start?.item ?? '') ||
        candidateIds.has(item.end?.item ?? '')),
  );
  const others: (PositionedItem | MiroConnector)[] = [...candidates, ...connectors];
  const otherData = await Promise.all(others.map(metadata));

  const placed: PlacedItem[] = [];
  const strangers: Box[] = [];
  const add = (item: MiroItem, data: MiroPlacedData, box: Box) => {
    const text = readText(item);
    const currentHash = visibleTextDigest(text) === data.c ? data.h : `edited:${visibleTextDigest(text)}`;
    placed.push({ item, data, record: { hostId: item.id, journeyId: data.j, key: data.k, hash: data.h, currentHash, box, text } });
  };
  for (const { frame, data } of ours) {
    add(frame, data, { x: layoutOrigin.x, y: layoutOrigin.y, w: frame.width, h: frame.height });
  }
  others.forEach((item, index) => {
    const data = otherData[index];
    if (!data) {
      if (item.type !== 'connector' && item.parentId === main.frame.id) {
        strangers.push({ x: layoutOrigin.x + item.x - item.width / 2, y: layoutOrigin.y + item.y - item.height / 2, w: item.width, h: item.height });
      }
      return;
    }
    const hint = hints.get(data.k);
    if (item.type === 'connector') {
      add(item, data, hint?.box ?? { x: 0, y: 0, w: 0, h: 0 });
      return;
    }
    // Children sit relative to their frame's top-left; loose items are in board coordinates.
    const parent = item.parentId !== null ? frameIds.get(item.parentId) : undefined;
    const center = parent ? { x: item.x, y: item.y } : { x: item.x - origin.x, y: item.y - origin.y };
    add(item, data, recoverBox(item, { x: layoutOrigin.x + center.x, y: layoutOrigin.y + center.y }, hint));
  });
  return { frame: main.frame, origin, placed, records: placed.map((entry) => entry.record), strangers, reads };
}

/** The text a user sees in an item, as `toMiroHtml` wrote it. */
export function readText(item: MiroItem): string {
  switch (item.type) {
    case 'sticky_note':
    case 'shape':
    case 'text':
      return fromMiroHtml(item.content);
    case 'card':
      return fromMiroHtml(item.title);
    case 'frame':
      return frameTitle(item.title);
    case 'connector':
      return '';
  }
}

/**
 * The layout box an item stands for. Miro sizes some items itself (a sticky note's height, a text's
 * height, a card's height) and we draw some shapes smaller than their box (whiskers): where the
 * size is still the one we would set for the layout's primitive, the primitive's size is taken, so
 * an untouched item compares equal.
 */
function recoverBox(item: PositionedItem, center: Point, hint: Primitive | undefined): Box {
  let w = item.width;
  let h = item.height;
  if (hint?.kind === 'shape' && item.type === 'shape') {
    // Some shapes are drawn at another size than their box (a whisker is a thin line in it).
    const sent = miroShapeSize(hint);
    if (Math.abs(item.width - sent.width) <= 0.5 && Math.abs(item.height - sent.height) <= 0.5) {
      w = hint.box.w;
      h = hint.box.h;
    }
  } else if (hint && item.type !== 'shape') {
    const sent = item.type === 'sticky_note' ? miroStickySize(hint.box, item.shape).width : hint.box.w;
    if (Math.abs(item.width - sent) <= 0.5) {
      w = hint.box.w;
      h = hint.box.h;
    }
  }
  return { x: center.x - w / 2, y: center.y - h / 2, w, h };
}
