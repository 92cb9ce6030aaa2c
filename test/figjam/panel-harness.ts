/**
 * A stand-in for FigJam in a browser page: the plugin's real main-thread handler runs against the
 * fake host, and talks to the real `ui.html` in an iframe exactly as FigJam does (the panel posts
 * `{ pluginMessage }` to its parent; answers come back as `{ pluginMessage }`). Used to render the
 * panel for the README screenshot; bundled by `panel-screenshot.ts`.
 */
import { handlePanelMessages } from '../../figma-plugin/src/handle-panel-message.js';
import { FakeFigma } from '../fakes/figma-fake.js';

const figma = new FakeFigma();
const frame = document.querySelector('iframe');
if (!frame?.contentWindow) throw new Error('the harness page needs the panel iframe');
const panel = frame.contentWindow;
const handle = handlePanelMessages(figma);

const deliver = figma.ui.postMessage;
figma.ui.postMessage = (message: unknown) => {
  deliver(message);
  for (const posted of figma.posted.splice(0)) panel.postMessage({ pluginMessage: posted }, '*');
};

window.addEventListener('message', (event) => {
  if (event.source !== panel || typeof event.data !== 'object' || event.data === null || !('pluginMessage' in event.data)) return;
  void handle((event.data as { pluginMessage: unknown }).pluginMessage);
});

Object.assign(window, { fakeFigma: figma });
