/**
 * A cell a spreadsheet would run as a formula: it starts with `=`, `+`, `-`, `@`, tab or carriage
 * return, possibly behind apostrophes (so that a text that really starts with `'=` survives the
 * importer's stripping of one apostrophe).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Neutralises a CSV cell against spreadsheet formula injection by prefixing `'` when it could be run
 * as a formula (OWASP's advice). The wide CSV importer strips exactly one leading `'` from a cell that
 * matches `/^'+[=+\-@\t\r]/`, so export → import gives the text back unchanged.
 *
 * @example neutraliseFormula('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 * @example neutraliseFormula('Lit un avis') // 'Lit un avis'
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
