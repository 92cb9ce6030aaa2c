import { workbookKind, type ReadWorkbook } from '../core/src/index.js';

let loading: Promise<ReadWorkbook> | undefined;

/**
 * The workbook reader (`readWorkbook`: fflate and saxes), loaded the first time a workbook is
 * opened and kept. The builds keep its code as a string evaluated at that moment (see
 * `scripts/workbook-reader-as-text.mjs`), so it costs nothing on the panel's start; under vitest
 * this is a plain import. A failed load is tried again next time. Evaluating that text needs a host
 * that allows it: the playground and the Miro panel set no content policy, and Figma documents its
 * plugin policy for network requests only (developers.figma.com/docs/plugins/making-network-requests),
 * silent on evaluation; where a host refuses, the import says so and asks for a CSV (`readerFailed`).
 *
 * @example const readWorkbook = await loadWorkbookReader(); importJourney(bytes, { readWorkbook })
 */
export function loadWorkbookReader(): Promise<ReadWorkbook> {
  loading ??= import('../core/src/workbook-reader.js').then(
    (module) => module.readWorkbook,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Whether `bytes` are a workbook Parcours reads (`.xlsx`, `.ods`): those need the reader first.
 *
 * @example needsWorkbookReader(bytes) // true for an .xlsx, whatever its name
 */
export function needsWorkbookReader(bytes: Uint8Array): boolean {
  const kind = workbookKind(bytes);
  return kind === 'xlsx' || kind === 'ods';
}
