import { parseImportRequest, type ImportRequest } from '../../ui/import-worker-protocol.js';
import type { ImportWorker } from '../../ui/run-import.js';
import { serveImports, type ImportWorkerScope } from '../../ui/serve-imports.js';

type Listener = (event: { data?: unknown }) => void;

/** What a fake worker saw: whether it was ended, and the import requests it received. */
export interface FakeWorkerState {
  terminated: boolean;
  received: ImportRequest[];
}

/** How a message crosses to the other thread: `structuredClone`, unless the test's realm needs another way. */
export type CrossThread = <T>(message: T, transfer?: Transferable[]) => T;

/**
 * A worker in this process: messages cross a structured clone with transfer (as between threads),
 * and the other side is the real `serveImports`. `mode` makes it fail the ways a host can:
 * `refused-after-start` reports an error, `silent` never answers.
 *
 * @example const { worker, state } = fakeImportWorker(); await runImport(bytes, {}, { createWorker: () => worker }); state.received.length // 1
 */
export function fakeImportWorker(
  mode: 'serve' | 'refused-after-start' | 'silent' = 'serve',
  cross: CrossThread = (message, transfer) => structuredClone(message, transfer ? { transfer } : undefined),
): { worker: ImportWorker; state: FakeWorkerState } {
  const listeners: Record<string, Listener[]> = {};
  const scopeListeners: ((event: { data: unknown }) => void)[] = [];
  const state: FakeWorkerState = { terminated: false, received: [] };
  const scope: ImportWorkerScope = {
    addEventListener: (_type, listener) => scopeListeners.push(listener),
    postMessage: (message) => {
      const data = cross(message);
      setTimeout(() => {
        if (!state.terminated) for (const listener of listeners.message ?? []) listener({ data });
      }, 0);
    },
  };
  serveImports(scope);
  const worker: ImportWorker = {
    addEventListener: (type, listener) => {
      (listeners[type] ??= []).push(listener);
    },
    postMessage: (message, transfer) => {
      const data = cross(message, transfer);
      setTimeout(() => {
        if (state.terminated) return;
        if (mode === 'refused-after-start') for (const listener of listeners.error ?? []) listener({});
        else {
          const request = parseImportRequest(data);
          if (request) state.received.push(request);
          if (mode === 'serve') for (const listener of scopeListeners) listener({ data });
        }
      }, 0);
    },
    terminate: () => {
      state.terminated = true;
    },
  };
  return { worker, state };
}
