// `npm run dev:miro`: builds the Miro app, serves miro-app/dist/ on http://localhost:3000 (the
// App URL of your Miro developer app; `--port N` or PORT to change it) and rebuilds on change.
// Miro loads the app inside the board from this address, so keep it running while you use it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { outdir, watch } from './build/miro.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function portFrom(argv, env) {
  const flag = argv.indexOf('--port');
  const raw = flag >= 0 ? argv[flag + 1] : env.PORT;
  const port = raw === undefined || raw === '' ? 3000 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`parcours dev:miro: "${raw}" is not a port number (0–65535).`);
    process.exit(2);
  }
  return port;
}

/** A path inside dist/, or undefined: never a file outside it. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const file = resolve(outdir, path.slice(1) || 'index.html');
  return file.startsWith(outdir + sep) ? file : undefined;
}

const port = portFrom(process.argv.slice(2), process.env);
let builds = 0;
const ctx = await watch((result) => {
  builds++;
  const errors = result.errors.length;
  console.log(errors > 0 ? `parcours dev:miro: build failed (${errors} error(s)), serving the last good build` : `parcours dev:miro: built (${builds})`);
});

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const file = fileFor(request.url ?? '/');
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  // Miro loads the app in an iframe from another origin; no caching so a rebuild shows at once.
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(port, () => {
  const address = server.address();
  console.log(`parcours dev:miro: serving the Miro app on http://localhost:${typeof address === 'object' && address ? address.port : port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    ctx.dispose().finally(() => process.exit(0));
  });
}
