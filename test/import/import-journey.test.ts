import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../core/src/import/text/encode-text.js';
import { importJourney } from '../../core/src/import/import-journey.js';

const MERMAID = 'journey\n  title Morning\n  section Wake up\n    Coffee: 5: Me\n';

describe('importJourney dispatch', () => {
  it.each([
    ['a .mmd file', MERMAID, { filename: 'day.mmd' }],
    ['a .mermaid file', MERMAID, { filename: 'day.mermaid' }],
    ['text whose first line is "journey"', MERMAID, {}],
    ['a diagram behind front matter, a directive and comments', `---\ntitle: Morning\n---\n%%{init: {"theme": "dark"}}%%\n%% a comment\n\n${MERMAID}`, {}],
  ])('reads %s as Mermaid', (_, text, options) => {
    expect(importJourney(text, options)).toMatchObject({ ok: true, report: { format: 'mermaid' }, journey: { stages: [{ name: 'Wake up' }] } });
  });

  it('reads a .json file, or text starting with "{", as JSON, and says which encoding its bytes had', () => {
    const json = readFileSync(new URL('../../samples/home-insurance-claim.json', import.meta.url), 'utf8');
    expect(importJourney(encodeText(json, 'utf-8-bom'), { filename: 'claim.json' })).toMatchObject({ ok: true, report: { format: 'json', encoding: 'utf-8-bom' } });
    expect(importJourney(`  ${json}`)).toMatchObject({ ok: true, report: { format: 'json' } });
  });

  it('passes the file name to the JSON and Mermaid readers', () => {
    expect(importJourney('{ "title": ', { filename: 'broken.json' })).toMatchObject({ ok: false, problems: [{ file: 'broken.json' }] });
  });

  it('reads a .csv file as CSV whatever it starts with', () => {
    expect(importJourney('journey,Stage\nx,A\n', { filename: 'data.csv' })).toMatchObject({ ok: true, report: { format: 'wide-csv' } });
  });

  it('lets the options force a format', () => {
    const text = 'Stage,Actions\nA,x\nA,y\n';
    expect(importJourney(text)).toMatchObject({ report: { format: 'interview-csv' } });
    expect(importJourney(text, { format: 'wide-csv' })).toMatchObject({ ok: true, report: { format: 'wide-csv', formatReason: 'set in the import options', stages: 2 } });
    expect(importJourney('Participant,Accueil,Propreté\nP1,4,5\n', { format: 'interview-csv' })).toMatchObject({
      ok: true,
      report: { format: 'interview-csv', formatReason: 'set in the import options; the first column ("Participant") is read as the stages' },
    });
  });

  it('lets the options force the scale and the locale', () => {
    expect(importJourney('Stage,Emotion\nA,2\nB,1\n', { scale: '-2..2', locale: 'fr' })).toMatchObject({
      ok: true,
      report: { scale: '-2..2' },
      journey: { locale: 'fr', title: 'Parcours', emotions: [{ score: 2 }, { score: 1 }] },
    });
  });
});
