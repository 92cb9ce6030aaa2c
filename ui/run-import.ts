import { importJourney, messageOf, say, type ImportOptions, type ImportResult, type ReadWorkbook, type Said } from '../core/src/index.js';
import { parseImportResponse, type ImportRequest, type ImportStep } from './import-worker-protocol.js';
import { loadWorkbookReader, needsWorkbookReader } from './load-workbook-reader.js';

/** Files from this size on are imported in a worker; smaller ones import faster than a worker starts. */
export const IMPORT_IN_WORKER_BYTES = 1_000_000;

/** What `runImport` needs of a worker: the DOM `Worker` has it, tests pass a fake. */
export interface ImportWorker {
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: { data?: unknown }) => void): void;
  terminate(): void;
}

export interface RunImportOptions {
  /** Starts a worker running the panel bundle (see `serveImports`); absent or throwing: import here. */
  createWorker?: (() => ImportWorker) | undefined;
  /** Aborting terminates the worker; the promise rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Told as each step of a worker's import starts (a workbook's three steps). */
  onStep?: ((step: ImportStep) => void) | undefined;
}

/**
 * Imports `bytes` off the UI thread: in a worker from `createWorker`, terminated once it answers or
 * when `signal` aborts. When no worker can be had (no `createWorker`, a host CSP refusing it, the
 * worker failing to start) it imports here after letting a frame paint, so the busy state shows.
 * A workbook gets the reader first (`loadWorkbookReader`), here or in the worker, which reports its
 * steps to `onStep`. Resolves with `importJourney`'s result; rejects with an `AbortError` when cancelled.
 *
 * @example await runImport(bytes, { filename: 'interviews.csv' }, { createWorker, signal })
 */
export async function runImport(bytes: Uint8Array, options: ImportOptions, run: RunImportOptions = {}): Promise<ImportResult> {
  const { signal, onStep } = run;
  // A function cannot cross to a worker; the worker loads its own reader.
  const { readWorkbook: _given, ...sendable } = options;
  signal?.throwIfAborted();
  let worker: ImportWorker | null = null;
  try {
    worker = run.createWorker?.() ?? null;
  } catch {
    worker = null;
  }
  if (worker) {
    const answered = await inWorker(worker, bytes, sendable, signal, onStep);
    if (answered) return answered;
  }
  await nextFrame();
  signal?.throwIfAborted();
  if (!needsWorkbookReader(bytes) || options.readWorkbook) return importJourney(bytes, options);
  let readWorkbook: ReadWorkbook;
  try {
    readWorkbook = await loadWorkbookReader();
  } catch (error) {
    // A host whose content policy forbids evaluating the reader's text (see load-workbook-reader.ts).
    return { ok: false, problems: [{ ...(options.filename === undefined ? {} : { file: options.filename }), ...readerFailed(error) }] };
  }
  signal?.throwIfAborted();
  return importJourney(bytes, { ...options, readWorkbook });
}

/** Why a workbook could not be read here: the reader did not start (a coded message, the panel words it). */
export function readerFailed(error: unknown): Said {
  return say('workbook.readerFailed', { error: messageOf(error) });
}

/** The worker's result, or `null` when the worker failed to run (then the caller imports here). */
function inWorker(
  worker: ImportWorker,
  bytes: Uint8Array,
  options: ImportOptions,
  signal: AbortSignal | undefined,
  onStep: ((step: ImportStep) => void) | undefined,
): Promise<ImportResult | null> {
  return new Promise<ImportResult | null>((resolve, reject) => {
    const onAbort = () => {
      worker.terminate();
      reject(signal?.reason ?? new DOMException('The import was cancelled.', 'AbortError'));
    };
    const settle = (result: ImportResult | null) => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(result);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event) => {
      const response = parseImportResponse(event.data);
      if (response?.id !== 1) return;
      if (response.type === 'parcours-import-step') onStep?.(response.step);
      else if (response.type === 'parcours-imported') settle(response.result);
      else settle({ ok: false, problems: [{ ...say('import.crashed', { error: response.message }), ...(options.filename === undefined ? {} : { file: options.filename }) }] });
    });
    // A worker refused after construction (CSP, script error) reports `error`; import here instead.
    worker.addEventListener('error', () => settle(null));
    worker.addEventListener('messageerror', () => settle(null));
    // A copy is transferred: the panel keeps `bytes` for re-imports after a remap.
    const copy = bytes.slice();
    try {
      worker.postMessage({ type: 'parcours-import', id: 1, bytes: copy, options: { ...options } }, [copy.buffer]);
    } catch {
      settle(null);
    }
  });
}

/** Resolves after the next paint (or soon, in a hidden page where frames never come). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(resolve, 0);
      });
    }
  });
}
