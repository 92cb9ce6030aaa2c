import type { ImportOptions, ImportResult } from '../core/src/index.js';

/** The page asks the worker to import `bytes` (transferred, not copied) with `options`. */
export interface ImportRequest {
  type: 'parcours-import';
  id: number;
  bytes: Uint8Array;
  options: ImportOptions;
}

/**
 * A big import's steps, for the progress the panel shows: a workbook loads its reader, reads its
 * sheets, then builds the map from the sheet chosen.
 */
export const IMPORT_STEPS = ['loading-reader', 'reading-workbook', 'building-map'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** The worker answers one request: steps as they start, then the importer's result, or why it threw. */
export type ImportResponse =
  | { type: 'parcours-import-step'; id: number; step: ImportStep }
  | { type: 'parcours-imported'; id: number; result: ImportResult }
  | { type: 'parcours-import-crashed'; id: number; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isProblemList(value: unknown): boolean {
  return Array.isArray(value) && value.every((problem) => isRecord(problem) && typeof problem.message === 'string');
}

/**
 * The shape of an `ImportResult`. Checked structurally, not with the journey's zod schema: the
 * result comes from our own bundle, and a full schema parse of a 50 MB import on the UI thread would
 * bring back the freeze the worker exists to avoid.
 */
function isImportResult(value: unknown): value is ImportResult {
  if (!isRecord(value)) return false;
  if (value.ok === true) return isRecord(value.journey) && Array.isArray(value.journey.stages) && isRecord(value.report) && isProblemList(value.warnings);
  return value.ok === false && isProblemList(value.problems);
}

/**
 * Reads a message received by the worker: the request, or `null` for anything else.
 *
 * @example parseImportRequest(event.data) // { type: 'parcours-import', id: 1, bytes, options: { filename: 'a.csv' } }
 */
export function parseImportRequest(data: unknown): ImportRequest | null {
  if (!isRecord(data) || data.type !== 'parcours-import' || typeof data.id !== 'number') return null;
  if (!(data.bytes instanceof Uint8Array) || !isRecord(data.options)) return null;
  return { type: 'parcours-import', id: data.id, bytes: data.bytes, options: data.options as ImportOptions };
}

/**
 * Reads a message received from the worker: the response, or `null` for anything else.
 *
 * @example parseImportResponse({ type: 'parcours-import-crashed', id: 1, message: 'out of memory' })
 */
export function parseImportResponse(data: unknown): ImportResponse | null {
  if (!isRecord(data) || typeof data.id !== 'number') return null;
  if (data.type === 'parcours-imported' && isImportResult(data.result)) return { type: 'parcours-imported', id: data.id, result: data.result };
  if (data.type === 'parcours-import-crashed' && typeof data.message === 'string') return { type: 'parcours-import-crashed', id: data.id, message: data.message };
  const step = IMPORT_STEPS.find((known) => known === data.step);
  if (data.type === 'parcours-import-step' && step !== undefined) return { type: 'parcours-import-step', id: data.id, step };
  return null;
}
