import { keptEditsFor, layoutJourney, type Journey, type Layout, type LayoutOptions, type SyncPlan } from '../../core/src/index.js';
import type { PanelHost } from '../panel-host.js';

/** A plan to confirm and the layout it was made for: the one to place. */
export interface PlannedLayout {
  plan: SyncPlan;
  layout: Layout;
}

/**
 * The layout to plan instead, when the plan of a re-import shows the data coming over an item edited
 * by hand or a newer version of one due: the journey laid out again around the kept items
 * (`keptEditsFor`: their slots stay theirs, the data's version goes beside them, marked). Kept
 * items stay where the board has them, so one more round is all it takes. `undefined` when the
 * plan's layout already leaves every edit in sight.
 *
 * @example const around = layoutAroundKept(await host.preview(layout), journey, options) // then host.preview(around)
 */
export function layoutAroundKept(plan: SyncPlan, journey: Journey, options: LayoutOptions): Layout | undefined {
  const keptEdits = keptEditsFor(plan);
  return keptEdits.length > 0 ? layoutJourney(journey, { ...options, keptEdits }) : undefined;
}

/**
 * Previews a placement so that no item edited by hand ends up covered: plans `layout` on the host
 * and, when `layoutAroundKept` gives another layout, plans that one instead. Whatever still waits
 * is in the plan.
 *
 * @example const { plan, layout } = await previewAroundKept(host, journey, options, layoutJourney(journey, options))
 */
export async function previewAroundKept(host: Pick<PanelHost, 'preview'>, journey: Journey, options: LayoutOptions, layout: Layout): Promise<PlannedLayout> {
  const plan = await host.preview(layout);
  const around = layoutAroundKept(plan, journey, options);
  return around ? { plan: await host.preview(around), layout: around } : { plan, layout };
}
