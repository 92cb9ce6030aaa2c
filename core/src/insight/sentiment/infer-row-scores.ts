import { scoreVerbatim } from './score-verbatim.js';

/**
 * Each row's emotion inferred from its verbatims (`scoreVerbatim` over the row's quote cells
 * joined), on −2…+2, for a file with quotes but no score column; NaN for a row whose words the
 * lexicons do not know (it counts in no curve rather than as a neutral 0). `stageOf[row]` is −1
 * for a row not read. Identical texts are scored once.
 *
 * @example inferRowScores([['P1', 'Visite', 'Vraiment fluide']], Int32Array.of(0), [2], 'fr')[0] // > 0
 */
export function inferRowScores(rows: readonly (readonly string[])[], stageOf: Int32Array, quoteColumns: readonly number[], locale: 'en' | 'fr'): Float64Array {
  const scores = new Float64Array(rows.length).fill(Number.NaN);
  const seen = new Map<string, number>();
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    if ((stageOf[rowIndex] ?? -1) < 0) continue;
    const row = rows[rowIndex] ?? [];
    let text = '';
    for (const column of quoteColumns) {
      const cell = row[column] ?? '';
      if (cell !== '') text = text === '' ? cell : `${text}\n${cell}`;
    }
    if (text === '') continue;
    let score = seen.get(text);
    if (score === undefined) {
      const verbatim = scoreVerbatim(text, locale);
      score = verbatim.hits === 0 ? Number.NaN : Math.round(verbatim.polarity * 2 * 100) / 100;
      if (seen.size < 100_000) seen.set(text, score);
    }
    scores[rowIndex] = score;
  }
  return scores;
}
