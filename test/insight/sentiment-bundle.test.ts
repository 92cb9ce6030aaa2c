import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreVerbatim } from '../../core/src/insight/sentiment/score-verbatim.js';

// The scorer as the panel bundles carry it (scripts/sentiment-lexicons-as-text.mjs): lexicons as
// text computed at build time, nlp.js's stemmer without the rest of @nlpjs/core. It must score
// every verbatim exactly as the source does.
const require = createRequire(import.meta.url);
const vader = Object.keys((require('vader-sentiment/src/vader_lexicon.js') as { lexicon: Record<string, number> }).lexicon);
const pattern = Object.keys(require('@nlpjs/lang-fr/src/sentiment/pattern_fr.json') as Record<string, number>);
type Score = typeof scoreVerbatim;
/** The texts of a labelled set (test/fixtures/sentiment/), the label left aside. */
const texts = (name: string) =>
  readFileSync(new URL(`../fixtures/sentiment/${name}.tsv`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[1] ?? '');

let bundled: Score;
let inputs: string[];

beforeAll(async () => {
  const plugins = (await import(new URL('../../scripts/sentiment-lexicons-as-text.mjs', import.meta.url).href)) as { sentimentPlugins: () => [] };
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../core/src/insight/sentiment/score-verbatim.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: plugins.sentimentPlugins(),
  });
  inputs = Object.keys(result.metafile.inputs);
  const code = result.outputFiles[0]?.text ?? '';
  bundled = ((await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { scoreVerbatim: Score }).scoreVerbatim;
}, 60_000);

describe('the sentiment scorer as bundled for the panel', () => {
  it('carries neither the packages’ lexicon files nor the rest of @nlpjs/core', () => {
    expect(inputs.filter((input) => /vader_lexicon|pattern_fr|@nlpjs[\\/]core[\\/]src[\\/](container|tokenizer|index)/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('stemmer-fr.js'))).toBe(true);
  });

  it('scores the labelled verbatims exactly as the source, in both languages', () => {
    for (const name of ['verbatims-en', 'verbatims-fr', 'second-labelled-en', 'second-labelled-fr', 'blind-en', 'blind-fr']) {
      for (const text of texts(name)) for (const locale of ['en', 'fr'] as const) expect(bundled(text, locale)).toEqual(scoreVerbatim(text, locale));
    }
  });

  it('scores every published entry, negated and after "but", exactly as the source', () => {
    for (const word of vader) expect(bundled(`not ${word} but ${word}`, 'en')).toEqual(scoreVerbatim(`not ${word} but ${word}`, 'en'));
    // Pattern's keys are stems: inflected, they go through the stemmer.
    for (const stem of pattern) for (const word of [stem, `${stem}es`, `${stem}ées`]) expect(bundled(word, 'fr')).toEqual(scoreVerbatim(word, 'fr'));
  });
});
