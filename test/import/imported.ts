import { importJourney } from '../../core/src/import/import-journey.js';
import type { Journey } from '../../core/src/model/journey.js';
import type { ImportReport } from '../../core/src/model/problem.js';

/** What a successful import gave, warnings written `row|column|message` to compare whole lists. */
export interface Imported {
  journey: Journey;
  report: ImportReport;
  warnings: string[];
}

/**
 * An importer for tests that expect the file to import: throws the problems otherwise. `filename`
 * is the file's default name, as the panel passes it (options may name another).
 *
 * @example const imported = importerFor('survey.csv'); imported(SURVEY).journey.stages.length
 */
export function importerFor(filename: string): (text: string, options?: Parameters<typeof importJourney>[1]) => Imported {
  return (text, options = {}) => {
    const result = importJourney(text, { filename, ...options });
    if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
    return { journey: result.journey, report: result.report, warnings: result.warnings.map((warning) => `${warning.row ?? '-'}|${warning.column ?? '-'}|${warning.message}`) };
  };
}
