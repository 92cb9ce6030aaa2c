/**
 * True when this script runs as a Web Worker (no document): the panel bundle's entries use it to
 * serve imports (`serveImports`) instead of mounting the panel, so the worker is the same bundle.
 *
 * @example if (isWorkerScope()) serveImports(self as unknown as ImportWorkerScope); else mountPanel(root, host);
 */
export function isWorkerScope(): boolean {
  return typeof document === 'undefined' && typeof self !== 'undefined' && typeof (self as { postMessage?: unknown }).postMessage === 'function';
}
