import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import { createPlaygroundHost } from '../../playground/src/playground-host.js';
import { createSimulatedBoard } from '../../playground/src/simulated-board.js';
import type { Layout } from '../../core/src/index.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { memoryStorage } from '../browser/memory-storage.js';
import { wiredFigJamHost } from '../figjam/wired-figjam-host.js';
import { createMiroFake } from '../fakes/miro-fake.js';

/** A panel host over a fake board, and the layouts it was asked to preview, as that host draws them. */
export interface HostOnFake {
  host: PanelHost;
  previewed: Layout[];
}

const quick = { pacing: { maxInFlight: 8 }, retry: { baseMs: 1, maxMs: 2 } };

/** The layouts a host draws: Miro and the playground expand curves into points and connectors. */
function recording(host: PanelHost, drawn: (layout: Layout) => Layout): HostOnFake {
  const previewed: Layout[] = [];
  return {
    previewed,
    host: {
      ...host,
      preview: (layout) => {
        previewed.push(drawn(layout));
        return host.preview(layout);
      },
    },
  };
}

/** The three hosts of the panel, each over its fake board, in French. */
export const HOSTS_ON_FAKES: Record<'miro' | 'figjam' | 'playground', () => HostOnFake> = {
  miro: () => recording(createMiroPanelHost(createMiroFake().board, { locale: 'fr', userId: 'u1', place: quick }), expandForMiro),
  // The panel's host and the plugin's main thread wired as in FigJam: every message cloned and validated.
  figjam: () => recording(wiredFigJamHost('fr').host, (layout) => layout),
  playground: () => recording(createPlaygroundHost(createSimulatedBoard(), { locale: 'fr', storage: memoryStorage() }), expandForMiro),
};
