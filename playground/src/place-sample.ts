import { formatProblem, importJourney, layoutJourney, type Layout, type PlacementReport } from '../../core/src/index.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { parseDraft } from '../../ui/state/panel-draft.js';

/** A sample file as fetched from the server. */
export interface SampleFile {
  name: string;
  bytes: Uint8Array;
}

export type SamplePlacement =
  | { ok: true; layout: Layout; report: PlacementReport }
  | { ok: false; message: string };

/**
 * Imports a sample and places it through the host, laid out with the panel's own options (from
 * the saved draft, as the panel would), so that pressing "Place on board" in the panel afterwards
 * finds the map up to date. Returns the layout placed and the report, or why it could not.
 *
 * @example const placed = await placeSample(host, { name: 'parcours-fr.csv', bytes });
 */
export async function placeSample(host: PanelHost, sample: SampleFile): Promise<SamplePlacement> {
  const result = importJourney(sample.bytes, { filename: sample.name });
  if (!result.ok) return { ok: false, message: result.problems.map(formatProblem).join('; ') };
  const draft = parseDraft(await host.loadDraft(), host.locale);
  const layout = layoutJourney(result.journey, layoutOptionsFor(result.journey, draft.options, host.fixedStickySize));
  const report = await host.place(layout, {});
  return { ok: true, layout, report };
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
