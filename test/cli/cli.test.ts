import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/parcours.mjs');
const samples = readdirSync(join(root, 'samples')).filter((name) => /\.(csv|json|mmd)$/.test(name)).sort();
let work = '';

/** Runs the built CLI the way `npx parcours` does. */
function parcours(args: string[], cwd = work) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'parcours-cli-'));
  cpSync(join(root, 'samples'), join(work, 'samples'), { recursive: true });
  writeFileSync(join(work, 'garbage.csv'), Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256));
  writeFileSync(join(work, 'empty.csv'), '');
  writeFileSync(join(work, 'broken.json'), '{\n  "title": "Day",\n  "stages": [\n}\n');
  writeFileSync(join(work, 'invalid.json'), JSON.stringify({ schemaVersion: 1, id: 'j', title: 'T', locale: 'en', stages: [], lanes: [{ id: 'l', kind: 'x', title: 'L' }] }));
  writeFileSync(join(work, 'flowchart.mmd'), '%% not a journey\ngraph TD\n  A --> B\n');
  writeFileSync(join(work, 'quirky.mmd'), 'journey\nsection A\n  Sign up: 5:\n  size: 2rem\n');
  writeFileSync(join(work, 'header-only.csv'), 'Stage,Actions\n');
  writeFileSync(join(work, 'unbalanced.csv'), 'Stage,Actions\nDiscover,"Sees an ad\nReads\n');
  writeFileSync(join(work, 'huge.csv'), '');
  truncateSync(join(work, 'huge.csv'), 60 * 1024 * 1024);
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('parcours CLI (built)', () => {
  it('prints the usage with --help and exits 0', () => {
    const run = parcours(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: parcours <command>');
  });

  it.each([
    [[], 'no command given'],
    [['explode', 'a.csv'], 'unknown command "explode"'],
    [['convert', 'samples/team-onboarding.mmd'], 'needs an output file'],
    [['convert', 'samples/team-onboarding.mmd', '-o', 'map.png'], 'cannot write "map.png"'],
    [['render', 'samples/team-onboarding.mmd', '-o', 'map.txt'], 'cannot write "map.txt"'],
    [['render', 'samples/team-onboarding.mmd', '-o', 'map.svg', '--lanes', 'nope'], 'no lane "nope"'],
    [['validate', 'samples/team-onboarding.mmd', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 with the reason and the usage for misuse %j', (args, reason) => {
    const run = parcours(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stdout).toBe('');
  });

  it.each(samples)('validates samples/%s: importable, with its format and counts', (name) => {
    const run = parcours(['validate', `samples/${name}`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`samples/${name}: importable`);
    expect(run.stdout).toMatch(/format {6}\S+/);
    expect(run.stdout).toMatch(/counts {6}\d+ stages, \d+ cards, \d+ personas/);
  });

  it.each([
    ['qualtrics.csv', 'Qualtrics export: 3 header rows, 17 metadata columns left out', 'Booking, Check-in, Boarding, On board, Arrival, Recommendation'],
    ['qualtrics-utf16.tsv', 'Qualtrics export: 3 header rows, 17 metadata columns left out', 'Booking, Check-in, Boarding, On board, Arrival, Recommendation'],
    ['surveymonkey.csv', 'SurveyMonkey export: 2 header rows, 9 metadata columns left out', 'Booking, Check-in, Boarding, On board, Arrival, Recommendation'],
    ['Google forms fr.csv', 'Google Forms export: 1 header row, 2 metadata columns left out', 'Réservation, Enregistrement, Embarquement, À bord, Arrivée, Recommandation'],
    ['microsoft-forms.csv', 'Microsoft Forms export: 1 header row, 6 metadata columns left out', 'Booking, Check-in, Boarding, Time on board, Arrival, Recommendation'],
    ['typeform.csv', 'Typeform export: 1 header row, 4 metadata columns left out', 'Booking, Check-in, Boarding, Time on board, Arrival, Recommendation'],
    ['limesurvey.csv', 'LimeSurvey export: 1 header row, 5 metadata columns left out', 'Booking, Check-in, Boarding, On board, Arrival, Recommendation'],
  ])('validates the survey-tool export %s: the tool, its header rows and the stage names', (file, note, stages) => {
    const run = parcours(['validate', join(root, 'test/fixtures/vendors', file)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`note        ${note}`);
    expect(run.stdout).toContain(`stages      ${stages}`);
    expect(run.stdout).toContain('format      survey-csv');
  });

  it('validates a Mermaid file with its scale, lanes, personas and located warnings', () => {
    const run = parcours(['validate', 'quirky.mmd']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('format      mermaid');
    expect(run.stdout).toContain('scale       1-5');
    expect(run.stdout).toContain('warnings    2');
    expect(run.stdout).toContain('quirky.mmd, row 3: task "Sign up" lists an empty actor');
    expect(run.stdout).toContain('quirky.mmd, row 4: task "size" has "2rem"');
  });

  it.each([
    ['garbage.csv', /garbage\.csv: .*not text/i],
    ['empty.csv', /empty\.csv: .*empty/i],
    ['header-only.csv', /header-only\.csv, row 1: /],
    ['unbalanced.csv', /unbalanced\.csv, row 2, column "Actions": /],
    ['huge.csv', /huge\.csv: file is 60\.0 MB; the limit is 50 MB/],
    ['broken.json', /broken\.json, row 4, column "1": invalid JSON/],
    ['invalid.json', /invalid\.json, field lanes\.0\.kind: /],
    ['flowchart.mmd', /flowchart\.mmd, row 2: not a Mermaid journey/],
    ['missing.csv', /missing\.csv: no such file/],
    ['samples', /samples: is a directory/],
  ])('rejects %s with exit 1 and a located message', (file, message) => {
    const run = parcours(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}: NOT importable`);
    expect(run.stdout).toMatch(message);
  });

  it('exits 1 when convert or render is given a file it cannot import, naming the place', () => {
    for (const command of ['convert', 'render']) {
      const run = parcours([command, 'broken.json', '-o', 'out/x.svg']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/broken\.json, row 4, column "1": invalid JSON/);
    }
    expect(existsSync(join(work, 'out/x.svg'))).toBe(false);
  });

  it('converts Mermaid to JSON, CSV and back to the same Mermaid', () => {
    expect(parcours(['convert', 'samples/team-onboarding.mmd', '-o', 'conv/team.json']).code).toBe(0);
    expect(parcours(['convert', 'conv/team.json', '-o', 'conv/team.mmd']).code).toBe(0);
    expect(parcours(['convert', 'conv/team.mmd', '-o', 'conv/team-again.mmd']).code).toBe(0);
    expect(parcours(['convert', 'conv/team.json', '-o', 'conv/team.csv']).code).toBe(0);
    expect(readFileSync(join(work, 'conv/team-again.mmd'), 'utf8')).toBe(readFileSync(join(work, 'conv/team.mmd'), 'utf8'));
    expect(JSON.parse(readFileSync(join(work, 'conv/team.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, title: 'Onboarding a new teammate onto Parcours' });
    expect(readFileSync(join(work, 'conv/team.csv'), 'utf8')).toMatch(/^\uFEFFStage,Phase,Actions,Emotion \(-2\.\.\+2\)\r\n/);
    expect(parcours(['validate', 'conv/team.csv']).code).toBe(0);
  });

  it('renders SVG and HTML, with --lanes and --palette dark', () => {
    const svg = parcours(['render', 'samples/home-insurance-claim.json', '-o', 'pictures/claim.svg', '--lanes', 'actions,Pain points', '--palette', 'dark']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('wrote pictures/claim.svg');
    expect(readFileSync(join(work, 'pictures/claim.svg'), 'utf8')).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const html = parcours(['render', 'samples/team-onboarding.mmd', '-o', 'pictures/team.html']);
    expect(html.code).toBe(0);
    expect(readFileSync(join(work, 'pictures/team.html'), 'utf8')).toMatch(/<html/i);
  });

  it('renders every sample into out/ with demo', () => {
    const run = parcours(['demo']);
    expect(run.code).toBe(0);
    const written = readdirSync(join(work, 'out')).sort();
    for (const name of samples) {
      const stem = name.replace(/\.[^.]+$/, '');
      expect(written.some((file) => file.startsWith(stem) && file.endsWith('.html'))).toBe(true);
      expect(written.some((file) => file.startsWith(stem) && file.endsWith('.svg'))).toBe(true);
    }
    expect(run.stdout).toContain(`${samples.length} of ${samples.length} samples rendered`);
  });

  it('exits 1 from demo when there is no samples folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'parcours-empty-'));
    const run = parcours(['demo'], empty);
    rmSync(empty, { recursive: true, force: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no "samples" folder');
  });
});
