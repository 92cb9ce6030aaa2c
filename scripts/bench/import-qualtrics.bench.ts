/**
 * `import.qualtrics_ratio_vs_papaparse` (issue #16): `importJourney` on a 50,000-respondent Qualtrics
 * export (3 header rows, 17 metadata columns, a 5-row matrix, a 0–10 question, free text, a
 * segment) ÷ papaparse alone on the same bytes (decode + parse, delimiter and line break given). The
 * import recognises the layout, names the stages, classifies every column (metadata by name and
 * content, Likert labels), and aggregates ratings, NPS per segment and quotes. Same method as
 * `import.ratio_vs_papaparse`: interleaved pairs after a full garbage collection, CPU time, median
 * of the pairs' ratios.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import Papa from 'papaparse';
import { importJourney } from '../../core/src/import/import-journey.js';
import { vendorExport } from '../../test/import/vendor-exports.js';
import type { BenchLine } from '../bench.js';
import { pairedVsPapaparse } from './paired-vs-papaparse.js';

const PAIRS = 11;
const RESPONDENTS = 50_000;

export async function run(): Promise<BenchLine[]> {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const bytes = new TextEncoder().encode(vendorExport('qualtrics', RESPONDENTS));
  const papaparseOnly = () => Papa.parse<string[]>(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { delimiter: ',', newline: '\r\n' }).data.length;
  const parcours = () => {
    const result = importJourney(bytes, { filename: 'Trip survey_December 3, 2026_08.29.csv' });
    if (!result.ok || result.report.vendor?.name !== 'qualtrics') throw new Error('bench import failed or the layout was not recognised');
    return result.journey.cards.length;
  };
  const paired = pairedVsPapaparse(papaparseOnly, parcours, PAIRS, gc);
  return [
    {
      name: 'import.qualtrics_ratio_vs_papaparse',
      value: round(paired.ratio),
      unit: 'ratio',
      target: 2,
      import_wall_ms: round(paired.importMs),
      papaparse_wall_ms: round(paired.papaparseMs),
      respondents: RESPONDENTS,
      mb: round(bytes.length / 1e6),
    },
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
