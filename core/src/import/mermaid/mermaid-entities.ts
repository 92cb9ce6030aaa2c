/**
 * Mermaid text escaping, both ways. Mermaid writes characters its lexer reserves as entity codes
 * (`#35;` for `#`, `#59;` for `;`, `#quot;`…) and line breaks as `<br>`; Parcours keeps real
 * characters in the model and converts at the Mermaid boundary only.
 */

/** Named codes Mermaid users write; Mermaid turns `#name;` into the HTML entity `&name;`. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: '\u00a0',
  num: '#',
  semi: ';',
  colon: ':',
  comma: ',',
  percnt: '%',
  lbrace: '{',
  rbrace: '}',
  lcub: '{',
  rcub: '}',
  excl: '!',
  quest: '?',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
  reg: '®',
  deg: '°',
  hearts: '♥',
  Tab: '\t',
  NewLine: '\n',
};

/** Every `<br>` spelling Mermaid users write: `<br>`, `<br/>`, `<br />`, `</br />`, `<br\t/>`. */
const LINE_BREAK = /<\/?br\s*\/?>/gi;

const ENTITY = /#(\w+);/g;

/** Largest code point `String.fromCodePoint` accepts. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * Decodes one piece of Mermaid text into what the user meant: trims it, turns `<br>` variants into
 * line breaks and entity codes into characters. Unknown codes are kept as written.
 *
 * @example decodeMermaidText(' PR #35;12<br>a#59;b ') // 'PR #12\na;b'
 */
export function decodeMermaidText(raw: string): string {
  return raw
    .trim()
    .replace(LINE_BREAK, '\n')
    .replace(ENTITY, (whole, code: string) => {
      if (/^\+?\d+$/.test(code)) {
        const point = Number(code);
        return point <= MAX_CODE_POINT ? String.fromCodePoint(point) : whole;
      }
      return NAMED_ENTITIES[code] ?? whole;
    });
}

export interface EncodeMermaidOptions {
  /** An actor name: `,` separates actors, so it is escaped too. */
  actor?: boolean;
  /** A task name: must not start like a keyword (`title `, `section `, `journey`, `accTitle`). */
  taskName?: boolean;
}

/**
 * Characters Mermaid's journey lexer reserves or strips: `#` starts a comment, `;` is invalid, `:`
 * separates a task from its score, `%` starts a comment, `<`/`>`/`&` would read as markup (Mermaid
 * sanitises titles as HTML), `{`/`}` close a multi-line description.
 */
const RESERVED = new Set(['#', ';', ':', '%', '<', '>', '&', '{', '}']);

/** Task names Mermaid's lexer would read as a keyword once `: score` follows them. */
const KEYWORD_START = /^(journey\b|title\s|section\s|acctitle\s*$|accdescr\s*$)/i;

/**
 * Encodes text so that Mermaid's parser reads back exactly the same characters: reserved characters
 * and control characters (C0, DEL and C1, which would also make the file look binary) become entity
 * codes, line breaks become `<br>`, and leading or trailing whitespace (which Mermaid trims) is
 * encoded so it survives. Mermaid itself decodes the codes of NUL and C1 controls as HTML does
 * (U+FFFD, mostly Windows-1252 characters: `#146;` shows `’`), which is what such characters
 * nearly always stand for; Parcours reads them back as they were.
 *
 * @example encodeMermaidText('Pay: 10 €; done') // 'Pay#58; 10 €#59; done'
 */
export function encodeMermaidText(text: string, options: EncodeMermaidOptions = {}): string {
  const chars = Array.from(text);
  const firstKept = chars.findIndex((char) => !/\s/.test(char) || char === '\n');
  const start = firstKept === -1 ? chars.length : firstKept;
  let end = chars.length;
  while (end > start && /\s/.test(chars[end - 1] ?? '') && chars[end - 1] !== '\n') end--;
  const encoded = chars.map((char, index) => {
    if (char === '\n') return '<br>';
    const code = char.codePointAt(0) ?? 0;
    const edgeSpace = (index < start || index >= end) && /\s/.test(char);
    if (edgeSpace || RESERVED.has(char) || (options.actor === true && char === ',') || code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      return `#${code};`;
    }
    return char;
  });
  const joined = encoded.join('');
  if (options.taskName === true && KEYWORD_START.test(joined)) {
    const first = chars[0] ?? '';
    return `#${first.codePointAt(0) ?? 0};${joined.slice(first.length)}`;
  }
  return joined;
}
