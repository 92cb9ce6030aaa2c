// esbuild options for the pages Parcours serves in a browser (Miro app, playground). It lives
// outside scripts/build/ because scripts/build.mjs runs every scripts/build/*.mjs as a target.
import { fileURLToPath } from 'node:url';
import { sentimentPlugins } from './sentiment-lexicons-as-text.mjs';
import { workbookReaderAsText } from './workbook-reader-as-text.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The oldest browsers a Parcours page supports (Miro's list; FigJam's panel runs in browsers at least as recent). */
export const BROWSER_TARGETS = ['chrome110', 'firefox110', 'safari16'];

/**
 * One minified ESM bundle per entry (paths relative to the repository root) with Preact JSX and
 * source maps, for the browsers Miro supports, the workbook reader and the sentiment lexicons carried as
 * text until first used;
 * returns esbuild build options.
 *
 * @example await build(browserBundleOptions({ app: 'playground/src/main.tsx' }, `${root}playground/dist`))
 */
export function browserBundleOptions(entryPoints, outdir) {
  return {
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: BROWSER_TARGETS,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [workbookReaderAsText(BROWSER_TARGETS), ...sentimentPlugins()],
  };
}
