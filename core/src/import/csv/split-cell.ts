import { NEUTRALISED_FORMULA } from './clean-cell.js';

/** A leading list marker a spreadsheet user types before each card: `- `, `• `, `* `, `– `, `1.`. */
const BULLET = /^(?:[-•*–·]|\d+[.)])\s+/;

/**
 * Splits one cell into card texts: cards are separated by line breaks inside the cell or by ` | `;
 * blanks are dropped and each text is trimmed. List markers are removed when every one of several lines
 * carries one (a pasted bullet list), and the `'` the CSV export puts before a cell that a
 * spreadsheet would run as a formula is removed again.
 *
 * @example splitCell('Voit une pub\nLit un avis | Compare') // ['Voit une pub', 'Lit un avis', 'Compare']
 * @example splitCell("- Voit une pub\n- Lit un avis") // ['Voit une pub', 'Lit un avis']
 */
export function splitCell(cell: string): string[] {
  const trimmed = cell.trimStart();
  const source = trimmed.charCodeAt(0) === 0x27 ? trimmed.replace(NEUTRALISED_FORMULA, '') : cell;
  const parts: string[] = [];
  for (const line of source.split(/\r\n|\n|\r/)) {
    for (const part of line.includes(' | ') ? line.split(' | ') : [line]) {
      const text = part.trim();
      if (text !== '') parts.push(text);
    }
  }
  if (parts.length > 1 && parts.every((part) => BULLET.test(part))) {
    return parts.map((part) => part.replace(BULLET, '').trim()).filter((part) => part !== '');
  }
  return parts;
}
