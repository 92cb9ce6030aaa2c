/**
 * The sizes Miro gives the items it sizes itself, as pure functions: the Miro fake applies them to
 * what it stores, and the layout tests apply them to a layout's create calls to get the boxes the
 * items really take on a board (not the boxes the layout meant). Each rule says where it comes from.
 */
import { fitText } from '../../core/src/layout/fit-text.js';
import { fromMiroHtml } from '../../miro-app/src/from-miro-html.js';
import { MIRO_STICKY_NOTE } from '../../miro-app/src/miro-sticky-size.js';

/** Miro's default text size on text items (Web SDK reference, Text, `style.fontSize`: 14 dp). */
const DEFAULT_TEXT_SIZE = 14;
/**
 * Height of one line of a text item, per dp of font size. The reference documents none; 1.4 is
 * more than the 1.3 our layout and renderers use, the stricter reading.
 */
const TEXT_LINE = 1.4;

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
 * (Web SDK reference, Text: `height` is read-only). The reference gives no font metrics, so the fake
 * wraps with the layout's own width estimate (the widest common font, so never fewer lines than a
 * real font) and counts every paragraph, an empty one included, as at least one line.
 *
 * @example miroTextHeight('<p>Actions</p>', 200, 16) // 22.4
 */
export function miroTextHeight(content: string, width: number, fontSize = DEFAULT_TEXT_SIZE): number {
  let lines = 0;
  for (const paragraph of fromMiroHtml(content).split('\n')) {
    lines += Math.max(1, fitText(paragraph, { width, maxLines: Infinity, fontSize }).lines.length);
  }
  return Math.max(1, lines) * fontSize * TEXT_LINE;
}
