// An esbuild plugin for the panel's builds (FigJam, Miro, playground): the workbook reader that
// `ui/load-workbook-reader.ts` imports on first use is bundled on its own and put in the panel's
// bundle as a string, evaluated only when a workbook is first opened. PRODUCT.md §8 counts it in the
// bundle budgets, but it costs nothing to parse at start-up, and FigJam's panel, one inlined
// ui.html, can carry it without a second file. It lives outside scripts/build/ because
// scripts/build.mjs runs every scripts/build/*.mjs as a target.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const READER = `${root}core/src/workbook-reader.ts`;
const GLOBAL = '__parcoursWorkbookReader';

/**
 * The reader's code, minified for `target`, as an IIFE assigning `GLOBAL`.
 *
 * @example const code = await workbookReaderCode(['chrome110'])
 */
export async function workbookReaderCode(target) {
  const result = await build({
    entryPoints: [READER],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/**
 * The plugin: the dynamic import of `core/src/workbook-reader.js` from `load-workbook-reader.ts` becomes a
 * module holding the reader's code as text and running it (`new Function`) when first imported.
 * esbuild initialises a dynamically imported module only when the import runs, so nothing is
 * evaluated before a workbook is opened.
 */
export function workbookReaderAsText(target) {
  return {
    name: 'parcours-workbook-reader-as-text',
    setup(builder) {
      builder.onResolve({ filter: /workbook-reader\.js$/ }, (args) =>
        args.kind === 'dynamic-import' && args.importer.endsWith('load-workbook-reader.ts') ? { path: READER, namespace: 'workbook-reader-text' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'workbook-reader-text' }, async () => {
        const code = await workbookReaderCode(target);
        // A script inlined in HTML (FigJam's ui.html) must not hold its own closing tag.
        const text = JSON.stringify(`${code}\nreturn ${GLOBAL}.readWorkbook;`).replace(/<\/(script)/gi, '<\\/$1');
        return { contents: `export const readWorkbook = new Function(${text})();\n`, loader: 'js', watchFiles: [READER] };
      });
    },
  };
}
