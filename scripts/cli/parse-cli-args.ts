import { parseArgs } from 'node:util';

export type CliCommand = 'validate' | 'convert' | 'render' | 'compare' | 'demo';

export interface CliArgs {
  kind: 'run';
  command: CliCommand;
  input?: string;
  /** `compare`: the later wave (`input` is the earlier one). */
  second?: string;
  output?: string;
  /** `--lang fr|en`: the language of messages and reports. */
  lang?: 'fr' | 'en';
  /** `compare --pair "Arrive=Arrival"`: stages renamed between the waves, `[earlier, later]`. */
  pairs?: [string, string][];
  lanes?: string[];
  palette?: 'light' | 'dark';
}

export type ParsedCli = CliArgs | { kind: 'help' } | { kind: 'misuse'; message: string };

const COMMANDS: readonly CliCommand[] = ['validate', 'convert', 'render', 'compare', 'demo'];

/**
 * Reads `parcours` arguments into one command with its input, output and render options, or says why
 * they make no sense (unknown command or option, missing input or `-o`, bad `--palette`).
 *
 * @example parseCliArgs(['convert', 'a.csv', '-o', 'a.json']) // { kind: 'run', command: 'convert', input: 'a.csv', output: 'a.json' }
 */
export function parseCliArgs(argv: readonly string[]): ParsedCli {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return { kind: 'misuse', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help === true || command === 'help') return { kind: 'help' };
  if (command === undefined) return { kind: 'misuse', message: 'no command given' };
  if (!COMMANDS.includes(command as CliCommand)) return { kind: 'misuse', message: `unknown command "${command}"` };
  const files = command === 'compare' ? 2 : 1;
  if (command === 'compare' && rest.length !== 2) return { kind: 'misuse', message: `compare takes two files (before, after), got ${rest.length}` };
  if (rest.length > files) return { kind: 'misuse', message: `${command} takes one file, got ${rest.length}: ${rest.join(' ')}` };
  const args: CliArgs = { kind: 'run', command: command as CliCommand };
  const [input, second] = rest;
  if (input !== undefined) args.input = input;
  if (second !== undefined) args.second = second;
  if (values.output !== undefined) args.output = values.output;
  if (command !== 'demo' && input === undefined) return { kind: 'misuse', message: `${command} needs a file` };
  if ((command === 'convert' || command === 'render' || command === 'compare') && values.output === undefined) {
    return { kind: 'misuse', message: `${command} needs an output file: -o <file>` };
  }
  if (values.lanes !== undefined) {
    args.lanes = values.lanes
      .split(',')
      .map((lane) => lane.trim())
      .filter((lane) => lane !== '');
  }
  if (values.lang !== undefined) {
    if (values.lang !== 'fr' && values.lang !== 'en') return { kind: 'misuse', message: `--lang must be fr or en, not "${values.lang}"` };
    args.lang = values.lang;
  }
  if (values.pair !== undefined) {
    const pairs: [string, string][] = [];
    for (const pair of values.pair) {
      const [earlier, later, ...more] = pair.split('=');
      if (earlier === undefined || later === undefined || more.length > 0 || earlier.trim() === '' || later.trim() === '') {
        return { kind: 'misuse', message: `--pair takes "earlier stage=later stage", not "${pair}"` };
      }
      pairs.push([earlier.trim(), later.trim()]);
    }
    args.pairs = pairs;
  }
  if (values.palette !== undefined) {
    if (values.palette !== 'light' && values.palette !== 'dark') {
      return { kind: 'misuse', message: `--palette must be light or dark, not "${values.palette}"` };
    }
    args.palette = values.palette;
  }
  return args;
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      lanes: { type: 'string' },
      palette: { type: 'string' },
      lang: { type: 'string' },
      pair: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
