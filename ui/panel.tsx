import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { COLUMN_ROLES, type ColumnRole, type EmotionScale, importJourney, type ImportOptions, type ImportResult, type Journey, layoutJourney, type Problem, renderSvg } from '../core/src/index.js';
// Not yet re-exported by core's index when this was written: the importer's own module.
import { BoardCheckView, type BoardCheckState } from './components/board-check-view.js';
import { FileDrop } from './components/file-drop.js';
import { ImportReportView, ProblemList } from './components/import-report-view.js';
import { MapOptions } from './components/map-options.js';
import { MapPreview } from './components/map-preview.js';
import { PlaceFlowView } from './components/place-flow-view.js';
import { TemplateEditor } from './components/template-editor.js';
import type { PanelHost } from './panel-host.js';
import { IMPORT_IN_WORKER_BYTES, runImport, type ImportWorker } from './run-import.js';
import { panelStrings } from './panel-strings.js';
import type { MeasuredMetrics } from './state/board-check.js';
import { importColumnMap, type ImportedFile } from './state/imported-file.js';
import { journeyFromTemplate } from './state/journey-from-template.js';
import { layoutOptionsFor } from './state/layout-options-for.js';
import { defaultDraft, parseDraft, type PanelDraft } from './state/panel-draft.js';
import { placeFlow } from './state/place-flow.js';
import { layoutAroundKept } from './state/preview-around-kept.js';
import { defaultTemplate, isDefaultTemplate } from './state/template-form.js';
import { withMeasuredSticky } from './state/with-measured-sticky.js';

/** How long the panel waits after the last change before saving the draft. */
const SAVE_DELAY_MS = 400;

/** A file handed to the panel by its host rather than picked by the user (the playground's sample). */
export interface InitialFile {
  name: string;
  bytes: Uint8Array;
  /**
   * The host's own import of `bytes`, made as the panel would make it (`{ filename: name,
   * rememberedColumnMap }` with the draft's `columnMap`): shown as is, so the file is not imported twice.
   */
  result?: ImportResult;
}

export interface PanelProps {
  host: PanelHost;
  /**
   * A file to open as if the user had dropped it: the panel switches to "A file" and imports it
   * once its draft is loaded (or shows its `result`). A new object opens again; the same one is opened once.
   */
  initialFile?: InitialFile;
  /**
   * Starts a worker running this same bundle (which then calls `serveImports`): files from
   * `IMPORT_IN_WORKER_BYTES` on are imported there, with a Cancel. Absent, or refused by the host:
   * they are imported on this thread after the busy state has painted.
   */
  createImportWorker?: () => ImportWorker;
}

/** A file being read: its name, whether reading failed, and how to cancel it (worker imports). */
interface Reading {
  name: string;
  failed: boolean;
  cancel?: () => void;
}

/**
 * The shared Parcours panel: a blank template or a file in, a live preview, options, then "Place on
 * board" through the host (`PanelHost`): Miro, FigJam or the playground. French or English, following
 * the host and switchable; the form and options survive closing through the host's draft storage.
 * The plan to confirm shows what the host says placing will cost (`host.estimate`). "Check this
 * board" (`host.checkBoard`) reports what the board really does, and maps are then laid out for the
 * sticky size it measured.
 *
 * @example render(<Panel host={createFigJamPanelHost(channel, 'fr')} />, document.body)
 * @example render(<Panel host={host} initialFile={{ name: 'interviews-en.csv', bytes }} />, root)
 */
export function Panel({ host, initialFile, createImportWorker }: PanelProps) {
  const [draft, setDraft] = useState<PanelDraft | null>(null);
  const [imported, setImported] = useState<ImportedFile | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const importing = useRef<AbortController | null>(null);
  const [flow, dispatch] = useReducer(placeFlow, { step: 'idle' });
  const placing = useRef<AbortController | null>(null);
  const [boardCheck, setBoardCheck] = useState<BoardCheckState>({ step: 'idle' });
  // What the last board check measured, kept through the next check: maps are laid out for it.
  const [measured, setMeasured] = useState<MeasuredMetrics | undefined>(undefined);

  useEffect(() => {
    let live = true;
    host
      .loadDraft()
      .then((stored) => live && setDraft(parseDraft(stored, host.locale)))
      .catch(() => live && setDraft(defaultDraft(host.locale)));
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => {
    if (!draft) return undefined;
    const timer = setTimeout(() => void host.saveDraft(draft).catch(() => undefined), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, draft]);

  /** Ends the import under way, if any: the file opened now replaces it. */
  const stopImporting = () => {
    importing.current?.abort();
    importing.current = null;
  };

  /**
   * Imports a file's bytes with `options`: with `importJourney` here for a small file; a large one
   * goes through `runImport` (a worker) with a busy state and a Cancel. `done` gets the result.
   */
  const importFile = (name: string, bytes: Uint8Array, options: ImportOptions, done: (result: ImportResult) => void) => {
    stopImporting();
    if (bytes.length < IMPORT_IN_WORKER_BYTES) {
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
    setReading({ name, failed: false, cancel: () => controller.abort() });
    runImport(bytes, options, { createWorker: createImportWorker, signal: controller.signal }).then(
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

  /**
   * Opens a file: imports its bytes once, remaps chosen earlier applying again to the headers it
   * has (so a re-import of updated data keeps them). `known`, the host's own import of these bytes,
   * is shown instead of importing them a second time.
   */
  const openBytes = (name: string, bytes: Uint8Array, remembered: PanelDraft['columnMap'], known?: ImportResult) => {
    const show = (result: ImportResult) => {
      setImported({ name, bytes, result, columnMap: importColumnMap(result, remembered), scale: undefined });
      dispatch({ type: 'reset' });
    };
    if (!known) {
      importFile(name, bytes, { filename: name, rememberedColumnMap: remembered }, show);
      return;
    }
    stopImporting();
    setReading(null);
    show(known);
  };

  useEffect(() => () => importing.current?.abort(), []);

  const openedInitial = useRef<InitialFile | undefined>(undefined);
  const loaded = draft !== null;
  useEffect(() => {
    if (!loaded || !initialFile || openedInitial.current === initialFile) return;
    openedInitial.current = initialFile;
    setDraft((current) => (current && current.source !== 'file' ? { ...current, source: 'file' } : current));
    openBytes(initialFile.name, initialFile.bytes, draft?.columnMap ?? {}, initialFile.result);
  }, [initialFile, loaded]);

  const locale = draft?.locale ?? host.locale;
  const strings = panelStrings(locale);

  const built = useMemo((): { journey: Journey | null; problems: Problem[] } => {
    if (!draft) return { journey: null, problems: [] };
    if (draft.source === 'file') return { journey: imported?.result.ok ? imported.result.journey : null, problems: [] };
    const result = journeyFromTemplate(draft.template, locale);
    return result.ok ? { journey: result.journey, problems: [] } : { journey: null, problems: result.problems };
  }, [draft?.source, draft?.template, imported, locale]);

  const layoutOptions = useMemo(
    () =>
      built.journey && draft
        ? withMeasuredSticky(layoutOptionsFor(built.journey, draft.options, host), measured, host.fixedStickySize !== undefined)
        : null,
    [built.journey, draft?.options, host.fixedStickySize, host.board, measured],
  );
  const layout = useMemo(() => (built.journey && layoutOptions ? layoutJourney(built.journey, layoutOptions) : null), [built.journey, layoutOptions]);
  const svg = useMemo(() => (layout ? renderSvg(layout) : ''), [layout]);
  const estimate = useMemo(() => (flow.step === 'planned' ? host.estimate?.(flow.layout) : undefined), [host, flow]);

  if (!draft) return <div class="pc-panel" aria-busy="true" />;
  const update = (change: Partial<PanelDraft>) => setDraft({ ...draft, ...change });
  const busy = flow.step === 'planning' || flow.step === 'placing';

  const readFile = async (file: File) => {
    setReading({ name: file.name, failed: false });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setReading({ name: file.name, failed: true });
      return;
    }
    openBytes(file.name, bytes, draft.columnMap);
  };

  const reimport = (columnMap: Record<string, ColumnRole>, scale: EmotionScale | undefined) => {
    if (!imported) return;
    // The remembered remaps again: one matched under another spelling of its header is not in `columnMap`.
    const options: ImportOptions = { filename: imported.name, columnMap, rememberedColumnMap: draft.columnMap, ...(scale === undefined ? {} : { scale }) };
    importFile(imported.name, imported.bytes, options, (result) => setImported({ ...imported, result, columnMap, scale }));
  };

  const place = () => {
    const journey = built.journey;
    if (!layout || !journey || !layoutOptions) return;
    dispatch({ type: 'plan' });
    const failed = (error: unknown) => dispatch({ type: 'failed', message: messageOf(error) });
    host.preview(layout).then((plan) => {
      // Items edited by hand in the way: plan the map laid out around them instead.
      const around = layoutAroundKept(plan, journey, layoutOptions);
      if (!around) dispatch({ type: 'planned', plan, layout });
      else host.preview(around).then((second) => dispatch({ type: 'planned', plan: second, layout: around }), failed);
    }, failed);
  };

  const confirm = () => {
    if (flow.step !== 'planned') return;
    const controller = new AbortController();
    placing.current = controller;
    dispatch({ type: 'confirm' });
    host
      .place(flow.layout, { signal: controller.signal, onProgress: (progress) => dispatch({ type: 'progress', progress }) })
      .then(
        (report) => dispatch({ type: 'placed', report }),
        (error: unknown) => dispatch({ type: 'failed', message: messageOf(error) }),
      )
      .finally(() => {
        placing.current = null;
      });
  };

  const checkBoard = () => {
    if (!host.checkBoard) return;
    setBoardCheck({ step: 'checking' });
    host.checkBoard().then(
      (check) => {
        setBoardCheck({ step: 'done', check });
        setMeasured(check.measured);
      },
      (error: unknown) => setBoardCheck({ step: 'failed', message: messageOf(error) }),
    );
  };

  const switchLanguage = () => {
    const next = locale === 'fr' ? 'en' : 'fr';
    // An untouched template follows the language; a form the user typed stays as typed.
    const template = isDefaultTemplate(draft.template, locale) ? defaultTemplate(next) : draft.template;
    update({ locale: next, template });
  };

  return (
    <div class="pc-panel" lang={locale}>
      <header class="pc-header">
        <div>
          <h1 class="pc-title">{strings.appTitle}</h1>
          <p class="pc-muted">{strings.tagline}</p>
        </div>
        <button type="button" class="pc-button pc-ghost" onClick={switchLanguage} aria-label={strings.switchLanguageLabel} lang={locale === 'fr' ? 'en' : 'fr'}>
          {strings.switchLanguage}
        </button>
      </header>

      <fieldset class="pc-segmented" disabled={busy}>
        <legend class="pc-visually-hidden">{strings.startFrom}</legend>
        {(['template', 'file'] as const).map((source) => (
          <label key={source} class={draft.source === source ? 'pc-segment pc-selected' : 'pc-segment'}>
            <input type="radio" name="pc-source" value={source} checked={draft.source === source} onChange={() => update({ source })} class="pc-visually-hidden" />
            {source === 'template' ? strings.template : strings.file}
          </label>
        ))}
      </fieldset>

      <section class="pc-section">
        {draft.source === 'template' ? (
          <TemplateEditor form={draft.template} strings={strings} locale={locale} onChange={(template) => update({ template })} />
        ) : (
          <div class="pc-stack">
            <FileDrop strings={strings} onFile={(file) => void readFile(file)} />
            {reading &&
              (reading.failed ? (
                <p class="pc-error" role="alert">
                  {strings.readFailed(reading.name)}
                </p>
              ) : (
                <div class="pc-row" role="status" aria-live="polite">
                  <p class="pc-muted">{strings.reading(reading.name)}</p>
                  {reading.cancel && (
                    <button type="button" class="pc-button pc-secondary" onClick={reading.cancel}>
                      {strings.cancel}
                    </button>
                  )}
                </div>
              ))}
            {imported && (
              <ImportReportView
                name={imported.name}
                result={imported.result}
                strings={strings}
                roles={COLUMN_ROLES}
                columnMap={imported.columnMap}
                scale={imported.scale}
                onRemap={(header, role) => {
                  const columnMap = { ...imported.columnMap, [header]: role };
                  update({ columnMap: { ...draft.columnMap, [header]: role } });
                  reimport(columnMap, imported.scale);
                }}
                onScale={(scale) => reimport(imported.columnMap, scale)}
              />
            )}
          </div>
        )}
        {built.problems.length > 0 && <ProblemList title={strings.invalidJourney} problems={built.problems} strings={strings} tone="error" open />}
      </section>

      {layout && built.journey ? (
        <>
          <section class="pc-section" aria-labelledby="pc-preview-title">
            <h2 class="pc-heading" id="pc-preview-title">
              {strings.preview}
            </h2>
            <MapPreview svg={svg} label={strings.previewLabel(layout.title)} />
          </section>
          <details class="pc-section pc-details">
            <summary class="pc-heading">{strings.options}</summary>
            <MapOptions journey={built.journey} options={draft.options} strings={strings} fixedStickySize={host.fixedStickySize} onChange={(options) => update({ options })} />
          </details>
        </>
      ) : (
        <p class="pc-muted pc-section">{strings.nothingToPlace}</p>
      )}

      {host.checkBoard && <BoardCheckView state={boardCheck} host={host.name} locale={locale} strings={strings} disabled={busy} onCheck={checkBoard} />}

      <footer class="pc-footer">
        <PlaceFlowView
          flow={flow}
          strings={strings}
          {...(estimate !== undefined ? { estimate } : {})}
          canPlace={layout !== null}
          onPlace={place}
          onConfirm={confirm}
          onBack={() => dispatch({ type: 'reset' })}
          onCancel={() => {
            placing.current?.abort();
            dispatch({ type: 'cancel' });
          }}
        />
      </footer>
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
