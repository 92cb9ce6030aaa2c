/**
 * The Miro panel entry (`app.html`): mounts the shared Parcours panel, with its styles, and a
 * Miro host. Like `index.ts`, it is the only place reading the global `miro`; the host gets
 * `miro.board`. Started as a module worker (its own URL), the same bundle imports large files off
 * the UI thread instead.
 */
import { isWorkerScope } from '../../ui/is-worker-scope.js';
import { mountPanel } from '../../ui/mount-panel.js';
import { serveImports, type ImportWorkerScope } from '../../ui/serve-imports.js';
import { createMiroPanelHost, panelLocale } from './miro-panel-host.js';

async function start(root: HTMLElement): Promise<void> {
  const [info, user] = await Promise.all([miro.board.getInfo(), miro.board.getUserInfo()]);
  const createImportWorker = () => new Worker(new URL(import.meta.url), { type: 'module' });
  mountPanel(root, createMiroPanelHost(miro.board, { locale: panelLocale(info.locale), userId: user.id }), { createImportWorker });
}

if (isWorkerScope()) serveImports(self as unknown as ImportWorkerScope);
else {
  const root = document.getElementById('app');
  if (root) {
    start(root).catch((error: unknown) => {
      root.textContent = `Parcours could not start: ${error instanceof Error ? error.message : String(error)}`;
    });
  }
}
