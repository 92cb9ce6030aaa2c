import { keptEditsFor, layoutJourney, type Journey, type Layout, type LayoutOptions, type SyncPlan } from '../../core/src/index.js';
import type { PanelHost } from '../panel-host.js';

/** A plan to confirm and the layout it was made for: the one to place. */
export interface PlannedLayout {
  plan: SyncPlan;
  layout: Layout;
}

/**
 * Previews a placement so that no item edited by hand ends up covered: plans `layout` on the host
 * and, when the data would come over a kept edit or has a newer version of one, lays the journey out
 * again around the kept items (`keptEditsFor`: their slots stay theirs, the data's version goes
 * beside them, marked) and plans that layout instead. Kept items stay where the board has them,
 * so one more round is all it takes; whatever still waits is in the plan.
 *
 * @example const { plan, layout } = await previewAroundKept(host, journey, options, layoutJourney(journey, options))
 */
export async function previewAroundKept(host: Pick<PanelHost, 'preview'>, journey: Journey, options: LayoutOptions, layout: Layout): Promise<PlannedLayout> {
  const plan = await host.preview(layout);
  const keptEdits = keptEditsFor(plan);
  if (keptEdits.length === 0) return { plan, layout };
  const around = layoutJourney(journey, { ...options, keptEdits });
  return { plan: await host.preview(around), layout: around };
}
