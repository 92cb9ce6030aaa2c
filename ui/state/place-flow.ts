import type { Layout, Message, PlacementProgress, PlacementReport, SyncPlan } from '../../core/src/index.js';

/** Where the "Place on board" flow stands: plan, confirm, progress, summary. */
export type PlaceFlow =
  | { step: 'idle' }
  | { step: 'planning' }
  | { step: 'planned'; plan: SyncPlan; layout: Layout }
  | { step: 'placing'; progress: PlacementProgress | null; cancelling: boolean }
  | { step: 'done'; report: PlacementReport }
  /** Why: a coded message (`hostErrorSaid`) the view words in the panel's language. */
  | { step: 'failed'; message: Message };

export type PlaceEvent =
  | { type: 'plan' }
  | { type: 'planned'; plan: SyncPlan; layout: Layout }
  | { type: 'confirm' }
  | { type: 'progress'; progress: PlacementProgress }
  | { type: 'cancel' }
  | { type: 'placed'; report: PlacementReport }
  | { type: 'failed'; message: Message }
  | { type: 'reset' };

/**
 * The flow's next state; an event that makes no sense in the current step (a late progress after
 * the summary, a second confirm) leaves it as it is.
 *
 * @example placeFlow({ step: 'idle' }, { type: 'plan' }) // { step: 'planning' }
 */
export function placeFlow(state: PlaceFlow, event: PlaceEvent): PlaceFlow {
  switch (event.type) {
    case 'plan':
      return state.step === 'placing' || state.step === 'planning' ? state : { step: 'planning' };
    case 'planned':
      return state.step === 'planning' ? { step: 'planned', plan: event.plan, layout: event.layout } : state;
    case 'confirm':
      return state.step === 'planned' ? { step: 'placing', progress: null, cancelling: false } : state;
    case 'progress':
      return state.step === 'placing' ? { ...state, progress: event.progress } : state;
    case 'cancel':
      return state.step === 'placing' ? { ...state, cancelling: true } : state;
    case 'placed':
      return state.step === 'placing' ? { step: 'done', report: event.report } : state;
    case 'failed':
      return state.step === 'planning' || state.step === 'placing' ? { step: 'failed', message: event.message } : state;
    case 'reset':
      return state.step === 'placing' ? state : { step: 'idle' };
  }
}
