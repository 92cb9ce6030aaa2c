import { useEffect, useRef, useState } from 'preact/hooks';
import { importJourney, type ColumnRole, type EmotionScale, type ImportOptions, type ImportResult } from '../core/src/index.js';
import type { ImportStep } from './import-worker-protocol.js';
import { needsWorkbookReader } from './load-workbook-reader.js';
import { IMPORT_IN_WORKER_BYTES, runImport, type ImportWorker } from './run-import.js';
import { importColumnMap, type ImportedFile } from './state/imported-file.js';

/** A file being read: its name, whether reading failed, how to cancel it and its step (worker imports). */
export interface Reading {
  name: string;
  failed: boolean;
  cancel?: () => void;
  /** The step under way, when the worker tells it (a workbook's import has three). */
  step?: ImportStep;
}

/** What the panel does with files: the one shown, the one being read, and how to open or re-import. */
export interface FileImport {
  imported: ImportedFile | null;
  reading: Reading | null;
  /**
   * Opens a file's bytes: imports them once, remaps chosen earlier (`remembered`) applying again to
   * the headers it has, so a re-import of updated data keeps them. `known`, the host's own import of
   * these bytes, is shown instead of importing them a second time.
   */
  openBytes(name: string, bytes: Uint8Array, remembered: Record<string, ColumnRole>, known?: ImportResult): void;
  /** Reads a picked or dropped file, then opens it. */
  readFile(file: File, remembered: Record<string, ColumnRole>): Promise<void>;
  /** Imports the file shown again with the user's remaps and scale (and, for a workbook, the sheet chosen). */
  reimport(columnMap: Record<string, ColumnRole>, scale: EmotionScale | undefined, remembered: Record<string, ColumnRole>, sheet?: string): void;
}

/**
 * The panel's file flow: a small file is imported here with `importJourney`; one of
 * `IMPORT_IN_WORKER_BYTES` or more goes through `runImport` (a worker) with a busy state, its steps
 * and a Cancel. A workbook always goes through `runImport`, which loads the reader first. Opening a file ends the import under way; `onOpened` runs when a new file is shown.
 *
 * @example const files = useFileImport(createImportWorker, () => dispatch({ type: 'reset' })); void files.readFile(file, draft.columnMap)
 */
export function useFileImport(createImportWorker: (() => ImportWorker) | undefined, onOpened: () => void): FileImport {
  const [imported, setImported] = useState<ImportedFile | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const importing = useRef<AbortController | null>(null);

  useEffect(() => () => importing.current?.abort(), []);

  const stopImporting = () => {
    importing.current?.abort();
    importing.current = null;
  };

  const importFile = (name: string, bytes: Uint8Array, options: ImportOptions, done: (result: ImportResult) => void) => {
    stopImporting();
    const big = bytes.length >= IMPORT_IN_WORKER_BYTES;
    if (!big && !needsWorkbookReader(bytes)) {
      try {
        done(importJourney(bytes, options));
        setReading(null);
      } catch {
        setReading({ name, failed: true });
      }
      return;
    }
    const controller = new AbortController();
    importing.current = controller;
    const cancel = () => controller.abort();
    setReading({ name, failed: false, cancel });
    const onStep = (step: ImportStep) => {
      if (importing.current === controller) setReading({ name, failed: false, cancel, step });
    };
    runImport(bytes, options, { createWorker: big ? createImportWorker : undefined, signal: controller.signal, onStep }).then(
      (result) => {
        if (controller.signal.aborted) return;
        importing.current = null;
        done(result);
        setReading(null);
      },
      () => {
        if (importing.current !== controller) return;
        importing.current = null;
        setReading(controller.signal.aborted ? null : { name, failed: true });
      },
    );
  };

  const openBytes: FileImport['openBytes'] = (name, bytes, remembered, known) => {
    const show = (result: ImportResult) => {
      setImported({ name, bytes, result, columnMap: importColumnMap(result, remembered), scale: undefined });
      onOpened();
    };
    if (!known) {
      importFile(name, bytes, { filename: name, rememberedColumnMap: remembered }, show);
      return;
    }
    stopImporting();
    setReading(null);
    show(known);
  };

  const readFile: FileImport['readFile'] = async (file, remembered) => {
    setReading({ name: file.name, failed: false });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setReading({ name: file.name, failed: true });
      return;
    }
    openBytes(file.name, bytes, remembered);
  };

  const reimport: FileImport['reimport'] = (columnMap, scale, remembered, sheet = imported?.sheet) => {
    if (!imported) return;
    // The remembered remaps again: one matched under another spelling of its header is not in `columnMap`.
    const options: ImportOptions = {
      filename: imported.name,
      columnMap,
      rememberedColumnMap: remembered,
      ...(scale === undefined ? {} : { scale }),
      ...(sheet === undefined ? {} : { sheet }),
    };
    importFile(imported.name, imported.bytes, options, (result) => setImported({ ...imported, result, columnMap, scale, sheet }));
  };

  return { imported, reading, openBytes, readFile, reimport };
}
