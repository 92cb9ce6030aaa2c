import type { Box, Point } from '../../core/src/index.js';
import { fromMiroHtml } from '../../miro-app/src/from-miro-html.js';
import type { MiroItem } from '../../miro-app/src/miro-board-api.js';
import { MIRO_STICKY_COLOURS } from './miro-sticky-colours.js';

/** One board item as the simulated board draws it: absolute board box, plain text, resolved colours. */
export type SceneItem =
  | { id: string; kind: 'frame'; box: Box; title: string; fill: string }
  | { id: string; kind: 'sticky'; box: Box; text: string; fill: string }
  | {
      id: string;
      kind: 'shape';
      box: Box;
      shape: string;
      text: string;
      fill: string;
      fillOpacity: number;
      stroke: string;
      strokeWidth: number;
      strokeOpacity: number;
      color: string;
      fontSize: number;
    }
  | { id: string; kind: 'text'; box: Box; text: string; color: string; fontSize: number; align: 'left' | 'center' | 'right'; bold: boolean }
  | { id: string; kind: 'card'; box: Box; text: string; theme: string; badges: string[] }
  | { id: string; kind: 'connector'; from: Point; to: Point; stroke: string; strokeWidth: number; dashed?: boolean };

/**
 * Turns what the board holds into what the page draws. Miro positions items by their centre (`x`,
 * `y`: "the center point of the item", https://developers.miro.com/docs/websdk-reference-sticky-note),
 * and the children of a frame from the frame's top-left corner (`relativeTo: 'parent_top_left'` in
 * @mirohq/websdk-types): both become absolute boxes here, so the view never needs to know Miro's
 * conventions. Sizes are the ones the board gave (a sticky note's height follows its width). Frames come first, then items in the order they
 * were created (containers before their content), connectors last, over what they join, as in Miro. Text goes through `fromMiroHtml`: the
 * view renders it as text, never as markup.
 *
 * @example sceneItems(await board.get({ type: MIRO_ITEM_TYPES }))[0].kind // 'frame'
 */
export function sceneItems(items: readonly MiroItem[]): SceneItem[] {
  const frameCorner = new Map<string, Point>();
  for (const item of items) {
    if (item.type === 'frame') frameCorner.set(item.id, { x: item.x - item.width / 2, y: item.y - item.height / 2 });
  }
  const boxOf = (item: Exclude<MiroItem, { type: 'connector' }>): Box => {
    const corner = item.parentId !== null ? frameCorner.get(item.parentId) : undefined;
    const cx = item.x + (corner?.x ?? 0);
    const cy = item.y + (corner?.y ?? 0);
    return { x: cx - item.width / 2, y: cy - item.height / 2, w: item.width, h: item.height };
  };

  const boxes = new Map<string, Box>();
  const frames: SceneItem[] = [];
  const others: SceneItem[] = [];
  for (const item of items) {
    if (item.type === 'connector') continue;
    const box = boxOf(item);
    boxes.set(item.id, box);
    switch (item.type) {
      case 'frame':
        frames.push({ id: item.id, kind: 'frame', box, title: item.title, fill: item.style.fillColor || '#ffffff' });
        break;
      case 'sticky_note':
        others.push({ id: item.id, kind: 'sticky', box, text: fromMiroHtml(item.content), fill: MIRO_STICKY_COLOURS[item.style.fillColor] ?? MIRO_STICKY_COLOURS.light_yellow });
        break;
      case 'shape':
        others.push({
          id: item.id,
          kind: 'shape',
          box,
          shape: String(item.shape),
          text: fromMiroHtml(item.content),
          fill: item.style.fillColor ?? 'transparent',
          fillOpacity: item.style.fillOpacity ?? 1,
          stroke: item.style.borderColor ?? 'transparent',
          strokeWidth: item.style.borderWidth ?? 0,
          strokeOpacity: item.style.borderOpacity ?? 1,
          color: item.style.color ?? '#1a1a1a',
          fontSize: item.style.fontSize ?? 14,
        });
        break;
      case 'text':
        others.push({
          id: item.id,
          kind: 'text',
          box,
          text: fromMiroHtml(item.content),
          color: item.style.color ?? '#1a1a1a',
          fontSize: item.style.fontSize ?? 14,
          align: item.style.textAlign ?? 'left',
          bold: /<strong>/i.test(item.content),
        });
        break;
      case 'card':
        others.push({
          id: item.id,
          kind: 'card',
          box,
          text: fromMiroHtml(item.title),
          theme: item.style.cardTheme ?? '#2d9bf0',
          badges: (item.fields ?? []).flatMap((field) => (field.value ? [field.value] : [])),
        });
        break;
    }
  }

  const connectors: SceneItem[] = [];
  for (const item of items) {
    if (item.type !== 'connector') continue;
    const start = boxes.get(item.start?.item ?? '');
    const end = boxes.get(item.end?.item ?? '');
    if (!start || !end) continue;
    connectors.push({
      id: item.id,
      kind: 'connector',
      from: snap(start, item.start?.snapTo),
      to: snap(end, item.end?.snapTo),
      stroke: item.style.strokeColor ?? '#1a1a1a',
      strokeWidth: item.style.strokeWidth ?? 2,
      // The previous wave's curve (ConnectorStyle.strokeStyle: https://developers.miro.com/docs/websdk-reference-connector).
      ...(item.style.strokeStyle === 'dashed' && { dashed: true }),
    });
  }
  return [...frames, ...others, ...connectors];
}

/** Where a connector meets an item: the middle of the side it snaps to, else the centre. */
function snap(box: Box, side: string | undefined): Point {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  switch (side) {
    case 'left':
      return { x: box.x, y: cy };
    case 'right':
      return { x: box.x + box.w, y: cy };
    case 'top':
      return { x: cx, y: box.y };
    case 'bottom':
      return { x: cx, y: box.y + box.h };
    default:
      return { x: cx, y: cy };
  }
}
