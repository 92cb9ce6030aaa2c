import { useEffect, useRef } from 'preact/hooks';
import type { Journey } from '../core/src/index.js';
import type { PlaceFlow } from './state/place-flow.js';
import type { PreviousWaveChoice } from './use-previous-wave.js';

/**
 * A placement of a file's journey that went through: that journey is what the map shows now, so it
 * is the next wave's previous one (`wave.remember`), once per placement.
 *
 * @example useRememberPlacedWave(flow, journey, draft?.source === 'file', wave)
 */
export function useRememberPlacedWave(flow: PlaceFlow, journey: Journey | null, fromFile: boolean, wave: Pick<PreviousWaveChoice, 'remember'>): void {
  const remembered = useRef<PlaceFlow | undefined>(undefined);
  useEffect(() => {
    if (flow.step !== 'done' || flow.report.cancelled || remembered.current === flow || !journey || !fromFile) return;
    remembered.current = flow;
    wave.remember(journey);
  }, [flow]);
}
