import type { CliIo } from './cli-io.js';
import { writeCommand } from './convert-command.js';
import type { CliArgs } from './parse-cli-args.js';

/**
 * `parcours render <in> -o <out.svg|.html>`: lays the journey out and draws it (`--lanes`,
 * `--palette dark`); `.json`, `.mmd` and `.csv` outputs are accepted too, as exports. Returns 0, 1 for
 * bad input, 2 for misuse.
 *
 * @example await renderCommand({ kind: 'run', command: 'render', input: 'day.mmd', output: 'day.svg' }, io) // 0
 */
export async function renderCommand(args: CliArgs, io: CliIo): Promise<number> {
  return writeCommand(args, io, ['svg', 'html', 'json', 'mermaid', 'csv']);
}
