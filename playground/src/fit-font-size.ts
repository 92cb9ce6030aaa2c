/** Average glyph width of the UI font, in em: enough to size text without measuring it. */
const GLYPH_EM = 0.56;
const LINE_HEIGHT = 1.25;
const MIN_SIZE = 6;
/** Largest sticky text: short notes stay in proportion with their neighbours. */
export const STICKY_MAX_FONT = 20;

/**
 * The font size (board units, at most `max`) at which `text` fits a `w × h` box with `padding`
 * inside, as Miro sizes sticky note text: the text's own lines are kept whole when they can be
 * (the layout already wrapped them for the sticky), and only wrap at word boundaries when even
 * that would make the text too small.
 *
 * @example fitFontSize('Voit une pub', 200, 200) // a size between 6 and 28
 */
export function fitFontSize(text: string, w: number, h: number, padding = 12, max = 28): number {
  const innerW = Math.max(1, w - 2 * padding);
  const innerH = Math.max(1, h - 2 * padding);
  const lines = text.split('\n');
  const longest = Math.max(1, ...lines.map((line) => line.length));
  const unwrapped = Math.min(max, innerW / (GLYPH_EM * longest), innerH / (lines.length * LINE_HEIGHT));
  if (unwrapped >= 12 || unwrapped >= max) return Math.max(MIN_SIZE, unwrapped);
  for (let size = max; size > MIN_SIZE; size -= 0.5) {
    const perLine = Math.max(1, Math.floor(innerW / (GLYPH_EM * size)));
    const rows = lines.reduce((sum, line) => sum + wrappedRows(line, perLine), 0);
    if (rows * LINE_HEIGHT * size <= innerH) return Math.max(size, unwrapped);
  }
  return Math.max(MIN_SIZE, unwrapped);
}

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
