// `npm start`: builds the playground and serves it on http://localhost:5173 (or `--port N`, or PORT).
// A plain node:http static server: the page and its bundle from playground/dist/, the sample
// journeys from samples/. `--port 0` takes any free port; the URL printed is the one to open.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from './build/playground.mjs';
import { portOption } from './port-option.mjs';
import { serveStatic } from './serve-static.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

const port = portOption(process.argv.slice(2), process.env, { fallback: 5173, program: 'parcours playground' });
const started = Date.now();
const dist = await build();

const server = createServer(
  serveStatic({ roots: { '/': dist, '/samples/': `${root}samples` }, headers: { 'x-content-type-options': 'nosniff' } }),
);

server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `parcours playground: port ${port} is in use; start with --port <another> (or PORT=<another>).`
      : `parcours playground: ${error.message}`,
  );
  process.exit(1);
});

server.listen(port, 'localhost', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Parcours playground built in ${Date.now() - started} ms`);
  console.log(`  → http://localhost:${actual}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
