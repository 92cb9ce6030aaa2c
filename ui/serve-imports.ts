import { importJourney, type ImportOptions, type ReadWorkbook } from '../core/src/index.js';
import { parseImportRequest, type ImportRequest, type ImportResponse } from './import-worker-protocol.js';
import { loadWorkbookReader, needsWorkbookReader } from './load-workbook-reader.js';
import { readerFailed } from './run-import.js';

/** The part of a worker's global scope the import handler uses (a fake in tests). */
export interface ImportWorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: ImportResponse): void;
}

/**
 * Makes this worker answer import requests (`ImportRequest`) with `importJourney`'s result. The
 * panel's bundle calls it instead of mounting the panel when it finds itself running as a worker.
 * A workbook first loads the reader, then each step is posted as it starts, for the panel's progress.
 *
 * @example if (isWorkerScope()) serveImports(self as unknown as ImportWorkerScope);
 */
export function serveImports(scope: ImportWorkerScope): void {
  scope.addEventListener('message', (event) => {
    const request = parseImportRequest(event.data);
    if (request) void answer(scope, request);
  });
}

async function answer(scope: ImportWorkerScope, request: ImportRequest): Promise<void> {
  const { id, bytes } = request;
  try {
    const options: ImportOptions = { ...request.options };
    if (needsWorkbookReader(bytes)) {
      scope.postMessage({ type: 'parcours-import-step', id, step: 'loading-reader' });
      let readWorkbook: ReadWorkbook;
      try {
        readWorkbook = await loadWorkbookReader();
      } catch (error) {
        const file = options.filename === undefined ? {} : { file: options.filename };
        scope.postMessage({ type: 'parcours-imported', id, result: { ok: false, problems: [{ ...file, ...readerFailed(error) }] } });
        return;
      }
      scope.postMessage({ type: 'parcours-import-step', id, step: 'reading-workbook' });
      options.readWorkbook = (workbook) => {
        const read = readWorkbook(workbook);
        scope.postMessage({ type: 'parcours-import-step', id, step: 'building-map' });
        return read;
      };
    }
    scope.postMessage({ type: 'parcours-imported', id, result: importJourney(bytes, options) });
  } catch (error) {
    // importJourney returns problems rather than throwing; this catches what it cannot (memory, a reader that failed to load).
    scope.postMessage({ type: 'parcours-import-crashed', id, message: error instanceof Error ? error.message : String(error) });
  }
}
