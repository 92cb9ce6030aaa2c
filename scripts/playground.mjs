// `npm start`: builds the playground and serves it on http://localhost:5173 (or `--port N`, or PORT).
// A plain node:http static server: the page and its bundle from playground/dist/, the sample
// journeys from samples/. `--port 0` takes any free port; the URL printed is the one to open.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build/playground.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  // Samples are served as bytes: the importer detects their encoding (UTF-8, UTF-16, Windows-1252).
  '.csv': 'text/csv',
  '.mmd': 'text/plain',
};

function parsePort(argv, env) {
  const flag = argv.indexOf('--port');
  const inline = argv.find((arg) => arg.startsWith('--port='));
  const raw = flag >= 0 ? argv[flag + 1] : inline ? inline.slice('--port='.length) : env.PORT;
  if (raw === undefined || raw === '') return 5173;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`parcours playground: "${raw}" is not a port number (0–65535).`);
    process.exit(2);
  }
  return port;
}

/** Maps a URL path to a file inside one of the served folders, or undefined (never outside them). */
function fileFor(urlPath, dist) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const [base, rest] = path.startsWith('/samples/') ? [resolve(root, 'samples'), path.slice('/samples/'.length)] : [dist, path.slice(1) || 'index.html'];
  const file = resolve(base, rest);
  return file.startsWith(base + sep) ? file : undefined;
}

const port = parsePort(process.argv.slice(2), process.env);
const started = Date.now();
const dist = await build();

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const file = fileFor(request.url ?? '/', dist);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

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
