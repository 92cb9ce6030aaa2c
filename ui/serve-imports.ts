import { importJourney } from '../core/src/index.js';
import { parseImportRequest, type ImportResponse } from './import-worker-protocol.js';

/** The part of a worker's global scope the import handler uses (a fake in tests). */
export interface ImportWorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: ImportResponse): void;
}

/**
 * Makes this worker answer import requests (`ImportRequest`) with `importJourney`'s result. The
 * panel's bundle calls it instead of mounting the panel when it finds itself running as a worker.
 *
 * @example if (isWorkerScope()) serveImports(self as unknown as ImportWorkerScope);
 */
export function serveImports(scope: ImportWorkerScope): void {
  scope.addEventListener('message', (event) => {
    const request = parseImportRequest(event.data);
    if (!request) return;
    try {
      scope.postMessage({ type: 'parcours-imported', id: request.id, result: importJourney(request.bytes, request.options) });
    } catch (error) {
      // importJourney returns problems rather than throwing; this catches what it cannot (memory).
      scope.postMessage({ type: 'parcours-import-crashed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
}
