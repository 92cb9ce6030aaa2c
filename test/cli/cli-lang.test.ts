import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.js';
import { cliLang, type CliIo } from '../../scripts/cli/cli-io.js';

const fixtures = fileURLToPath(new URL('../fixtures/words/', import.meta.url));

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const io: CliIo = { out: (text) => lines.push(text), err: (text) => lines.push(text), cwd: fixtures };
  const code = await main(argv, io);
  return { code, out: lines.join('\n') };
}

describe('the CLI speaks the user’s language', () => {
  it.each([
    [undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_GB.UTF-8' }, 'fr'],
    [undefined, { LANG: 'fr_CA.UTF-8' }, 'fr'],
    [undefined, { LANG: 'C.UTF-8' }, 'en'],
    [undefined, {}, 'en'],
    ['en', { LC_ALL: 'fr_FR.UTF-8' }, 'en'],
  ] as const)('--lang %s with %j → %s', (given, env, lang) => {
    expect(cliLang(given, env)).toBe(lang);
  });

  it('validate --lang fr names the columns it saw when it recognises none, and exits 1', async () => {
    const { code, out } = await run(['validate', '--lang', 'fr', 'sans-colonne.csv']);
    expect(code).toBe(1);
    expect(out).toContain('aucune colonne reconnue (colonnes lues : «\u00a0Zorglub\u00a0», «\u00a0Truc\u00a0», «\u00a0Machin\u00a0»)');
    expect(out).toContain('counts      0 étape, 0 carte, 0 persona, 2 lignes lues');
  });

  it('validate --lang en words the same problem in English', async () => {
    const { code, out } = await run(['validate', '--lang', 'en', 'sans-colonne.csv']);
    expect(code).toBe(1);
    expect(out).toContain('no column was recognised (found "Zorglub", "Truc", "Machin")');
  });

  it('validate --lang fr words the notes of a French interview file with French numbers', async () => {
    const { code, out } = await run(['validate', '--lang', 'fr', 'entretiens-fr-vague1.csv']);
    expect(code).toBe(0);
    expect(out).toContain('note        séparateur le point-virgule : le point-virgule découpe l’en-tête en 11 colonnes, et 10 des 10 premières lignes de la même façon');
    expect(out).toContain('note        échelle d’émotion 1–5 : valeurs de 1 à 5');
  });

  it('validate --lang fr words the insight lines of an English journey in French (moments, channels, switches)', async () => {
    const { code, out } = await run(['validate', '--lang', 'fr', fileURLToPath(new URL('../../samples/interviews-en.csv', import.meta.url))]);
    expect(code).toBe(0);
    expect(out).toContain('moments     Point le plus bas (ensemble) : Book, −0,4');
    expect(out).toContain('Irritant le plus cité (ensemble) : « compensation form is too long » à Arrive, 11 personnes');
    expect(out).not.toMatch(/Lowest point|Biggest drop|everyone| at Arrive| of 14/);
  });

  it('validate --lang en keeps them in English', async () => {
    const { out } = await run(['validate', '--lang', 'en', fileURLToPath(new URL('../../samples/interviews-en.csv', import.meta.url))]);
    expect(out).toContain('moments     Lowest point (everyone): Book, −0.4');
  });
});
