// Builds the FigJam plugin: figma-plugin/dist/code.js (main thread) and dist/ui.html (the panel,
// with its script and styles inlined: a FigJam plugin UI is one HTML string).
import { build as esbuild } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BROWSER_TARGETS } from '../browser-bundle-options.mjs';
import { sentimentPlugins } from '../sentiment-lexicons-as-text.mjs';
import { workbookReaderAsText } from '../workbook-reader-as-text.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'figma-plugin', 'dist');

/**
 * zod's classic schemas carry JSON-Schema converters (`toJSONSchema`, `fromJSONSchema`) that the
 * plugin never calls: about 6 KB gzipped. They are replaced by functions that throw if ever called,
 * so a future use fails loudly instead of silently. Validation itself is untouched.
 */
const zodWithoutJsonSchema = {
  name: 'zod-without-json-schema',
  setup(build) {
    build.onLoad({ filter: /zod[\\/]v4[\\/](core[\\/](json-schema-processors|to-json-schema|json-schema-generator)|classic[\\/]from-json-schema)\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const names = [...new Set([...source.matchAll(/export (?:const|function|class) (\w+)/g)].map((match) => match[1]))];
      const stub = (name) => `export const ${name} = () => () => { throw new Error('zod JSON Schema (${name}) is not in the Parcours plugin bundle'); };`;
      return { contents: names.map(stub).join('\n'), loader: 'js' };
    });
  },
};

/**
 * The main thread never words a message (PRODUCT.md §11): core's `say` is replaced there by
 * figma-plugin/src/say-on-main-thread.ts (code and params, no English), so `code.js` carries no word
 * table (about 4 KB gzipped); the panel host fills in the English `message` on receipt.
 */
const sayOnMainThread = {
  name: 'say-on-main-thread',
  setup(build) {
    const coreSay = join(root, 'core/src/words/say.js');
    build.onResolve({ filter: /[\\/]say\.js$/ }, (args) =>
      join(args.resolveDir, args.path) === coreSay ? { path: join(root, 'figma-plugin/src/say-on-main-thread.ts') } : undefined,
    );
  },
};

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  plugins: [zodWithoutJsonSchema],
  write: false,
  logLevel: 'warning',
};

// Figma documents its main-thread sandbox as running "modern JavaScript (ES2020 and beyond)"
// (developers.figma.com/docs/plugins/how-plugins-run); older toolchains targeted es2017. es2020
// keeps optional chaining and spreads as written, smaller than their es2017 downlevelling. The
// panel runs in the user's browser (or the desktop app's Chromium), Figma supporting only recent
// ones: the browser list of our other pages lets esbuild keep newer syntax as written too.
const MAIN_TARGET = 'es2020';
const UI_TARGET = BROWSER_TARGETS;

/** esbuild options for the main thread (`main`) and the panel's script (`ui`), metafiles on (for size analysis). */
export function figjamBuildOptions() {
  return {
    main: { ...common, metafile: true, target: MAIN_TARGET, plugins: [...common.plugins, sayOnMainThread], entryPoints: [join(root, 'figma-plugin/src/code.ts')] },
    ui: { ...common, metafile: true, target: UI_TARGET, plugins: [...common.plugins, workbookReaderAsText(UI_TARGET), ...sentimentPlugins()], entryPoints: [join(root, 'figma-plugin/src/ui.tsx')] },
  };
}

/** Builds both files; returns their paths. */
export async function build() {
  await mkdir(dist, { recursive: true });
  const options = figjamBuildOptions();
  const [main, ui] = await Promise.all([esbuild(options.main), esbuild(options.ui)]);
  const code = main.outputFiles[0].text;
  // A script inlined in HTML must not contain its own closing tag.
  const script = ui.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Parcours</title></head><body style="margin:0"><div id="app"></div><script>${script}</script></body></html>`;
  const files = { code: join(dist, 'code.js'), ui: join(dist, 'ui.html') };
  await Promise.all([writeFile(files.code, code), writeFile(files.ui, html)]);
  return files;
}
