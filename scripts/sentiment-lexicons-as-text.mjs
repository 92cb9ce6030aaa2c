// esbuild plugins for the panel's builds (FigJam, Miro, playground), for the sentiment scorer
// (core/src/insight/sentiment/). It lives outside scripts/build/ because scripts/build.mjs runs every
// scripts/build/*.mjs as a target.
// - publishedLexiconsAsText: `publishedLexiconTexts` is replaced by its result, computed here from
//   the packages: the bundle carries the lexicons as compact text (decoded on first use) instead of
//   VADER's and Pattern's object literals, parsed at start-up and about 40 % heavier once gzipped.
// - frenchStemmerAlone: nlp.js's French stemmer asks the whole `@nlpjs/core` for two classes; it gets
//   those two, and its base class gets stand-ins for the container and tokenizer it never uses to
//   stem a word (`stemWord`). About 6 KB gzipped.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const TEXTS = `${root}core/src/insight/sentiment/published-lexicon-texts.ts`;

/** `publishedLexiconTexts()` run in Node from the source: the module bundled for Node and imported. */
export async function publishedLexiconTexts() {
  const result = await build({ entryPoints: [TEXTS], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  return module.publishedLexiconTexts();
}

export function publishedLexiconsAsText() {
  return {
    name: 'parcours-published-lexicons-as-text',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]published-lexicon-texts\.ts$/ }, async () => {
        // A script inlined in HTML (FigJam's ui.html) must not hold its own closing tag.
        const texts = JSON.stringify(await publishedLexiconTexts()).replace(/<\/(script)/gi, '<\\/$1');
        return { contents: `const texts = ${texts};\nexport function publishedLexiconTexts() { return texts; }\n`, loader: 'js', watchFiles: [TEXTS] };
      });
    },
  };
}

const STEMMER_PARTS = {
  // What stemmer-fr.js takes from `@nlpjs/core`.
  core: "module.exports = { Among: require('@nlpjs/core/src/among.js'), BaseStemmer: require('@nlpjs/core/src/base-stemmer.js') };",
  // BaseStemmer's default container: `stemWord` never reads it.
  container: 'module.exports = { defaultContainer: {} };',
  // BaseStemmer's tokenizer, for `tokenizeAndStem`, which Parcours never calls.
  tokenizer: "module.exports = class Tokenizer { constructor() { throw new Error('nlp.js tokenizer: not in the Parcours panel bundle'); } };",
};

export function frenchStemmerAlone() {
  return {
    name: 'parcours-french-stemmer-alone',
    setup(builder) {
      builder.onResolve({ filter: /^@nlpjs\/core$/ }, (args) => (/stemmer-fr\.js$/.test(args.importer) ? { path: 'core', namespace: 'french-stemmer' } : undefined));
      builder.onResolve({ filter: /^\.\/(container|tokenizer)$/ }, (args) =>
        /@nlpjs[\\/]core[\\/]src[\\/]base-stemmer\.js$/.test(args.importer) ? { path: args.path.slice(2), namespace: 'french-stemmer' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'french-stemmer' }, (args) => ({ contents: STEMMER_PARTS[args.path], loader: 'js', resolveDir: root }));
    },
  };
}

/** Both plugins. */
export function sentimentPlugins() {
  return [publishedLexiconsAsText(), frenchStemmerAlone()];
}
