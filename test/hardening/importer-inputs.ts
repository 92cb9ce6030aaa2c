/**
 * Arbitrary inputs for `importJourney`, shared by `npm test` (short runs, test/hardening) and
 * `npm run fuzz` (long runs, test/fuzz): loose text and bytes, and text shaped like each format
 * (CSV, survey matrix, Mermaid, JSON) so the readers get past their first checks, under every format
 * override, file name and option.
 */
import fc from 'fast-check';
import { encodeText, LANE_KINDS, type ImportOptions } from '../../core/src/index.js';

/**
 * fast-check parameters: `count` runs (short in `npm test`, long in `npm run fuzz`), unless
 * `FUZZ_RUNS` says otherwise; `FUZZ_SEED` replays the seed a failure printed.
 *
 * @example fc.assert(property, fuzzParameters(400))
 */
export function fuzzParameters(count: number): { numRuns: number; seed?: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  const numRuns = Number.isFinite(runs) && runs > 0 ? runs : count;
  return Number.isInteger(seed) && process.env.FUZZ_SEED !== undefined ? { numRuns, seed } : { numRuns };
}

/** Pieces every reader treats specially: keywords, delimiters, quotes, scores, encodings, markup. */
const TOKENS = [
  'journey', 'section ', 'title ', 'accDescr {', 'accTitle: ', '%%{init: {}}%%', '%%', '---', '#', '#35;', '<br>', ':', '::', ',', ';', '\t', '|', ' | ',
  '\n', '\r', '\r\n', '"', '""', "'", "'=", '=SUM(A1)', '+', '-', '@', '{', '}', '[', ']', '{"schemaVersion":1,', '"stages":[', '"lanes":[', 'null', 'sep=;\n',
  'Stage', 'Étape', 'Phase', 'Participant', 'Persona', 'Segment', 'Actions', 'Points de contact', 'Touchpoint (web)', 'Pain points', 'Quote', 'Emotion',
  'Emotion (1-5)', 'Émotion (-2..+2)', 'Note /10', 'NPS', 'Réservation / Site web', '3', '3,5', '-0', '1e309', 'NaN', '105', '50 %', 'ravi', '😡', '🙂',
  '\u0000', '\ufeff', '\u200f', '\ud800', 'é', 'اكتشاف', '<script>alert(1)</script>', 'x'.repeat(300),
];

/** Text built from the special pieces and arbitrary characters, mixed. */
const looseText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((pieces) => pieces.join('')),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((pieces) => pieces.join('')),
);

const HEADERS = ['Stage', 'Étape', 'Phase', 'Participant', 'Persona', 'Segment', 'Actions', 'Points de contact', 'Channel', 'Pain points', 'Questions', 'Quote', 'Emotion', 'Emotion (1-5)', 'Émotion (-2..+2)', 'Note /10', 'Satisfaction (%)', 'NPS', 'Opportunités', 'Réservation / Site web', 'Accueil', 'Âge', 'Description', 'Notes [custom]', 'Zorglub', ''];
const CELLS = ['', '', 'Discover', 'Buy', 'achat ', 'P1', 'P2', 'P1', '1', '2', '3', '4', '5', '10', '3,5', '-1', '105', '50 %', 'ravi', '😡', 'n/a', 'NaN', '1e309', '-0', 'Site web (web)', 'a | b', 'x\ny', '- un\n- deux', '"quoted"', "'=1+1", '=HYPERLINK("x")', 'Commuter'];
const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom(...TOKENS));

/** A CSV-shaped text: a header of known and unknown names, ragged rows, any delimiter, newline and quoting. */
const csvText: fc.Arbitrary<string> = fc
  .record({
    above: fc.array(cell, { maxLength: 2 }),
    header: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cell), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 16 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    quoting: fc.constantFrom('needed', 'always', 'never'),
  })
  .map(({ above, header, rows, delimiter, newline, quoting }) => {
    const write = (value: string) =>
      quoting === 'always' || (quoting === 'needed' && /[",;\t\r\n]/.test(value)) ? `"${value.replace(/"/g, '""')}"` : value;
    return [above, header, ...rows].map((row) => row.map(write).join(delimiter)).join(newline);
  });

/** A survey-shaped text: respondents, a segment, rating columns of mostly numbers, some noise. */
const surveyText: fc.Arbitrary<string> = fc
  .record({
    columns: fc.array(fc.constantFrom('Accueil', 'Propreté', 'Booking / Online check-in', 'Booking / Payment', 'Ponctualité', 'NPS', 'Satisfaction globale', 'Âge', 'Commentaire', 'Id'), { minLength: 2, maxLength: 6 }),
    rows: fc.array(fc.tuple(fc.constantFrom('Pro', 'Perso', '', 'Pro '), fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), fc.constantFrom('', 'n/a', '3,5', '11', '-1', 'bien', '1e309')), { minLength: 6, maxLength: 6 })), {
      minLength: 1,
      maxLength: 20,
    }),
    delimiter: fc.constantFrom(',', ';'),
  })
  .map(({ columns, rows, delimiter }) =>
    [['Répondant', 'Segment', ...columns].join(delimiter), ...rows.map(([segment, values], index) => [`R${index}`, segment, ...values.slice(0, columns.length)].join(delimiter))].join('\n'),
  );

/** A Mermaid-shaped text: statements, odd ones included, in any order after `journey`. */
const mermaidText: fc.Arbitrary<string> = fc
  .record({
    front: fc.constantFrom('', '---\ntitle: Front\n---\n', '%%{init: {"theme": "dark"}}%%\n', '---\nunclosed\n'),
    lines: fc.array(
      fc.oneof(
        fc.constantFrom('title Day', 'title', 'section Morning', 'section', 'section a: b', 'accTitle: T', 'accDescr: D', 'accDescr {', '}', 'journey', '%% note', '  ', '#'),
        fc
          .tuple(fc.oneof(fc.constantFrom('Coffee', 'Walk #35; home', '', 'a;b', '<br>x'), fc.string({ maxLength: 8 })), fc.constantFrom('5', '1', '0', '6', '', 'x', '-0', '1e309', '3.5'), fc.constantFrom('', 'Me', 'Me, Cat', 'Me,,Me', ' : extra'))
          .map(([task, score, actors]) => `    ${task}: ${score}: ${actors}`),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 25 },
    ),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ front, lines, newline }) => `${front}journey${newline}${lines.join(newline)}`);

const jsonId = fc.constantFrom('s1', 's2', 'l1', 'l2', 'p1', 'x', '');
/** A JSON-shaped text: the journey's fields with right, wrong and missing values. */
const jsonText: fc.Arbitrary<string> = fc
  .record(
    {
      schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
      id: fc.oneof(fc.constant('j'), fc.jsonValue({ maxDepth: 1 })),
      title: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 1 })),
      locale: fc.constantFrom('en', 'fr', 'de', 1),
      personas: fc.array(fc.record({ id: jsonId, name: fc.string({ maxLength: 8 }), color: fc.constantFrom('#fff', 'red;x', 'teal') }, { requiredKeys: [] }), { maxLength: 3 }),
      stages: fc.array(fc.record({ id: jsonId, name: fc.string({ maxLength: 12 }), phase: fc.string({ maxLength: 8 }) }, { requiredKeys: [] }), { maxLength: 4 }),
      lanes: fc.array(fc.record({ id: jsonId, kind: fc.constantFrom(...LANE_KINDS, 'feelings'), title: fc.string({ maxLength: 8 }) }, { requiredKeys: [] }), { maxLength: 4 }),
      cards: fc.array(
        fc.record(
          { id: fc.string({ maxLength: 3 }), stageId: jsonId, laneId: jsonId, text: fc.string({ maxLength: 12 }), score: fc.oneof(fc.double(), fc.integer()), count: fc.oneof(fc.integer(), fc.double()), personaIds: fc.array(jsonId, { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
        { maxLength: 5 },
      ),
      emotions: fc.array(fc.record({ stageId: jsonId, personaId: jsonId, score: fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 })), n: fc.integer() }, { requiredKeys: [] }), { maxLength: 4 }),
    },
    { requiredKeys: [] },
  )
  .chain((value) => fc.tuple(fc.constant(JSON.stringify(value)), fc.nat(), fc.boolean()))
  .map(([json, cut, truncate]) => (truncate ? json.slice(0, cut % (json.length + 1)) : json));

/** Any text: loose, or shaped like each format so the readers get past their first checks. */
export const anyText: fc.Arbitrary<string> = fc.oneof(looseText, csvText, csvText, surveyText, mermaidText, jsonText);

const FORMATS = [undefined, 'wide-csv', 'interview-csv', 'survey-csv', 'json', 'mermaid'] as const;
const FILENAMES = [undefined, 'data.csv', 'data.tsv', 'map.json', 'map.mmd', 'map.mermaid', 'notes.txt', 'noextension', '<img src=x>.csv'] as const;

/** Any input as a file or a string, with any format override, file name, delimiter and scale. */
export const anyImport: fc.Arbitrary<{ input: string | Uint8Array; options: ImportOptions }> = fc.record({
  input: fc.oneof(
    anyText,
    anyText.map((text) => encodeText(text, 'utf-8')),
    anyText.map((text) => encodeText(text, 'utf-16le')),
    fc.uint8Array({ maxLength: 600 }),
  ),
  options: fc.record(
    {
      format: fc.constantFrom(...FORMATS),
      filename: fc.constantFrom(...FILENAMES),
      delimiter: fc.constantFrom(undefined, ',' as const, ';' as const, '\t' as const),
      scale: fc.constantFrom(undefined, '1-5' as const, '-2..2' as const, 'percent' as const, 'words' as const),
      segmentColumn: fc.constantFrom(undefined, 'Segment', 'Nope'),
      maxQuotesPerCell: fc.constantFrom(undefined, 0, 1, -1, Number.NaN, 1e9),
    },
    { requiredKeys: [] },
  ),
});

/** Large inputs for the long runs: a shaped text repeated up to 3,000 times (its header with it). */
export const anyLargeImport: fc.Arbitrary<{ input: string | Uint8Array; options: ImportOptions }> = fc
  .record({ text: anyText, times: fc.integer({ min: 50, max: 3_000 }), newline: fc.constantFrom('\n', '\r\n', '') })
  .chain(({ text, times, newline }) => anyImport.map(({ options }) => ({ input: Array.from({ length: times }, () => text).join(newline), options })));
