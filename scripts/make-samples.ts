/**
 * Writes the bundled CSV samples with the exact bytes users' files have: `npx tsx scripts/make-samples.ts`.
 * - samples/parcours-fr.csv: French wide CSV, `;`, Windows-1252 (Excel on Windows), a title row above the header;
 * - samples/interviews-en.csv: English interview data, 240 observations, 14 participants, UTF-8, a title row;
 * - samples/interviews-wave2-en.csv: the same study run again after a change (`SAMPLE_WAVE_2`), 260 observations,
 *   16 new participants, for `parcours compare`;
 * - samples/survey-fr.csv: French survey matrix, `;`, UTF-8 with BOM (Excel's "CSV UTF-8").
 * Generators are deterministic: running it again gives the same bytes (a test checks the files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeText } from '../core/src/import/text/encode-text.js';
import { SAMPLE_WAVE_2, generateInterviewCsv } from '../test/import/interview-csv-generator.js';
import { sampleParcoursFr } from '../test/import/sample-parcours-fr.js';
import { generateSurveyCsv } from '../test/import/survey-csv-generator.js';

/**
 * The samples and their bytes, shared with the test that checks the committed files. The two maps
 * carry a title row above their header, as a spreadsheet's first row often does (padded with
 * delimiters as Excel saves it): Parcours reads it as the map's title.
 */
export function sampleFiles(): Record<string, Uint8Array> {
  return {
    'parcours-fr.csv': encodeText(`Ouverture d’un compte bancaire en ligne;;;;;;;;;;;\r\n${sampleParcoursFr()}`, 'windows-1252'),
    'interviews-en.csv': encodeText(`Train tickets app: commuter and tourist interviews,,,,,,,,,,,\n${generateInterviewCsv({ observations: 240, participants: 14, seed: 7 })}`, 'utf-8'),
    'interviews-wave2-en.csv': encodeText(
      `Train tickets app: wave 2 after guest checkout and offline tickets,,,,,,,,,,,\n${generateInterviewCsv({ observations: 260, participants: 16, seed: 8, wave: SAMPLE_WAVE_2 })}`,
      'utf-8',
    ),
    'survey-fr.csv': encodeText(generateSurveyCsv(150, 11), 'utf-8-bom'),
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'samples');
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(sampleFiles())) {
    writeFileSync(join(dir, name), bytes);
    console.log(`samples/${name}: ${bytes.length} bytes`);
  }
}
