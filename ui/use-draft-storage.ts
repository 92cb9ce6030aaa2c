import type { Dispatch, StateUpdater } from 'preact/hooks';
import { useEffect } from 'preact/hooks';
import type { PanelHost } from './panel-host.js';
import { defaultDraft, parseDraft, type PanelDraft } from './state/panel-draft.js';
import { withPlacedWaves } from './state/previous-wave-store.js';
import type { PreviousWaveChoice } from './use-previous-wave.js';

/** How long the panel waits after the last change before saving the draft. */
const SAVE_DELAY_MS = 400;

/**
 * The draft's life in the host's storage (Miro's app storage, FigJam's `clientStorage`): read once
 * when the panel opens (the placed waves with it, for "Keep the previous wave"), then saved a moment
 * after each change, the placed waves in the same slot so no new host call is needed. A storage that
 * refuses the waves (Miro documents no size limit for app storage) keeps the draft at least.
 *
 * @example useDraftStorage(host, draft, setDraft, wave)
 */
export function useDraftStorage(host: PanelHost, draft: PanelDraft | null, setDraft: Dispatch<StateUpdater<PanelDraft | null>>, wave: Pick<PreviousWaveChoice, 'load' | 'waves'>): void {
  useEffect(() => {
    let live = true;
    host
      .loadDraft()
      .then((stored) => {
        if (!live) return;
        setDraft(parseDraft(stored, host.locale));
        wave.load(stored);
      })
      .catch(() => live && setDraft(defaultDraft(host.locale)));
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => {
    if (!draft) return undefined;
    const save = () =>
      host
        .saveDraft(withPlacedWaves(draft, wave.waves))
        .catch(() => (wave.waves.length > 0 ? host.saveDraft(draft) : undefined))
        .catch(() => undefined);
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, draft, wave.waves]);
}
