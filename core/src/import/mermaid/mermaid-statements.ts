import type { Problem } from '../../model/problem.js';
import { decodeMermaidText } from './mermaid-entities.js';
import type { MermaidSourceLine } from './mermaid-source-lines.js';
import { say } from '../../words/say.js';

/** One statement of a Mermaid `journey`, its text already decoded (entities, `<br>`). */
export type MermaidStatement =
  | { kind: 'title'; line: number; text: string }
  | { kind: 'accTitle'; line: number; text: string }
  | { kind: 'accDescr'; line: number; text: string }
  | { kind: 'section'; line: number; name: string }
  | {
      kind: 'task';
      line: number;
      name: string;
      /** The score as written, `undefined` when the task has no `: score` part at all. */
      score?: string;
      /** Actors as written (decoded, trimmed), `undefined` when there is no second `:`. */
      actors?: string[];
    };

export interface MermaidStatements {
  statements: MermaidStatement[];
  /** Set when the file is not a Mermaid journey at all. */
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Reads the statements of a Mermaid `journey` with the rules of Mermaid's own lexer (keywords are
 * case-insensitive, `#` starts a comment, a statement may follow `journey` or a closing `}` on the same
 * line, `accDescr { … }` spans lines) but leniently: where Mermaid would reject a line, the statement
 * is kept and a located warning says what Mermaid would do.
 *
 * @example mermaidStatements([{ line: 1, text: 'journey' }, { line: 2, text: 'Pay: 5: Me' }]).statements
 *   // [{ kind: 'task', line: 2, name: 'Pay', score: '5', actors: ['Me'] }]
 */
export function mermaidStatements(lines: readonly MermaidSourceLine[]): MermaidStatements {
  const statements: MermaidStatement[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let seenJourney = false;
  let index = 0;
  let pending: { line: number; rest: string } | undefined;

  const next = (): { line: number; rest: string } | undefined => {
    if (pending !== undefined) {
      const current = pending;
      pending = undefined;
      return current;
    }
    const source = lines[index++];
    return source === undefined ? undefined : { line: source.line, rest: source.text };
  };

  for (let current = next(); current !== undefined; current = next()) {
    const { line } = current;
    const rest = current.rest.trimStart();
    if (rest === '') continue;
    const journey = /^journey\b/i.exec(rest);
    if (journey !== null) {
      if (seenJourney) warnings.push({ row: line, ...say('mermaid.secondJourney') });
      seenJourney = true;
      pending = { line, rest: rest.slice(journey[0].length) };
      continue;
    }
    if (!seenJourney) {
      problems.push({
        row: line,
        ...say('mermaid.notJourneyFound', { found: rest.slice(0, 40) }),
      });
      return { statements, problems, warnings };
    }
    const accTitle = /^accTitle\s*:/i.exec(rest);
    if (accTitle !== null) {
      statements.push({ kind: 'accTitle', line, text: decodeMermaidText(rest.slice(accTitle[0].length)) });
      continue;
    }
    const accDescr = /^accDescr\s*:/i.exec(rest);
    if (accDescr !== null) {
      statements.push({ kind: 'accDescr', line, text: decodeMermaidText(rest.slice(accDescr[0].length)) });
      continue;
    }
    const accDescrBlock = /^accDescr\s*\{/i.exec(rest);
    if (accDescrBlock !== null) {
      const parts: string[] = [];
      let body = rest.slice(accDescrBlock[0].length);
      let bodyLine = line;
      for (;;) {
        const close = body.indexOf('}');
        if (close !== -1) {
          parts.push(body.slice(0, close));
          pending = { line: bodyLine, rest: body.slice(close + 1) };
          break;
        }
        parts.push(body);
        const source = lines[index++];
        if (source === undefined) {
          warnings.push({ row: line, ...say('mermaid.accDescrOpen') });
          break;
        }
        body = source.text;
        bodyLine = source.line;
      }
      const text = parts
        .map((part) => decodeMermaidText(part))
        .filter((part) => part !== '')
        .join('\n');
      statements.push({ kind: 'accDescr', line, text });
      continue;
    }
    if (/^title(\s|$)/i.test(rest)) {
      statements.push({ kind: 'title', line, text: decodeMermaidText(readText(rest.slice(5), line, warnings)) });
      continue;
    }
    if (/^section(\s|$)/i.test(rest)) {
      const name = readText(rest.slice(7), line, warnings);
      if (name.includes(':')) {
        warnings.push({ row: line, ...say('mermaid.colonInSection') });
      }
      statements.push({ kind: 'section', line, name: decodeMermaidText(name) });
      continue;
    }
    statements.push(readTask(rest, line, warnings));
  }
  if (!seenJourney) problems.push(say('mermaid.notJourney'));
  return { statements, problems, warnings };
}

/** `Task name: score: Actor 1, Actor 2`, with any spacing around the colons. */
function readTask(rest: string, line: number, warnings: Problem[]): MermaidStatement {
  const text = readText(rest, line, warnings);
  const colon = text.indexOf(':');
  const name = decodeMermaidText(colon === -1 ? text : text.slice(0, colon));
  if (colon === -1) return { kind: 'task', line, name };
  const pieces = text.slice(colon + 1).split(':');
  if (pieces.length > 2) {
    warnings.push({
      row: line,
      ...say('mermaid.afterThirdColon', { text: pieces.slice(2).join(':').trim() }),
    });
  }
  const score = (pieces[0] ?? '').trim();
  const actors = pieces[1]?.split(',').map((actor) => decodeMermaidText(actor));
  return actors === undefined ? { kind: 'task', line, name, score } : { kind: 'task', line, name, score, actors };
}

/**
 * The text of a statement up to a `#` comment (a `#` that does not start an entity code like `#35;`),
 * warning about what Mermaid would drop or reject.
 */
function readText(rest: string, line: number, warnings: Problem[]): string {
  const comment = /#(?!\w+;)/.exec(rest);
  const kept = comment === null ? rest : rest.slice(0, comment.index);
  if (comment !== null && rest.slice(comment.index + 1).trim() !== '') {
    warnings.push({
      row: line,
      ...say('mermaid.hashComment', { text: rest.slice(comment.index).trim() }),
    });
  }
  if (/;/.test(kept.replace(/#\w+;/g, ''))) {
    warnings.push({ row: line, ...say('mermaid.semicolon') });
  }
  return kept;
}
