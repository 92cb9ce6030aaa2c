import { useReducer, useRef } from 'preact/hooks';
import { hostErrorSaid, type Journey, type Layout, type LayoutOptions } from '../core/src/index.js';
import type { PanelHost } from './panel-host.js';
import { placeFlow, type PlaceFlow } from './state/place-flow.js';
import { layoutAroundKept } from './state/preview-around-kept.js';

/** "Place on board" as the panel runs it: the flow's state and the user's four moves. */
export interface Placing {
  flow: PlaceFlow;
  /** Asks the host for the plan of `layout`; with hand edits in the way, plans the map laid out around them. */
  plan(layout: Layout, journey: Journey, options: LayoutOptions): void;
  /** Applies the plan shown, with progress, cancellable. */
  confirm(): void;
  cancel(): void;
  /** Back to the start: a new file, or the user stepped back from the plan. */
  reset(): void;
}

/**
 * The placing flow against a `PanelHost`: plan, confirm, progress, report (`placeFlow` holds the
 * state as plain data; this hook runs the host calls and the cancel).
 *
 * @example const placing = usePlacing(host); placing.plan(layout, journey, options)
 */
export function usePlacing(host: PanelHost): Placing {
  const [flow, dispatch] = useReducer(placeFlow, { step: 'idle' });
  const placing = useRef<AbortController | null>(null);

  const plan: Placing['plan'] = (layout, journey, options) => {
    dispatch({ type: 'plan' });
    const failed = (error: unknown) => dispatch({ type: 'failed', message: hostErrorSaid(error) });
    host.preview(layout).then((first) => {
      // Items edited by hand in the way: plan the map laid out around them instead.
      const around = layoutAroundKept(first, journey, options);
      if (!around) dispatch({ type: 'planned', plan: first, layout });
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
        (error: unknown) => dispatch({ type: 'failed', message: hostErrorSaid(error) }),
      )
      .finally(() => {
        placing.current = null;
      });
  };

  const cancel = () => {
    placing.current?.abort();
    dispatch({ type: 'cancel' });
  };

  return { flow, plan, confirm, cancel, reset: () => dispatch({ type: 'reset' }) };
}
