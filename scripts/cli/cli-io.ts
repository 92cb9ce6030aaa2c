/** Where the CLI writes: the process streams in use, collected strings in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Directory that relative paths are resolved from. */
  cwd: string;
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
