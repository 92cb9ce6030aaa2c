import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import {
  compareJourneys,
  layoutJourney,
  normalizeKey,
  previousWave,
  renderComparisonHtml,
  renderSvg,
  type Journey,
  type JourneyComparison,
} from '../../core/src/index.js';
import { cliLocale } from './cli-locale.js';
import type { CliIo } from './cli-io.js';
import { compareWords } from './compare-words.js';
import type { CliArgs } from './parse-cli-args.js';
import { printProblems, readJourneyFile } from './read-journey-file.js';
import { USAGE } from './usage.js';

const OUTPUTS: Record<string, 'json' | 'html' | 'svg'> = { '.json': 'json', '.html': 'html', '.htm': 'html', '.svg': 'svg' };

/**
 * `parcours compare <before> <after> -o <out.json|.html|.svg>`: imports both waves (any input
 * format), compares them (`compareJourneys`, with `--pair` for renamed stages) and writes the
 * comparison as JSON, a readout in HTML, or the later map with the earlier wave drawn dashed, in the
 * language of `--lang` or the system. Returns 0, 1 for bad input, 2 for misuse.
 *
 * @example await compareCommand({ kind: 'run', command: 'compare', input: 'w1.csv', second: 'w2.csv', output: 'delta.html' }, io) // 0
 */
export async function compareCommand(args: CliArgs, io: CliIo, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const locale = cliLocale(args.lang, env);
  const words = compareWords(locale);
  const output = args.output ?? '';
  const kind = OUTPUTS[extname(output).toLowerCase()];
  if (kind === undefined) {
    io.err(`${words.cannotWrite(output)}\n\n${USAGE}`);
    return 2;
  }
  const files = [args.input ?? '', args.second ?? ''] as const;
  const journeys: Journey[] = [];
  for (const file of files) {
    const result = await readJourneyFile(file, io);
    if (!result.ok) {
      printProblems(words.cannotImport(file), result.problems, io);
      return 1;
    }
    printProblems(words.warnings(file), result.warnings, io);
    journeys.push(result.journey);
  }
  const [before, after] = journeys as [Journey, Journey];
  for (const [earlier, later] of args.pairs ?? []) {
    const missing = !before.stages.some((stage) => normalizeKey(stage.name) === normalizeKey(earlier)) ? [earlier, files[0]] : !after.stages.some((stage) => normalizeKey(stage.name) === normalizeKey(later)) ? [later, files[1]] : undefined;
    if (missing) {
      io.err(words.unknownPair(missing[0] ?? '', missing[1] ?? ''));
      return 2;
    }
  }
  const comparison = compareJourneys(before, after, args.pairs ? { pairs: args.pairs } : {});
  try {
    const path = resolve(io.cwd, output);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, contentFor(kind, comparison, before, after, locale, args.palette), 'utf8');
  } catch (error) {
    io.err(`parcours: ${output}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!comparison.stages.some((stage) => (stage.before?.n ?? 0) > 0 && (stage.after?.n ?? 0) > 0)) io.err(words.noRespondents);
  const significant = comparison.stages.filter((stage) => stage.significant).length;
  io.out(words.wrote(output, comparison.stages.length, significant, comparison.pains.added.length, comparison.pains.resolved.length));
  return 0;
}

function contentFor(kind: 'json' | 'html' | 'svg', comparison: JourneyComparison, before: Journey, after: Journey, locale: 'fr' | 'en', palette: 'light' | 'dark' | undefined): string {
  switch (kind) {
    case 'json':
      return `${JSON.stringify(comparison, null, 2)}\n`;
    case 'html':
      return renderComparisonHtml(comparison, { beforeTitle: before.title, afterTitle: after.title, locale, ...(palette !== undefined && { palette }) });
    case 'svg':
      return renderSvg(layoutJourney(after, { previous: previousWave(after, comparison), ...(palette !== undefined && { palette }) }));
  }
}
