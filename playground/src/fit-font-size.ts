/** Average glyph width of the UI font, in em: enough to size text without measuring it. */
const GLYPH_EM = 0.56;
/** Line height of board text in the page (`.box-text` in playground.css), in em. */
const LINE_HEIGHT = 1.25;
const MIN_SIZE = 6;
/** Largest sticky text: short notes stay in proportion with their neighbours. */
export const STICKY_MAX_FONT = 20;

/**
 * The largest font size (board units, at most `max`, at least 6) at which `text` fits a `w × h` box
 * with `padding` inside, once the page wraps it: each line of the text (the data's own line breaks)
 * wraps at word boundaries, as the browser's CSS does with `white-space: pre-wrap`, and a word
 * never has to be cut when a smaller size keeps it whole. This is how Miro shows sticky note text:
 * a note has no font size an app can set (`StickyNoteStyle` in @mirohq/websdk-types holds only
 * `fillColor`, `textAlign` and `textAlignVertical`), Miro sizes the text to the note.
 *
 * @example fitFontSize('Voit une pub', 199, 199) // 20 (the cap: a short text stays at the size of its neighbours)
 */
export function fitFontSize(text: string, w: number, h: number, padding = 12, max = 28): number {
  const innerW = Math.max(1, w - 2 * padding);
  const innerH = Math.max(1, h - 2 * padding);
  const lines = text.split('\n');
  const longestWord = Math.max(1, ...lines.flatMap((line) => line.split(/\s+/).map((word) => word.length)));
  for (let size = max; size > MIN_SIZE; size -= 0.5) {
    const perLine = Math.max(1, Math.floor(innerW / (GLYPH_EM * size)));
    if (longestWord > perLine && size > 12) continue;
    const rows = lines.reduce((sum, line) => sum + wrappedRows(line, perLine), 0);
    if (rows * LINE_HEIGHT * size <= innerH) return size;
  }
  return MIN_SIZE;
}

/** Rows a line of text takes at `perLine` characters a row, wrapped at spaces (a longer word is cut). */
function wrappedRows(line: string, perLine: number): number {
  let rows = 1;
  let used = 0;
  for (const word of line.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) {
      rows += Math.floor(Math.max(0, length - 1) / perLine);
      used = length % perLine || perLine;
    } else if (used + 1 + length <= perLine) {
      used += 1 + length;
    } else {
      rows += 1 + Math.floor(Math.max(0, length - 1) / perLine);
      used = length % perLine || perLine;
    }
  }
  return rows;
}
