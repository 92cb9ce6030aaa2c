/**
 * `parcours` command line: validate, convert, render and compare journey files, or render every sample.
 * Thin: it parses the arguments and hands over to one module per command in `cli/`.
 */
import { compareCommand } from './cli/compare-command.js';
import { convertCommand } from './cli/convert-command.js';
import { demoCommand } from './cli/demo-command.js';
import { processIo, type CliIo } from './cli/cli-io.js';
import { parseCliArgs } from './cli/parse-cli-args.js';
import { renderCommand } from './cli/render-command.js';
import { USAGE } from './cli/usage.js';
import { validateCommand } from './cli/validate-command.js';

/**
 * Runs one `parcours` command and returns its exit code: 0 success, 1 bad input (with located
 * messages), 2 misuse (with the usage text).
 *
 * @example await main(['validate', 'samples/working-day.mmd']) // 0, the report printed on stdout
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args.kind === 'misuse') {
    io.err(`parcours: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  switch (args.command) {
    case 'validate':
      return validateCommand(args, io);
    case 'convert':
      return convertCommand(args, io);
    case 'render':
      return renderCommand(args, io);
    case 'compare':
      return compareCommand(args, io);
    case 'demo':
      return demoCommand(args, io);
  }
}
