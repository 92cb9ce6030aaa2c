// The static file server behind `npm start` (playground) and `npm run dev:miro`: GET and HEAD only,
// files looked up under a few folders and never outside them, streamed with their content type.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  // Samples are served as bytes: the importer detects their encoding (UTF-8, UTF-16, Windows-1252).
  '.csv': 'text/csv',
  '.mmd': 'text/plain',
};

/**
 * Maps a request URL to a file inside the folder of its longest matching prefix, or undefined:
 * never a file outside that folder (`..`, encoded or not, resolves outside it and is refused).
 */
function fileFor(url, mounts) {
  let path;
  try {
    path = decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  if (!mount) return undefined;
  const [prefix, dir] = mount;
  const file = resolve(dir, path.slice(prefix.length) || 'index.html');
  return file.startsWith(dir + sep) ? file : undefined;
}

/**
 * A node:http request handler serving the files of `roots` (URL prefix ending in `/` → folder;
 * a bare prefix serves its index.html), uncached since both servers serve a build that changes
 * under them, with `headers` added to every file it sends. Anything else is a 404, other methods a 405.
 *
 * @example createServer(serveStatic({ roots: { '/': dist, '/samples/': samples }, headers: { 'x-content-type-options': 'nosniff' } }))
 */
export function serveStatic({ roots, headers = {} }) {
  const mounts = Object.entries(roots)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort(([a], [b]) => b.length - a.length);
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(request.url ?? '/', mounts);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
      ...headers,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}
