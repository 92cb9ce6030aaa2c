// The plugin's panel (the UI iframe): the shared Preact panel, talking to the main thread by
// messages. `parent.postMessage({ pluginMessage })` is how a FigJam plugin UI writes to its main thread.
// The same script, started as a worker from its own inlined text, imports large files off the UI
// thread: ui.html stays one file and core is shipped once.
import { isWorkerScope } from '../../ui/is-worker-scope.js';
import { mountPanel } from '../../ui/mount-panel.js';
import { serveImports, type ImportWorkerScope } from '../../ui/serve-imports.js';
import { createFigJamPanelHost, type PanelChannel } from './figjam-panel-host.js';

function startPanel(): void {
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
  // The inlined script's own text, read now: `currentScript` is only set while it first runs.
  const ownText = document.currentScript?.textContent ?? '';
  let workerUrl: string | undefined;
  const createImportWorker = () => {
    if (!ownText) throw new Error('the panel script text is not available');
    workerUrl ??= URL.createObjectURL(new Blob([ownText], { type: 'text/javascript' }));
    return new Worker(workerUrl);
  };
  // FigJam does not tell plugins its UI language; the browser's is the best guess, and the panel can switch.
  const locale = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const root = document.getElementById('app') ?? document.body;
  mountPanel(root, createFigJamPanelHost(channel, locale), { createImportWorker });
}

if (isWorkerScope()) serveImports(self as unknown as ImportWorkerScope);
else startPanel();
