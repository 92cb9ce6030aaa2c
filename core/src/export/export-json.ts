import { JOURNEY_SCHEMA_VERSION } from '../model/journey.js';
import type { Journey } from '../model/journey.js';

/**
 * Writes a journey as pretty-printed JSON with its `schemaVersion` first, so the file says which
 * shape it holds and `importJsonJourney` can migrate it later.
 *
 * @example exportJson(journey) // '{\n  "schemaVersion": 1,\n  "id": "journey-…",\n  "title": "Day", …'
 */
export function exportJson(journey: Journey): string {
  return `${JSON.stringify({ ...journey, schemaVersion: JOURNEY_SCHEMA_VERSION }, null, 2)}\n`;
}
