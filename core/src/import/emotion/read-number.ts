const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The number a cell holds, read as `readEmotion` reads one (`3`, `3,5`, `−1`, `+2`, ` 4 `), or
 * `undefined` when `readEmotion` would not read a number there (text, a percentage, a number too
 * large to represent). Column statistics ask this of thousands of dates, names and comments: a cell
 * whose first character is printable ASCII that no number starts with is answered from that
 * character, and no cell goes through the word and emoji lookups `readEmotion` tries on text.
 *
 * @example readNumber('3,5') // 3.5
 * @example readNumber('Very satisfied') // undefined
 */
export function readNumber(cell: string): number | undefined {
  const first = cell.charCodeAt(0);
  if (cell.length === 1 && first >= 0x30 && first <= 0x39) return first - 0x30;
  // Printable ASCII is never trimmed, so it is the trimmed text's first character.
  if (first > 0x20 && first < 0x7f && !startsNumber(first)) return undefined;
  const value = plainNumber(cell.trim());
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * The value of a trimmed text written as a plain number, a decimal comma and a minus sign (`−`)
 * allowed; `Infinity` past what a double holds (`1e309`), `undefined` for anything else.
 *
 * @example plainNumber('−3,5') // -3.5
 */
export function plainNumber(text: string): number | undefined {
  const decimal = text.replace(',', '.').replace('−', '-');
  return PLAIN_NUMBER.test(decimal) ? Number(decimal) : undefined;
}

/** `+ , - . 0-9`: what a plain number may start with (a leading `,` reads as `.`; `−` is not ASCII). */
function startsNumber(code: number): boolean {
  return code === 0x2b || code === 0x2c || code === 0x2d || code === 0x2e || (code >= 0x30 && code <= 0x39);
}
