import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../scripts/cli/parse-cli-args.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/parcours.mjs');
let work = '';

/** Ten participants: at Souscription 6 of them leave the web for the phone; Suivi rests on 2 answers. */
const STUDY = [
  'participant;étape;émotion;canal;point de contact;difficulté',
  ...Array.from({ length: 10 }, (_, index) => {
    const p = `P${index + 1}`;
    const rows = [`${p};Découverte;4;web;Site;Prix flou`, `${p};Souscription;${index < 6 ? 1 : 3};${index < 6 ? 'phone' : 'web'};Conseiller;Attente`];
    if (index < 2) rows.push(`${p};Suivi;4;app;Espace client;`);
    return rows.join('\n');
  }),
].join('\n');

function parcours(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout };
}

beforeAll(() => {
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'parcours-insight-'));
  writeFileSync(join(work, 'etude.csv'), STUDY);
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the evidence in the CLI', () => {
  it('reads --min-evidence as a whole number, and refuses anything else', () => {
    expect(parseCliArgs(['validate', 'a.csv', '--min-evidence', '3'])).toMatchObject({ minEvidence: 3 });
    expect(parseCliArgs(['validate', 'a.csv', '--min-evidence', 'trois'])).toEqual({ kind: 'misuse', message: '--min-evidence must be a whole number of answers, not "trois"' });
  });

  it('validate lists moments of truth, few answers, channels and switches with their figures, in --lang', () => {
    const { code, stdout } = parcours(['validate', 'etude.csv', '--lang', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toContain('moments     Point le plus bas (ensemble) : Souscription, −1,2');
    expect(stdout).toContain('Plus forte baisse (ensemble) : Découverte → Souscription, −2,2');
    expect(stdout).toContain('few answers Suivi : 2 réponses (moins de 5)');
    expect(stdout).toContain('Souscription : Téléphone 60 % · Site web 40 % (10 personnes)');
    expect(stdout).toContain('switches    Site web → Téléphone à Souscription : 6 sur 10');
  });

  it('--min-evidence moves the threshold', () => {
    expect(parcours(['validate', 'etude.csv', '--min-evidence', '2']).stdout).not.toContain('few answers');
  });

  it('render writes the same evidence into the HTML report, and who said each card', () => {
    expect(parcours(['render', 'etude.csv', '-o', 'etude.html']).code).toBe(0);
    const html = readFileSync(join(work, 'etude.html'), 'utf8');
    expect(html).toContain('Site web → Téléphone à Souscription : 6 sur 10');
    expect(html).toContain('<td class="who">P1, P2, P3, P4, P5, P6, P7, P8, P9, P10</td>');
  });
});
