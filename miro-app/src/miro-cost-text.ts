import type { Layout } from '../../core/src/index.js';
import { describeMiroCost } from './describe-miro-cost.js';
import { estimateMiroPlacement } from './estimate-miro-placement.js';
import { DEFAULT_PACING, type MiroPacing } from './place-on-miro.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';

/**
 * What placing `layout` will cost on Miro, in a few words for the panel (`PanelHost.estimate`):
 * from the preview's plan and reads when `sync` is the preview of this very layout, else as a
 * first placement, under Miro's credit budget whatever board the host draws on.
 *
 * @example miroCostText(layout, preview, 'en') // 'On Miro: 181 items to create, 27,200 credits, about 7 s.'
 */
export function miroCostText(layout: Layout, sync: MiroSyncPlan | undefined, locale: 'fr' | 'en', pacing: MiroPacing = DEFAULT_PACING): string | undefined {
  const estimate = estimateMiroPlacement(sync?.layout ?? layout, {
    ...(sync ? { plan: sync.plan, reads: sync.placed.reads } : {}),
    windows: pacing.windows,
    headroom: pacing.headroom,
    maxInFlight: pacing.maxInFlight,
  });
  return describeMiroCost(estimate, locale);
}
