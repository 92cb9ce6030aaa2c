import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { COLUMN_ROLES, hostErrorSaid, layoutJourney, renderSvg, type ColumnRole, type EmotionScale, type ImportResult, type Journey, type Problem } from '../core/src/index.js';
import { BoardCheckView, type BoardCheckState } from './components/board-check-view.js';
import { FileDrop } from './components/file-drop.js';
import { FileJourneyFields } from './components/file-journey-fields.js';
import { ImportProgress } from './components/import-progress.js';
import { ImportReportView, ProblemList } from './components/import-report-view.js';
import { MapOptions } from './components/map-options.js';
import { MapPreview } from './components/map-preview.js';
import { MapTableView } from './components/map-table-view.js';
import { PanelExtras } from './components/panel-extras.js';
import { CardEvidenceView } from './components/card-evidence-view.js';
import { evidenceStrings } from './evidence-strings.js';
import { cardEvidence } from './state/card-evidence.js';
import { MapTargetChoice } from './components/map-target-choice.js';
import { PlaceFlowView } from './components/place-flow-view.js';
import { PreviousWaveDeltasView } from './components/previous-wave-deltas.js';
import { PreviousWaveOption } from './components/previous-wave-option.js';
import { TemplateEditor } from './components/template-editor.js';
import type { PanelHost } from './panel-host.js';
import type { ImportWorker } from './run-import.js';
import { panelStrings } from './panel-strings.js';
import type { MeasuredMetrics } from './state/board-check.js';
import { journeyFromTemplate } from './state/journey-from-template.js';
import { layoutOptionsFor } from './state/layout-options-for.js';
import { mapTable } from './state/map-table.js';
import type { PanelDraft } from './state/panel-draft.js';
import { previousWaveDeltas } from './state/previous-wave-deltas.js';
import { defaultTemplate, isDefaultTemplate } from './state/template-form.js';
import { withMeasuredSticky } from './state/with-measured-sticky.js';
import { useBoardChoice } from './use-board-choice.js';
import { useFileImport } from './use-file-import.js';
import { usePlacing } from './use-placing.js';
import { useDraftStorage } from './use-draft-storage.js';
import { usePreviousWave } from './use-previous-wave.js';
import { useRememberPlacedWave } from './use-remember-placed-wave.js';
import { skipToFooter, useResultFocus } from './use-result-focus.js';

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
  const placing = usePlacing(host);
  const { flow } = placing;
  const files = useFileImport(createImportWorker, placing.reset);
  const { imported, reading } = files;
  const [boardCheck, setBoardCheck] = useState<BoardCheckState>({ step: 'idle' });
  // What the last board check measured, kept through the next check: maps are laid out for it.
  const [measured, setMeasured] = useState<MeasuredMetrics | undefined>(undefined);
  // The card picked in the preview, to show who said it.
  const [picked, setPicked] = useState<string | undefined>(undefined);

  const openedInitial = useRef<InitialFile | undefined>(undefined);
  const loaded = draft !== null;
  useEffect(() => {
    if (!loaded || !initialFile || openedInitial.current === initialFile) return;
    openedInitial.current = initialFile;
    setDraft((current) => (current && current.source !== 'file' ? { ...current, source: 'file' } : current));
    files.openBytes(initialFile.name, initialFile.bytes, draft?.columnMap ?? {}, initialFile.result);
  }, [initialFile, loaded]);

  const locale = draft?.locale ?? host.locale;
  const strings = panelStrings(locale);

  const built = useMemo((): { journey: Journey | null; problems: Problem[] } => {
    if (!draft) return { journey: null, problems: [] };
    if (draft.source === 'file') return { journey: imported?.result.ok ? imported.result.journey : null, problems: [] };
    const result = journeyFromTemplate(draft.template, locale);
    return result.ok ? { journey: result.journey, problems: [] } : { journey: null, problems: result.problems };
  }, [draft?.source, draft?.template, imported, locale]);

  // The journey as placed: the title typed, the stage order and the map chosen on the board.
  const update = (change: Partial<PanelDraft>) => setDraft((current) => (current ? { ...current, ...change } : current));
  const board = useBoardChoice(host, built.journey, draft, update, draft?.source === 'file' ? imported?.bytes : 'template', flow.step === 'done' ? flow : null);
  const journey = board.journey;

  // "Keep the previous wave" (issue 19): for a file's journey only, on the map it updates; the map draws it from `previous`.
  const wave = usePreviousWave(draft?.source === 'file' ? journey : null);
  useDraftStorage(host, draft, setDraft, wave);

  const layoutOptions = useMemo(
    () =>
      journey && draft
        ? withMeasuredSticky(
            { ...layoutOptionsFor(journey, draft.options, host), ...(wave.layoutPrevious && { previous: wave.layoutPrevious }) },
            measured,
            host.fixedStickySize !== undefined,
          )
        : null,
    [journey, draft?.options, host.fixedStickySize, host.board, measured, wave.layoutPrevious],
  );
  const layout = useMemo(() => (journey && layoutOptions ? layoutJourney(journey, layoutOptions) : null), [journey, layoutOptions]);
  const svg = useMemo(() => (layout ? renderSvg(layout) : ''), [layout]);
  const table = useMemo(() => (journey && layoutOptions ? mapTable(journey, layoutOptions.lanes ?? []) : null), [journey, layoutOptions]);
  const panelRef = useRef<HTMLDivElement>(null);
  useResultFocus(panelRef, flow.step);
  const evidence = useMemo(() => (picked !== undefined && journey ? cardEvidence(journey, picked) : undefined), [picked, journey]);
  const estimate = useMemo(() => (flow.step === 'planned' ? host.estimate?.(flow.layout) : undefined), [host, flow]);
  const deltas = useMemo(() => (wave.comparison ? previousWaveDeltas(wave.comparison, locale) : undefined), [wave.comparison, locale]);

  useRememberPlacedWave(flow, journey, draft?.source === 'file', wave);

  if (!draft) return <div class="pc-panel" aria-busy="true" />;
  const busy = flow.step === 'planning' || flow.step === 'placing';

  const reimport = (columnMap: Record<string, ColumnRole>, scale: EmotionScale | undefined) => files.reimport(columnMap, scale, draft.columnMap);

  const place = () => {
    if (layout && journey && layoutOptions) placing.plan(layout, journey, layoutOptions);
  };

  const checkBoard = () => {
    if (!host.checkBoard) return;
    setBoardCheck({ step: 'checking' });
    host.checkBoard().then(
      (check) => {
        setBoardCheck({ step: 'done', check });
        setMeasured(check.measured);
      },
      (error: unknown) => setBoardCheck({ step: 'failed', message: hostErrorSaid(error) }),
    );
  };

  const switchLanguage = () => {
    const next = locale === 'fr' ? 'en' : 'fr';
    // An untouched template follows the language; a form the user typed stays as typed.
    const template = isDefaultTemplate(draft.template, locale) ? defaultTemplate(next) : draft.template;
    update({ locale: next, template });
  };

  return (
    <div class="pc-panel" lang={locale} ref={panelRef}>
      {/* A button, not a link: it moves the focus without touching the host iframe's URL. */}
      <button type="button" class="pc-skip" onClick={skipToFooter}>
        {strings.kit.skipToPlace}
      </button>
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
            <FileDrop strings={strings} onFile={(file) => void files.readFile(file, draft.columnMap)} />
            {reading &&
              (reading.failed ? (
                <p class="pc-error" role="alert">
                  {strings.readFailed(reading.name)}
                </p>
              ) : (
                <div class="pc-row" role="status" aria-live="polite">
                  <p class="pc-muted">{strings.reading(reading.name)}</p>
                  {reading.step && <ImportProgress step={reading.step} strings={strings} />}
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
                onSheet={(sheet) => files.reimport(imported.columnMap, imported.scale, draft.columnMap, sheet)}
              />
            )}
            {imported && built.journey && (
              <FileJourneyFields
                title={board.title}
                stages={board.stages}
                reordered={board.reordered}
                strings={strings}
                onTitle={board.setTitle}
                onMove={board.moveStage}
                onReset={board.resetStages}
              />
            )}
            {journey && <PreviousWaveOption wave={wave} strings={strings} locale={locale} disabled={busy} />}
          </div>
        )}
        {built.problems.length > 0 && <ProblemList title={strings.invalidJourney} problems={built.problems} strings={strings} tone="error" open />}
      </section>

      {layout && journey ? (
        <>
          <section class="pc-section" aria-labelledby="pc-preview-title">
            <h2 class="pc-heading" id="pc-preview-title">
              {strings.preview}
            </h2>
            <MapPreview svg={svg} label={strings.previewLabel(layout.title)} layout={layout} onPick={setPicked} />
            {evidence ? (
              <CardEvidenceView evidence={evidence} strings={evidenceStrings(locale)} onClose={() => setPicked(undefined)} />
            ) : (
              journey.cards.some((card) => card.sources.length > 0) && <p class="pc-muted">{evidenceStrings(locale).pickHint}</p>
            )}
            {table && <MapTableView table={table} title={layout.title} strings={strings} />}
          </section>
          <details class="pc-section pc-details">
            <summary class="pc-heading">{strings.options}</summary>
            <MapOptions journey={journey} options={draft.options} strings={strings} evidence={evidenceStrings(locale)} fixedStickySize={host.fixedStickySize} onChange={(options) => update({ options })} />
          </details>
        </>
      ) : (
        <p class="pc-muted pc-section">{strings.nothingToPlace}</p>
      )}

      {layout && board.maps.length > 0 && (
        <section class="pc-section">
          <MapTargetChoice maps={board.maps} target={board.target} strings={strings} disabled={busy || flow.step === 'planned'} onChoose={board.choose} />
        </section>
      )}

      {host.checkBoard && <BoardCheckView state={boardCheck} host={host.name} locale={locale} strings={strings} disabled={busy} onCheck={checkBoard} />}

      <PanelExtras
        locale={locale}
        strings={strings}
        {...(journey && { map: { journey, pictureOptions: layoutOptionsFor(journey, draft.options) } })}
      />

      <footer class="pc-footer" id="pc-footer">
        <PlaceFlowView
          flow={flow}
          strings={strings}
          {...(estimate !== undefined ? { estimate } : {})}
          {...(deltas ? { planExtra: <PreviousWaveDeltasView deltas={deltas} strings={strings} /> } : {})}
          canPlace={layout !== null}
          onPlace={place}
          onConfirm={placing.confirm}
          onBack={placing.reset}
          onCancel={placing.cancel}
        />
      </footer>
    </div>
  );
}
