// The plugin's panel (the UI iframe): the shared Preact panel, talking to the main thread by
// messages. `parent.postMessage({ pluginMessage })` is how a FigJam plugin UI writes to its main thread.
import { mountPanel } from '../../ui/mount-panel.js';
import { createFigJamPanelHost, type PanelChannel } from './figjam-panel-host.js';

const channel: PanelChannel = {
  post: (message) => parent.postMessage({ pluginMessage: message }, '*'),
  listen: (handler) => {
    const onMessage = (event: MessageEvent) => {
      if (typeof event.data === 'object' && event.data !== null && 'pluginMessage' in event.data) handler(event.data.pluginMessage);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  },
};

// FigJam does not tell plugins its UI language; the browser's is the best guess, and the panel can switch.
const locale = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
const root = document.getElementById('app') ?? document.body;
mountPanel(root, createFigJamPanelHost(channel, locale));
