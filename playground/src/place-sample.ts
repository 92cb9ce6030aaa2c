import { formatProblem, importJourney, layoutJourney, type Layout, type PlacementReport } from '../../core/src/index.js';
import type { InitialFile } from '../../ui/panel.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { parseDraft } from '../../ui/state/panel-draft.js';

/** A sample file as fetched from the server. */
export interface SampleFile {
  name: string;
  bytes: Uint8Array;
}

export type SamplePlacement =
  | { ok: true; layout: Layout; report: PlacementReport; file: InitialFile }
  | { ok: false; message: string };

/**
 * Imports a sample and places it through the host, imported and laid out as the panel would (the
 * saved draft's remembered remaps and options), so that pressing "Place on board" in the panel
 * afterwards finds the map up to date. Returns the layout placed, the report and the sample with
 * its import for the panel to show (`file`, so the panel does not import it again), or why it could not.
 *
 * @example const placed = await placeSample(host, { name: 'parcours-fr.csv', bytes }); // placed.file → <Panel initialFile={placed.file} />
 */
export async function placeSample(host: PanelHost, sample: SampleFile): Promise<SamplePlacement> {
  const draft = parseDraft(await host.loadDraft(), host.locale);
  const result = importJourney(sample.bytes, { filename: sample.name, rememberedColumnMap: draft.columnMap });
  if (!result.ok) return { ok: false, message: result.problems.map(formatProblem).join('; ') };
  const layout = layoutJourney(result.journey, layoutOptionsFor(result.journey, draft.options, host));
  const report = await host.place(layout, {});
  return { ok: true, layout, report, file: { ...sample, result } };
}

/**
 * Fetches the list of samples the server has, then the one to open with.
 *
 * @example const sample = await fetchSample(new URL('samples/', location.href), 'parcours-fr.csv');
 */
export async function fetchSample(base: URL, name: string): Promise<SampleFile> {
  const response = await fetch(new URL(encodeURIComponent(name), base));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
}
