// The `--port N` / `--port=N` / PORT option of the local servers (playground, dev:miro).

/**
 * The port asked for on the command line or in `env.PORT`, else `fallback`. `0` means any free
 * port. Exits with code 2 and a message naming `program` when the value is not a port number.
 *
 * @example portOption(['--port', '5199'], {}, { fallback: 5173, program: 'parcours playground' }) // 5199
 */
export function portOption(argv, env, { fallback, program }) {
  const flag = argv.indexOf('--port');
  const inline = argv.find((arg) => arg.startsWith('--port='));
  const raw = flag >= 0 ? argv[flag + 1] : inline ? inline.slice('--port='.length) : env.PORT;
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${program}: "${raw}" is not a port number (0–65535).`);
    process.exit(2);
  }
  return port;
}
