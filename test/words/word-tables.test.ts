import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importJourney, type Message } from '../../core/src/index.js';
import { EN_WORDS } from '../../core/src/words/en.js';
import { FR_WORDS } from '../../core/src/words/fr.js';
import { say } from '../../core/src/words/say.js';
import { wordMessage } from '../../core/src/words/word-message.js';
import { wordProblem } from '../../core/src/words/where-words.js';

const NNBSP = '\u202f';

describe('the word tables', () => {
  it('word every code in French and in English, and no other', () => {
    // The compiler already refuses a table that misses a code (`WordTable`); this holds at run time too.
    expect(Object.keys(FR_WORDS).sort()).toEqual(Object.keys(EN_WORDS).sort());
    for (const table of [EN_WORDS, FR_WORDS]) for (const wording of Object.values(table)) expect(typeof wording).toBe('function');
  });

  it('keep the English wording as the message, without Intl', () => {
    expect(say('cell.tooLong', { length: 12000, max: 10000 })).toEqual({
      code: 'cell.tooLong',
      params: { length: 12000, max: 10000 },
      message: 'this cell holds 12,000 characters; the limit is 10,000',
    });
  });

  it('write French numbers with a decimal comma and a narrow no-break space between thousands', () => {
    expect(wordMessage(say('cell.tooLong', { length: 12000, max: 10000 }), 'fr')).toBe(`cette case contient 12${NNBSP}000 caractères ; la limite est 10${NNBSP}000`);
    expect(wordMessage(say('scale.range', { min: 1, max: 3.5 }), 'fr')).toBe('valeurs de 1 à 3,5');
    expect(wordMessage(say('scale.range', { min: 1, max: 3.5 }), 'en')).toBe('values from 1 to 3.5');
  });

  it.each([
    [0, '0 ligne n’a pas de persona : elle compte'],
    [1, '1 ligne n’a pas de persona : elle compte'],
    [2, '2 lignes n’ont pas de persona : elles comptent'],
  ])('agree in French by Intl.PluralRules: %i', (rows, start) => {
    expect(wordMessage(say('interview.noPersona', { rows }), 'fr').startsWith(start)).toBe(true);
  });

  it('word a nested reason in the same language', () => {
    const note = say('note.delimiter', { delimiter: ';', reason: say('delimiter.splits', { delimiter: ';', columns: 9, alike: 10, lines: 10 }) });
    expect(note.message).toBe('delimiter ";": ";" splits the header into 9 columns and 10 of the first 10 lines alike');
    expect(wordMessage(note, 'fr')).toBe('séparateur le point-virgule : le point-virgule découpe l’en-tête en 9 colonnes, et 10 des 10 premières lignes de la même façon');
  });

  it('show a message without a code as it stands (a host’s own error text)', () => {
    expect(wordMessage({ message: 'Item 3 is locked' }, 'fr')).toBe('Item 3 is locked');
  });

  it('place a problem in the user’s language, a JSON field by its path', () => {
    expect(wordProblem({ file: 'p.csv', row: 4, column: 'Émotion', ...say('csv.shortRow', { cells: 3, width: 5 }) }, 'fr')).toBe(
      'p.csv, ligne 4, colonne «\u00a0Émotion\u00a0» : cette ligne a 3 cases là où l’en-tête en a 5 ; les cases manquantes sont lues vides',
    );
    expect(wordProblem({ field: 'cards[3].stageId', ...say('json.unknownStage', { id: 'x' }) }, 'en')).toBe('field cards[3].stageId: unknown stage "x"');
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const CSV_AND_JSON = [
  ...readdirSync(`${root}samples`).filter((name) => !name.endsWith('.mmd')).map((name) => `samples/${name}`),
  ...readdirSync(`${root}test/fixtures/adversarial`).filter((name) => /\.(csv|json)$/.test(name)).map((name) => `test/fixtures/adversarial/${name}`),
  ...readdirSync(`${root}test/fixtures/words`).map((name) => `test/fixtures/words/${name}`),
];

describe('what an import tells the user', () => {
  it.each(CSV_AND_JSON)('%s: every problem, warning and note has a code, worded in both languages', (path) => {
    const result = importJourney(readFileSync(`${root}${path}`), { filename: path.split('/').pop()! });
    const told: Message[] = [...(result.ok ? result.warnings : result.problems), ...(result.report?.notes ?? [])];
    for (const message of told) {
      expect(message.code, message.message).toBeDefined();
      for (const lang of ['fr', 'en'] as const) expect(wordMessage(message, lang)).not.toMatch(/undefined|\[object/);
    }
  });
});
