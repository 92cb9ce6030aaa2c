import type { Problem } from '../../model/problem.js';
import { say } from '../../words/say.js';

/** One line of a Mermaid file after front matter, directives and comments are removed. */
export interface MermaidSourceLine {
  /** 1-based line number in the original file. */
  line: number;
  text: string;
}

export interface MermaidSource {
  lines: MermaidSourceLine[];
  /** `title:` from YAML front matter, if any. */
  frontMatterTitle?: string;
  /** A front matter block that is never closed makes the file unreadable. */
  problems: Problem[];
}


/**
 * Splits Mermaid source into numbered lines the way Mermaid's preprocessor sees them: YAML front
 * matter (possibly indented, after blank lines) is read for its `title:` and removed, `%%{…}%%`
 * directives and `%%` comments are removed. Line numbers stay those of the original file.
 *
 * @example mermaidSourceLines('---\ntitle: Hi\n---\njourney %% map').lines // [{ line: 4, text: 'journey ' }]
 */
export function mermaidSourceLines(text: string): MermaidSource {
  const raw = blankDirectives(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).split('\n');
  const problems: Problem[] = [];
  let frontMatterTitle: string | undefined;
  let first = raw.findIndex((line) => line.trim() !== '');
  if (first !== -1 && raw[first]?.trim() === '---') {
    const close = raw.findIndex((line, index) => index > first && line.trim() === '---');
    if (close === -1) {
      problems.push({ row: first + 1, ...say('mermaid.frontMatterOpen') });
    } else {
      frontMatterTitle = readFrontMatterTitle(raw.slice(first + 1, close));
      first = close + 1;
    }
  }
  const lines: MermaidSourceLine[] = [];
  raw.forEach((line, index) => {
    if (first !== -1 && index < first) return;
    const comment = line.indexOf('%%');
    const kept = comment === -1 ? line : line.slice(0, comment);
    // Mermaid's lexer also reads a lone `%` at the start of a statement as a comment.
    if (kept.trim() === '' || kept.trimStart().startsWith('%')) return;
    lines.push({ line: index + 1, text: kept });
  });
  return frontMatterTitle === undefined ? { lines, problems } : { lines, frontMatterTitle, problems };
}

/** Reads the top-level `title:` of a YAML block: plain, single- or double-quoted scalar. */
function readFrontMatterTitle(block: string[]): string | undefined {
  // A loop, not Math.min(...indents): a block of 100,000+ lines would overflow the call stack.
  let top = Infinity;
  for (const line of block) if (line.trim() !== '') top = Math.min(top, line.length - line.trimStart().length);
  for (const line of block) {
    const match = /^(\s*)title\s*:\s*(.*)$/.exec(line);
    if (match === null || (match[1] ?? '').length !== top) continue;
    const value = (match[2] ?? '').trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      return value.slice(1, -1).replace(/\\(["\\])/g, '$1').replace(/\\n/g, '\n').trim() || undefined;
    }
    if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
      return value.slice(1, -1).replace(/''/g, "'").trim() || undefined;
    }
    return value.replace(/\s+#.*$/, '').trim() || undefined;
  }
  return undefined;
}

/**
 * Blanks `%%{init: …}%%` directives (possibly spanning lines) as Mermaid's own preprocessor finds
 * them, keeping their line breaks so line numbers stay true. One left-to-right scan: the regex
 * `/%%\{[\s\S]*?\}%%/g` took quadratic time on a file of unclosed `%%{`.
 */
function blankDirectives(text: string): string {
  let result = '';
  let from = 0;
  for (let open = text.indexOf('%%{'); open !== -1; open = text.indexOf('%%{', from)) {
    const close = text.indexOf('}%%', open + 3);
    // No closing `}%%` after this `%%{` means none after any later one either.
    if (close === -1) break;
    result += text.slice(from, open) + text.slice(open, close + 3).replace(/[^\n]/g, ' ');
    from = close + 3;
  }
  return result + text.slice(from);
}
