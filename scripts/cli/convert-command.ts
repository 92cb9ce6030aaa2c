import type { LayoutOptions } from '../../core/src/index.js';
import type { CliIo } from './cli-io.js';
import type { CliArgs } from './parse-cli-args.js';
import { printProblems, readJourneyFile } from './read-journey-file.js';
import { USAGE } from './usage.js';
import { outputKind, writeJourneyFile, type OutputKind } from './write-journey-file.js';

/**
 * `parcours convert <in> -o <out>`: imports any input and writes it as `.json`, `.mmd` or `.csv` (or
 * renders `.svg`/`.html`). Returns 0 on success, 1 when the input cannot be imported, 2 for an
 * unknown output extension.
 *
 * @example await convertCommand({ kind: 'run', command: 'convert', input: 'a.csv', output: 'a.mmd' }, io) // 0
 */
export async function convertCommand(args: CliArgs, io: CliIo): Promise<number> {
  return writeCommand(args, io, ['json', 'mermaid', 'csv', 'svg', 'html']);
}

/**
 * Shared by `convert` and `render`: import, check the output extension, resolve `--lanes`, write.
 *
 * @example await writeCommand(args, io, ['svg', 'html']) // 0 when out.svg was written
 */
export async function writeCommand(args: CliArgs, io: CliIo, accepted: readonly OutputKind[]): Promise<number> {
  const input = args.input ?? '';
  const output = args.output ?? '';
  const kind = outputKind(output);
  if (kind === undefined || !accepted.includes(kind)) {
    io.err(`parcours: cannot write "${output}": use one of ${accepted.map((each) => `.${each === 'mermaid' ? 'mmd' : each}`).join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const result = await readJourneyFile(input, io, { sheet: args.sheet });
  if (!result.ok) {
    printProblems(`${input}: cannot be imported`, result.problems, io);
    return 1;
  }
  printProblems(`${input}: warnings`, result.warnings, io);
  const layoutOptions: LayoutOptions = {};
  if (args.palette !== undefined) layoutOptions.palette = args.palette;
  if (args.topPerCell !== undefined) layoutOptions.topPerCell = args.topPerCell;
  if (args.minCount !== undefined) layoutOptions.minCount = args.minCount;
  if (args.minEvidence !== undefined) layoutOptions.minEvidence = args.minEvidence;
  if (args.lanes !== undefined) {
    const lanes = result.journey.lanes;
    const ids: string[] = [];
    for (const wanted of args.lanes) {
      const key = wanted.toLowerCase();
      const lane = lanes.find((each) => each.id === wanted) ?? lanes.find((each) => each.kind.toLowerCase() === key || each.title.toLowerCase() === key);
      if (lane === undefined) {
        io.err(`parcours: no lane "${wanted}" in ${input}; its lanes are ${lanes.map((each) => `${each.title} (${each.kind})`).join(', ')}`);
        return 2;
      }
      ids.push(lane.id);
    }
    layoutOptions.lanes = ids;
  }
  try {
    await writeJourneyFile(result.journey, output, kind, layoutOptions, io);
  } catch (error) {
    io.err(`parcours: cannot write "${output}": ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { journey } = result;
  io.out(`wrote ${output} (${journey.stages.length} stages, ${journey.cards.length} cards, ${journey.personas.length} personas)`);
  return 0;
}
