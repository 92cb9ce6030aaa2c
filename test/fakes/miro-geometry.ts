/**
 * The sizes Miro gives the items it sizes itself, as pure functions: the Miro fake applies them to
 * what it stores, and the layout tests apply them to a layout's create calls to get the boxes the
 * items really take on a board (not the boxes the layout meant). Each rule says where it comes from.
 */
import { boardLineCount } from '../../core/src/layout/board-line-count.js';
import { fromMiroHtml } from '../../miro-app/src/from-miro-html.js';
import { MIRO_TEXT_LINE_HEIGHT } from '../../miro-app/src/miro-board-metrics.js';
import { MIRO_STICKY_NOTE } from '../../miro-app/src/miro-sticky-size.js';

/**
 * A card's height: Miro computes it from the card's content and it is read-only; the reference
 * gives only its default, 94 dp (Web SDK reference, Card, https://developers.miro.com/docs/card_card-1: "height is read-only. It's calculated automatically"),
 * which the fake uses whatever the title. The panel's "Check this board" measures the real one.
 */
export const MIRO_CARD_HEIGHT = 94;

/** Miro's default font size, 14 dp (Web SDK reference, Shape, `style.fontSize`: https://developers.miro.com/docs/shape_shape-1). */
const DEFAULT_TEXT_SIZE = 14;
/** Height of one line of a text item, per dp of font size: undocumented, 1.4 by the stricter reading (miro-board-metrics.ts). */
const TEXT_LINE = MIRO_TEXT_LINE_HEIGHT;

/**
 * A sticky note's size from what an app sets: the width or the height, never both, the other
 * following Miro's proportions (square 199 × 228, rectangle 350 × 228, shadow included); nothing
 * set gives the default width. Source: https://developers.miro.com/docs/websdk-reference-sticky-note
 * ("Set or update only width … only height … the sticky note is scaled accordingly to keep its
 * aspect ratio"). Setting both throws, as the reference allows one of them only.
 *
 * @example miroStickyNoteSize({ width: 199 }) // { width: 199, height: 228 }
 */
export function miroStickyNoteSize(set: { width?: number | undefined; height?: number | undefined; shape?: 'square' | 'rectangle' | undefined }): { width: number; height: number } {
  if (set.width !== undefined && set.height !== undefined) throw new Error('Invalid input: set either width or height of a sticky note, not both');
  const note = MIRO_STICKY_NOTE[set.shape ?? 'square'];
  const width = set.width ?? (set.height !== undefined ? (set.height * note.w) / note.h : note.w);
  return { width, height: (width * note.h) / note.w };
}

/**
 * A text item's height: Miro wraps its content to the width it was given and computes the height
 * (@mirohq/websdk-types: `Text.height` is `readonly`; `width` and `content` are the app's).
 * The reference gives no font metrics, so the fake wraps with the layout's own width estimate
 * (`boardLineCount`: the widest common font, so never fewer lines than a real font; bold is wider)
 * and counts every paragraph, an empty one included, as at least one line.
 *
 * @example miroTextHeight('<p>Actions</p>', 200, 16) // 22.4
 */
export function miroTextHeight(content: string, width: number, fontSize = DEFAULT_TEXT_SIZE): number {
  return boardLineCount(fromMiroHtml(content), width, fontSize, /<strong>/i.test(content)) * fontSize * TEXT_LINE;
}
