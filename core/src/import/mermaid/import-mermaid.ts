import { checkJourney } from '../../model/check-journey.js';
import { LIMITS } from '../../model/limits.js';
import type { ImportReport, ImportResult, Problem } from '../../model/problem.js';
import { zodProblems } from '../json/import-json.js';
import { mermaidSourceLines } from './mermaid-source-lines.js';
import { mermaidStatements } from './mermaid-statements.js';
import { mermaidToJourney } from './mermaid-to-journey.js';
import { say } from '../../words/say.js';

/**
 * Imports a Mermaid `journey` diagram: everything Mermaid accepts (front matter, `%%{init}%%`
 * directives, `%%` comments, `accTitle`/`accDescr`, entity codes, `<br>`, odd spacing) and, leniently,
 * what it would reject, with a located warning (`row` = line) for every quirk. Sections become stages,
 * tasks become cards of an `actions` lane, actors become personas, scores 1–5 become −2…+2.
 *
 * @example importMermaid('journey\ntitle Day\nsection Work\n  Tea: 5: Me', { filename: 'day.mmd' })
 *   // { ok: true, journey: { title: 'Day', stages: [Work], cards: [Tea (+2)], personas: [Me], … }, … }
 */
export function importMermaid(text: string, options: { filename?: string }): ImportResult {
  const file = options.filename;
  const locate = (problem: Problem): Problem => (file === undefined ? problem : { file, ...problem });
  if (text.length > LIMITS.fileBytes) {
    return { ok: false, problems: [locate(say('file.tooLargeShort', { max: LIMITS.fileBytes / 1024 / 1024 }))] };
  }
  const source = mermaidSourceLines(text);
  if (source.problems.length > 0) return { ok: false, problems: source.problems.map(locate) };
  const read = mermaidStatements(source.lines);
  if (read.problems.length > 0) return { ok: false, problems: read.problems.map(locate) };

  const draft = mermaidToJourney(
    read.statements,
    source.frontMatterTitle === undefined ? { ...options } : { ...options, frontMatterTitle: source.frontMatterTitle },
  );
  const warnings = [...read.warnings, ...draft.warnings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).map(locate);
  const checked = checkJourney(draft.journey);
  const problems = [...draft.problems, ...(checked.success ? [] : zodProblems(checked.error.issues))];
  const report: ImportReport = {
    format: 'mermaid',
    scale: '1-5',
    columns: [],
    unknownColumns: [],
    rows: read.statements.filter((statement) => statement.kind === 'task').length,
    unit: 'lines',
    stages: draft.journey.stages.length,
    cards: draft.journey.cards.length,
    personas: draft.journey.personas.length,
  };
  if (file !== undefined) report.file = file;
  if (problems.length > 0 || !checked.success) return { ok: false, report, problems: problems.map(locate) };
  return { ok: true, journey: checked.data, report, warnings };
}
