/** How far the first line break is looked for; a header line is never longer. */
const SEARCH_CHARS = 1 << 16;

/**
 * The line break that ends CSV records: the first one outside quotes (`\r\n`, `\n` or `\r`), so a
 * line break typed inside a cell (Excel writes `\n` there, `\r\n` between rows) does not count.
 * Giving it to papaparse also spares its own guess, a regex over the first megabyte on every call.
 *
 * @example detectNewline('a,"x\ny"\r\n1,2') // '\r\n'
 */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  const end = Math.min(text.length, SEARCH_CHARS);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) quoted = !quoted;
    else if (!quoted && code === 0x0a) return '\n';
    else if (!quoted && code === 0x0d) return text.charCodeAt(index + 1) === 0x0a ? '\r\n' : '\r';
  }
  return '\n';
}
