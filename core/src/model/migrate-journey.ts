import { JOURNEY_SCHEMA_VERSION } from './journey.js';

/**
 * Named migrations from one stored `schemaVersion` to the next. Maps live for months in board data
 * and files, so an old shape is upgraded, never rejected. Add `{ from: 1, name, up }` when version 2 comes.
 */
export interface JourneyMigration {
  from: number;
  name: string;
  up: (stored: Record<string, unknown>) => Record<string, unknown>;
}

export const JOURNEY_MIGRATIONS: readonly JourneyMigration[] = [];

/**
 * Brings a stored journey object up to the current schema version. Objects without a version are
 * treated as version 1 (the first shape). Returns the object unchanged when already current; throws
 * nothing: an unknown future version is reported by validation afterwards.
 */
export function migrateJourney(
  stored: Record<string, unknown>,
  migrations: readonly JourneyMigration[] = JOURNEY_MIGRATIONS,
): Record<string, unknown> {
  let current: Record<string, unknown> = { schemaVersion: 1, ...stored };
  for (;;) {
    const version = current['schemaVersion'];
    if (version === JOURNEY_SCHEMA_VERSION) return current;
    const step = migrations.find((migration) => migration.from === version);
    if (!step) return current;
    current = { ...step.up(current), schemaVersion: step.from + 1 };
  }
}
