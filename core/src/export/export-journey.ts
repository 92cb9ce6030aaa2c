import type { Journey } from '../model/journey.js';
import { exportJson } from './export-json.js';
import { exportMermaid } from './export-mermaid.js';
import { exportWideCsv } from './export-wide-csv.js';

export type ExportFormat = 'json' | 'mermaid' | 'csv';

/**
 * Writes a journey in one of the formats `importJourney` reads back: `json` (the model itself, with
 * `schemaVersion`), `mermaid` (a `journey` diagram) or `csv` (the wide template, one row per stage).
 *
 * @example exportJourney(journey, 'mermaid') // 'journey\n  title My day\n  section Go to work\n …'
 */
export function exportJourney(journey: Journey, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return exportJson(journey);
    case 'mermaid':
      return exportMermaid(journey);
    case 'csv':
      return exportWideCsv(journey);
  }
}
