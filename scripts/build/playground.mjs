// Builds the playground into playground/dist/: the page, its bundle (panel, simulated board, core and
// the Miro adapter, all from source), its stylesheet and the list of sample journeys.
// `npm start` and `npm run build` call it.
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { browserBundleOptions } from '../browser-bundle-options.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles playground/src/main.tsx and copies the page; returns the output directory. */
export async function build() {
  const outdir = `${root}playground/dist`;
  await mkdir(outdir, { recursive: true });
  await esbuild(browserBundleOptions({ app: 'playground/src/main.tsx' }, outdir));
  await copyFile(`${root}playground/index.html`, `${outdir}/index.html`);
  // The page picks its start sample from this list, so it never asks the server for a missing file.
  const samples = (await readdir(`${root}samples`).catch(() => [])).filter((name) => /\.(csv|tsv|json|mmd)$/i.test(name)).sort();
  await writeFile(`${outdir}/samples.json`, `${JSON.stringify(samples)}\n`);
  return outdir;
}
