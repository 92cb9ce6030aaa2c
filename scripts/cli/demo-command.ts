import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { CliIo } from './cli-io.js';
import type { CliArgs } from './parse-cli-args.js';
import { printProblems, readJourneyFile } from './read-journey-file.js';
import { writeJourneyFile } from './write-journey-file.js';

const INPUTS = new Set(['.csv', '.json', '.mmd', '.mermaid']);

/**
 * `parcours demo [samples-dir] [-o out-dir]`: renders every sample (`samples/` by default) to
 * `out/<name>.html` and `out/<name>.svg`. Returns 0 when every sample rendered, 1 otherwise.
 *
 * @example await demoCommand({ kind: 'run', command: 'demo' }, io) // 0, "out/working-day.html" …
 */
export async function demoCommand(args: CliArgs, io: CliIo): Promise<number> {
  const samples = args.input ?? 'samples';
  const out = args.output ?? 'out';
  let names: string[];
  try {
    names = (await readdir(resolve(io.cwd, samples))).filter((name) => INPUTS.has(extname(name).toLowerCase())).sort();
  } catch {
    io.err(`parcours: no "${samples}" folder here; run the demo from the Parcours folder or name the samples folder`);
    return 1;
  }
  if (names.length === 0) {
    io.err(`parcours: no .csv, .json or .mmd file in "${samples}"`);
    return 1;
  }
  const stems = names.map((name) => basename(name, extname(name)));
  let failed = 0;
  for (const [index, name] of names.entries()) {
    const input = join(samples, name);
    const result = await readJourneyFile(input, io);
    if (!result.ok) {
      printProblems(`${input}: cannot be imported`, result.problems, io);
      failed++;
      continue;
    }
    // Two samples sharing a name (`day.csv`, `day.mmd`) must not overwrite each other's pictures.
    const bare = stems[index] ?? name;
    const stem = join(out, stems.indexOf(bare) === stems.lastIndexOf(bare) ? bare : `${bare}-${extname(name).slice(1)}`);
    try {
      await writeJourneyFile(result.journey, `${stem}.html`, 'html', {}, io);
      await writeJourneyFile(result.journey, `${stem}.svg`, 'svg', {}, io);
      io.out(`${input} → ${stem}.html, ${stem}.svg`);
    } catch (error) {
      io.err(`parcours: ${input}: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
    }
  }
  io.out(`${names.length - failed} of ${names.length} samples rendered into ${out}/`);
  return failed === 0 ? 0 : 1;
}
