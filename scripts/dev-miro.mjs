// `npm run dev:miro`: builds the Miro app, serves miro-app/dist/ on http://localhost:3000 (the
// App URL of your Miro developer app; `--port N` or PORT to change it) and rebuilds on change.
// Miro loads the app inside the board from this address, so keep it running while you use it.
import { createServer } from 'node:http';
import { outdir, watch } from './build/miro.mjs';
import { portOption } from './port-option.mjs';
import { serveStatic } from './serve-static.mjs';

const port = portOption(process.argv.slice(2), process.env, { fallback: 3000, program: 'parcours dev:miro' });
let builds = 0;
const ctx = await watch((result) => {
  builds++;
  const errors = result.errors.length;
  console.log(errors > 0 ? `parcours dev:miro: build failed (${errors} error(s)), serving the last good build` : `parcours dev:miro: built (${builds})`);
});

// Miro loads the app in an iframe from another origin; serveStatic never caches, so a rebuild shows at once.
const server = createServer(serveStatic({ roots: { '/': outdir }, headers: { 'access-control-allow-origin': '*' } }));

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
