import { formatProblem, wordProblem, type Problem } from '../../core/src/index.js';
/** Where the CLI writes: the process streams in use, collected strings in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Directory that relative paths are resolved from. */
  cwd: string;
  /** The language messages are worded in (`--lang`, else `LC_ALL`/`LANG`); English when absent. */
  lang?: 'fr' | 'en';
}

/**
 * The real terminal: stdout for results, stderr for warnings and errors.
 *
 * @example processIo().out('done') // prints "done\n"
 */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  };
}

/**
 * The language of the CLI's messages: `--lang` when given, else the system locale (`LC_ALL`, then
 * `LANG`, as POSIX orders them), French for `fr…`, English otherwise.
 *
 * @example cliLang(undefined, { LANG: 'fr_FR.UTF-8' }) // 'fr'
 */
export function cliLang(given: 'fr' | 'en' | undefined, env: Readonly<Record<string, string | undefined>>): 'fr' | 'en' {
  if (given !== undefined) return given;
  const locale = env.LC_ALL || env.LANG || '';
  return /^fr\b|^fr[_-]/i.test(locale) ? 'fr' : 'en';
}

/** A problem as the CLI prints it: English as it always read (`formatProblem`), French worded from its code. */
export function cliProblem(problem: Problem, lang: 'fr' | 'en' | undefined): string {
  return lang === 'fr' ? wordProblem(problem, 'fr') : formatProblem(problem);
}
