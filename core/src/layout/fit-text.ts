import { codePointEm, estimateTextWidth } from './text-width.js';

export interface FitBox {
  /** Available width in board units. */
  width: number;
  /** Most lines that fit. */
  maxLines: number;
  fontSize: number;
  bold?: boolean;
}

export interface FittedText {
  /** The lines to draw; the last one ends with `…` when the text was shortened. */
  lines: string[];
  /** True when some of the text could not fit. */
  shortened: boolean;
}

const ELLIPSIS = '…';
const SPACE_EM = codePointEm(32);

/** Blanks that separate words (a no-break space does not). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12;
}

/**
 * Wraps a text to a width, word by word (a word longer than the line is cut), keeps the line breaks
 * the text already has (`\n`, `\r\n`, `\r`), collapses runs of blanks, and shortens with `…` what
 * does not fit in `maxLines`. Deterministic: widths come from `estimateTextWidth`, never a real font.
 * One pass over the text, since it runs for every card of a 10,000-card map.
 *
 * @example fitText('Compare les offres de trois banques', { width: 120, maxLines: 2, fontSize: 16 })
 * // { lines: ['Compare les', 'offres de trois…'], shortened: true }
 */
export function fitText(text: string, box: FitBox): FittedText {
  const maxLines = Math.max(1, Math.floor(box.maxLines));
  const scale = box.fontSize * (box.bold === true ? 1.1 : 1);
  const limit = Math.max(1, box.width) / scale;
  const lines: string[] = [];
  // The current line is text.slice(lineStart, lineEnd) while its words are separated by single
  // spaces (the usual case, no string built per word); `built` takes over once they are not.
  let lineStart = -1;
  let lineEnd = -1;
  let built: string | undefined;
  let lineEm = 0;
  const length = text.length;
  let i = 0;
  while (i < length && lines.length <= maxLines) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (lineStart >= 0) lines.push(built ?? text.slice(lineStart, lineEnd));
      lineStart = -1;
      built = undefined;
      i += code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    if (isBlank(code)) {
      i++;
      continue;
    }
    const start = i;
    let wordEm = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || isBlank(c)) break;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
        wordEm += codePointEm(text.codePointAt(i) ?? c);
        i += 2;
      } else {
        wordEm += codePointEm(c);
        i++;
      }
    }
    if (lineStart >= 0 && lineEm + SPACE_EM + wordEm <= limit) {
      if (built === undefined && (start !== lineEnd + 1 || text.charCodeAt(lineEnd) !== 32)) built = text.slice(lineStart, lineEnd);
      if (built !== undefined) built += ` ${text.slice(start, i)}`;
      lineEnd = i;
      lineEm += SPACE_EM + wordEm;
      continue;
    }
    if (lineStart >= 0) lines.push(built ?? text.slice(lineStart, lineEnd));
    built = undefined;
    lineStart = start;
    lineEnd = i;
    if (wordEm <= limit) {
      lineEm = wordEm;
      continue;
    }
    const pieces = cutWord(text.slice(start, i), limit);
    for (let p = 0; p < pieces.length - 1; p++) lines.push(pieces[p] ?? '');
    built = pieces[pieces.length - 1] ?? '';
    lineEm = estimateTextWidth(built, 1);
  }
  if (lineStart >= 0 && lines.length <= maxLines) lines.push(built ?? text.slice(lineStart, lineEnd));
  if (lines.length <= maxLines) return { lines: lines.length > 0 ? lines : [''], shortened: false };

  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', limit);
  return { lines: kept, shortened: true };
}

/** Cuts a word wider than the line into pieces that each fit (`limit` in em). */
function cutWord(word: string, limit: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceEm = 0;
  for (const char of word) {
    const em = codePointEm(char.codePointAt(0) ?? 0);
    if (piece !== '' && pieceEm + em > limit) {
      pieces.push(piece);
      piece = '';
      pieceEm = 0;
    }
    piece += char;
    pieceEm += em;
  }
  pieces.push(piece);
  return pieces;
}

/** Ends a line with `…`, dropping characters until it fits, and the dangling blank or punctuation before it. */
function withEllipsis(line: string, limit: number): string {
  const chars = Array.from(line);
  while (chars.length > 0 && estimateTextWidth(chars.join('') + ELLIPSIS, 1) > limit) chars.pop();
  let trimmed = chars.join('').replace(/[\s,;:.\-–—]+$/u, '');
  if (trimmed === '' && chars.length > 0) trimmed = chars.join('');
  return trimmed + ELLIPSIS;
}
