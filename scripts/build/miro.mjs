// Builds the Miro app into miro-app/dist/: the headless entry (index.html + index.js, opens the
// panel), the panel (app.html + app.js + app.css: the shared Preact panel with a Miro host) and
// the manifest. `npm run build` calls build(); `npm run dev:miro` watches with the same options.
import { context, build as esbuild } from 'esbuild';
import { access, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { browserBundleOptions } from '../browser-bundle-options.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const outdir = `${root}miro-app/dist`;

/** esbuild options shared by the build and the dev server. */
export function miroBuildOptions() {
  return { ...browserBundleOptions({ index: 'miro-app/src/index.ts', app: 'miro-app/src/app.tsx' }, outdir), metafile: true };
}

/** Copies the pages and the manifest; the panel page links app.css, so one always exists. */
export async function copyStatic() {
  await mkdir(outdir, { recursive: true });
  for (const file of ['index.html', 'app.html', 'app-manifest.yml']) await copyFile(`${root}miro-app/${file}`, `${outdir}/${file}`);
  await access(`${outdir}/app.css`).catch(() => writeFile(`${outdir}/app.css`, ''));
}

/** Bundles both entries and copies the pages; returns the output directory. */
export async function build() {
  await mkdir(outdir, { recursive: true });
  await esbuild(miroBuildOptions());
  await copyStatic();
  return outdir;
}

/** An esbuild context that rebuilds on change (the dev server). */
export async function watch(onRebuild) {
  const ctx = await context({
    ...miroBuildOptions(),
    plugins: [
      ...miroBuildOptions().plugins,
      {
        name: 'parcours-miro-static',
        setup(builder) {
          builder.onEnd(async (result) => {
            await copyStatic();
            onRebuild?.(result);
          });
        },
      },
    ],
  });
  await ctx.watch();
  return ctx;
}
