import { readOds } from './read-ods.js';
import { readXlsx } from './read-xlsx.js';
import type { WorkbookRead } from './workbook.js';
import { workbookKind } from './workbook-kind.js';
import { MAX_UNZIPPED_BYTES, zipEntries } from './zip-entries.js';

/**
 * Reads an `.xlsx` or `.ods` workbook's visible sheets as records of cell texts (see
 * `WorkbookSheet`), with fflate (unzip) and saxes (XML). It is the one module that brings those
 * libraries in: the panel loads it on first use (`ui/load-workbook-reader.ts`), the CLI imports it.
 * A broken archive, malformed XML or a ZIP that is no workbook gives a problem, never a throw.
 *
 * @example readWorkbook(bytes) // { ok: true, workbook: { kind: 'xlsx', sheets: [{ name: 'Feuil1', rows: […], truncated: false }] } }
 */
export function readWorkbook(bytes: Uint8Array): WorkbookRead {
  const kind = workbookKind(bytes);
  if (kind !== 'xlsx' && kind !== 'ods') return corrupt();
  const zip = zipEntries(bytes, (name) => /\.(xml|rels)$/i.test(name));
  if (!zip.ok) {
    if (zip.reason === 'corrupt') return corrupt();
    const mb = MAX_UNZIPPED_BYTES / 1024 / 1024;
    return {
      ok: false,
      problem: {
        code: 'workbook.tooBig',
        params: { mb },
        message: `the workbook holds more than ${mb} MB of data once unzipped, more than Parcours reads; copy the sheet you need into a new workbook, or save it as CSV`,
      },
    };
  }
  try {
    return { ok: true, workbook: { kind, sheets: kind === 'xlsx' ? readXlsx(zip) : readOds(zip) } };
  } catch {
    return corrupt();
  }
}

/*
 * The reader's two problems are coded messages written out here, not `say(...)`: `say` would bring
 * the whole English word table into the reader, which the panel loads on its own. The test of the
 * reader checks each equals `say(code, params)`.
 */
function corrupt(): WorkbookRead {
  return {
    ok: false,
    problem: {
      code: 'workbook.damaged',
      params: {},
      message: 'the workbook cannot be read: it is damaged or not a complete .xlsx/.ods file. Open it in your spreadsheet and save it again, or save the sheet as CSV',
    },
  };
}
