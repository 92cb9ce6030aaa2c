/**
 * The public face of Parcours core: import, export, layout, render and sync planning.
 * Pure: no DOM, no host API, no I/O.
 */
export * from './model/journey.js';
export * from './model/problem.js';
export * from './model/limits.js';
export { stableId, hashText } from './model/stable-id.js';
export { migrateJourney, JOURNEY_MIGRATIONS, type JourneyMigration } from './model/migrate-journey.js';
export * from './layout/primitive.js';
export * from './sync/placed-record.js';
export * from './sync/placement.js';
export { hashContent, hashPrimitive, type ItemContent } from './sync/hash-content.js';
export { planSync } from './sync/plan-sync.js';
