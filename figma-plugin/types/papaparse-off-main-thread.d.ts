// The FigJam main thread's type-check sees papaparse through this file, not @types/papaparse: those
// typings open with `/// <reference types="node" />`, which declares Node's globals (AbortController,
// TextEncoder, process…) in a program that must not see them, since Figma's sandbox has none. The
// main thread never parses CSV (`test/figjam/sandbox.test.ts` runs the built code.js without
// papaparse's globals); these are @types/papaparse 5.5's declarations for what core calls, as written
// there, minus the stream and File overloads.
declare namespace Papa {
  interface ParseConfig {
    delimiter?: string | undefined;
    newline?: string | undefined;
    preview?: number | undefined;
    delimitersToGuess?: string[] | undefined;
  }
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
    message: string;
    row?: number | undefined;
    index?: number | undefined;
  }
  interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    fields?: string[] | undefined;
    truncated: boolean;
    cursor: number;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  interface UnparseConfig {
    quotes?: boolean | boolean[] | undefined;
    delimiter?: string | undefined;
    newline?: string | undefined;
  }
  function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  function unparse(data: unknown[], config?: UnparseConfig): string;
}
export default Papa;
