/**
 * Reads a Mermaid `journey` with Mermaid's own parser (the `mermaid` package, in a jsdom test
 * environment) and returns what its journey database holds, with Mermaid's entity placeholders turned
 * back into characters the way its renderer shows them. Not our parser: the reference we test against.
 */
import mermaid from 'mermaid';

export interface MermaidTask {
  section: string;
  task: string;
  /** `null` when Mermaid read no number (its `Number(…)` gave NaN). */
  score: number | null;
  people: string[];
}

export interface MermaidJourneyDb {
  title: string;
  accTitle: string;
  accDescription: string;
  sections: string[];
  tasks: MermaidTask[];
}

interface JourneyDb {
  getDiagramTitle(): string;
  getAccTitle(): string;
  getAccDescription(): string;
  getSections(): string[];
  getTasks(): { section: string; task: string; score: number; people: string[] }[];
}

mermaid.initialize({ startOnLoad: false });

/**
 * Parses like `mermaid.run` does for a diagram in a page: dedented and trimmed first (that is what lets
 * Mermaid accept indented front matter), then `getDiagramFromText`. Throws Mermaid's own error when it
 * rejects the text.
 */
export async function parseWithMermaid(text: string): Promise<MermaidJourneyDb> {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(dedent(text).trim());
  if (diagram.type !== 'journey') throw new Error(`Mermaid read a "${diagram.type}" diagram, not a journey`);
  const db = diagram.db as unknown as JourneyDb;
  return {
    title: shown(db.getDiagramTitle()),
    accTitle: shown(db.getAccTitle()),
    accDescription: shown(db.getAccDescription()),
    sections: db.getSections().map(shown),
    tasks: db.getTasks().map((task) => ({
      section: shown(task.section),
      task: shown(task.task),
      score: Number.isNaN(task.score) ? null : task.score,
      people: task.people.map(shown),
    })),
  };
}

/**
 * Text as Mermaid's renderer shows it: leading and trailing blanks of what it read are not drawn,
 * `<br>` variants break lines, and the placeholders of its `encodeEntities` (`ﬂ°°35¶ß`, `ﬂ°lt¶ß`) are
 * turned into `&#35;` / `&lt;` only in the final SVG, which the browser shows as characters.
 */
export function shown(text: string): string {
  return text
    .trim()
    .replace(/<\/?br\s*\/?>/gi, '\n')
    .replace(/\uFB02\u00B0(\u00B0?)(\w+)\u00B6\u00DF/g, (_whole, numeric: string, code: string) => {
      const entity = document.createElement('span');
      entity.innerHTML = numeric === '' ? `&${code};` : `&#${code};`;
      return entity.textContent ?? '';
    });
}

/** Removes the indentation common to all non-blank lines, as `ts-dedent` does inside `mermaid.run`. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)?.[0].length ?? 0))).join('\n');
}
