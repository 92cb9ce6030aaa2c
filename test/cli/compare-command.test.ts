import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliLocale } from '../../scripts/cli/cli-locale.js';
import { parseCliArgs } from '../../scripts/cli/parse-cli-args.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/parcours.mjs');
let work = '';

function parcours(args: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const map = (title: string, score: number, pain: string) =>
  JSON.stringify({
    schemaVersion: 1,
    id: 'j',
    title,
    locale: 'en',
    stages: [{ id: 's', name: 'Pay' }],
    lanes: [
      { id: 'p', kind: 'painPoints', title: 'Pains' },
      { id: 'e', kind: 'emotions', title: 'Emotions' },
    ],
    cards: [{ id: 'c', stageId: 's', laneId: 'p', text: pain }],
    emotions: [{ stageId: 's', score }],
  });

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'parcours-compare-'));
  cpSync(join(root, 'samples'), join(work, 'samples'), { recursive: true });
  writeFileSync(join(work, 'as-is.json'), map('As is <b>', -1, 'Queue <script>alert(1)</script>'));
  writeFileSync(join(work, 'to-be.json'), map('To be', 1.5, 'Kiosk is slow'));
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('parcours compare', () => {
  it('writes the comparison as JSON for the two interview waves', () => {
    const run = parcours(['compare', 'samples/interviews-en.csv', 'samples/interviews-wave2-en.csv', '-o', 'out/delta.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote out/delta.json (5 stages');
    const comparison = JSON.parse(readFileSync(join(work, 'out/delta.json'), 'utf8'));
    expect(comparison.stages.map((stage: { stage: string }) => stage.stage)).toEqual(['Discover', 'Plan', 'Book', 'Travel', 'Arrival']);
    expect(comparison.stages[4].renamedFrom).toBe('Arrive');
    expect(comparison.pains.resolved.map((pain: { text: string }) => pain.text)).toEqual(['Account creation is mandatory', 'Ticket QR code does not load offline']);
    expect(comparison.pains.added.map((pain: { text: string }) => pain.text)).toEqual(['Route planner crashes on older phones']);
  });

  it('writes an HTML readout in French from the locale, and an SVG map with the previous wave dashed', () => {
    expect(parcours(['compare', 'samples/interviews-en.csv', 'samples/interviews-wave2-en.csv', '-o', 'out/delta.html'], { LANG: 'fr_FR.UTF-8' }).code).toBe(0);
    const html = readFileSync(join(work, 'out/delta.html'), 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Test t de Welch');
    expect(html).toContain('+0,8 ▲');
    expect(parcours(['compare', 'samples/interviews-en.csv', 'samples/interviews-wave2-en.csv', '-o', 'out/delta.svg']).code).toBe(0);
    const svg = readFileSync(join(work, 'out/delta.svg'), 'utf8');
    expect(svg).toContain('stroke-dasharray="10 7"');
    expect(svg).toContain('Previous wave');
  });

  it('compares two JSON maps without respondents: no significance, said so; file text escaped', () => {
    const run = parcours(['compare', 'as-is.json', 'to-be.json', '-o', 'out/maps.html', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no respondent counts in these files');
    const html = readFileSync(join(work, 'out/maps.html'), 'utf8');
    expect(html).toContain('not tested: no respondents in the data');
    expect(html).toContain('Queue &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('As is &lt;b&gt;');
  });

  it('exits 1 on a file it cannot import and 2 on misuse', () => {
    expect(parcours(['compare', 'samples/interviews-en.csv', 'missing.csv', '-o', 'x.json']).code).toBe(1);
    expect(parcours(['compare', 'samples/interviews-en.csv', '-o', 'x.json']).code).toBe(2);
    expect(parcours(['compare', 'as-is.json', 'to-be.json', '-o', 'x.png']).code).toBe(2);
    expect(parcours(['compare', 'as-is.json', 'to-be.json', '-o', 'x.json', '--pair', 'Nope=Pay']).code).toBe(2);
    expect(parcours(['compare', 'as-is.json', 'to-be.json', '-o', 'x.json', '--lang', 'de']).code).toBe(2);
  });

  it('reads --pair as earlier=later', () => {
    expect(parseCliArgs(['compare', 'a.csv', 'b.csv', '-o', 'c.json', '--pair', 'Arrive = Arrival', '--pair', 'Buy=Book'])).toMatchObject({
      second: 'b.csv',
      pairs: [
        ['Arrive', 'Arrival'],
        ['Buy', 'Book'],
      ],
    });
  });

  it('chooses the language: --lang, else LC_ALL, LC_MESSAGES, LANG; English by default', () => {
    expect(cliLocale('en', { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale(undefined, { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US' })).toBe('fr');
    expect(cliLocale(undefined, { LANG: 'fr' })).toBe('fr');
    expect(cliLocale(undefined, { LANG: 'fy_NL' })).toBe('en');
    expect(cliLocale(undefined, {})).toBe('en');
  });
});
