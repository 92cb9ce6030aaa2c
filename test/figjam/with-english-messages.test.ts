import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { say as coreSay } from '../../core/src/words/say.js';
import { say as mainThreadSay } from '../../figma-plugin/src/say-on-main-thread.js';
import { withEnglishMessages } from '../../figma-plugin/src/with-english-messages.js';

describe('say on FigJam’s main thread, worded by the panel host', () => {
  it('says the code and params with no wording', () => {
    expect(mainThreadSay('figjam.cancelled', { done: 3, total: 9 })).toEqual({ code: 'figjam.cancelled', params: { done: 3, total: 9 }, message: '' });
  });

  it('gets back exactly core’s English message, nested messages included, other fields kept', () => {
    const item = mainThreadSay('item.text', { kind: 'sticky', text: 'Prix affiché trop tard' });
    const error = mainThreadSay('host.error', { reason: 'tooLarge', detail: 'quota' });
    const sent = { report: { problems: [{ ...mainThreadSay('figjam.couldNotCreate', { item, error }), field: 'card:1' }, mainThreadSay('figjam.keptSection')] } };
    const expected = {
      report: {
        problems: [
          { ...coreSay('figjam.couldNotCreate', { item: coreSay('item.text', { kind: 'sticky', text: 'Prix affiché trop tard' }), error: coreSay('host.error', { reason: 'tooLarge', detail: 'quota' }) }), field: 'card:1' },
          coreSay('figjam.keptSection'),
        ],
      },
    };
    expect(withEnglishMessages(structuredClone(sent))).toEqual(expected);
    expect(expected.report.problems[0]?.message).toContain('Prix affiché trop tard');
  });

  it('leaves worded messages, messages without a code and unknown codes as they are', () => {
    const worded = coreSay('figjam.cancelled', { done: 1, total: 2 });
    const value = { a: worded, b: { message: 'Nothing was placed: the board is as before.' }, c: { code: 'no.such.code', message: '' }, d: [1, 'x', null] };
    expect(withEnglishMessages(structuredClone(value))).toEqual(value);
  });
});

describe('code.js', () => {
  it('carries no word table: core’s say is replaced by the main thread’s', async () => {
    // A runtime path: the build script is plain JS with no typings.
    const figjam = (await import(new URL('../../scripts/build/figjam.mjs', import.meta.url).href)) as { figjamBuildOptions: () => { main: BuildOptions } };
    const result = await build({ ...figjam.figjamBuildOptions().main, write: false, logLevel: 'silent' });
    // What is in code.js (the metafile's inputs also list what tree shaking dropped).
    const inputs = Object.values(result.metafile?.outputs ?? {}).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    expect(inputs.some((input) => input.endsWith('figma-plugin/src/say-on-main-thread.ts'))).toBe(true);
    expect(inputs.filter((input) => /core\/src\/words\/(en|fr|say)\.ts$/.test(input))).toEqual([]);
  }, 60_000);
});
