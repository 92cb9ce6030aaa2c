import { createFigJamPanelHost, type PanelChannel } from '../../figma-plugin/src/figjam-panel-host.js';
import { handlePanelMessages } from '../../figma-plugin/src/handle-panel-message.js';
import { FakeFigma } from '../fakes/figma-fake.js';

/**
 * The panel's host and the plugin's main thread wired as in FigJam: every message cloned on its way
 * in either direction (postMessage's structured clone) and validated by the handler, the main
 * thread's answers delivered to every listener of the panel's channel.
 *
 * @example const { figma, host } = wiredFigJamHost('fr'); render(<Panel host={host} />, root)
 */
export function wiredFigJamHost(locale: 'fr' | 'en'): { figma: FakeFigma; host: ReturnType<typeof createFigJamPanelHost> } {
  const figma = new FakeFigma();
  const handle = handlePanelMessages(figma);
  const listeners = new Set<(raw: unknown) => void>();
  const channel: PanelChannel = {
    post: (message) => void handle(structuredClone(message)),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const deliver = figma.ui.postMessage;
  figma.ui.postMessage = (message: unknown) => {
    deliver(message);
    for (const posted of figma.posted.splice(0)) for (const listener of listeners) listener(structuredClone(posted));
  };
  return { figma, host: createFigJamPanelHost(channel, locale) };
}
