/**
 * The Miro panel entry (`app.html`): mounts the shared Parcours panel, with its styles, and a
 * Miro host. Like `index.ts`, it is the only place reading the global `miro`; the host gets
 * `miro.board`.
 */
import { mountPanel } from '../../ui/mount-panel.js';
import { createMiroPanelHost, panelLocale } from './miro-panel-host.js';

async function start(root: HTMLElement): Promise<void> {
  const [info, user] = await Promise.all([miro.board.getInfo(), miro.board.getUserInfo()]);
  mountPanel(root, createMiroPanelHost(miro.board, { locale: panelLocale(info.locale), userId: user.id }));
}

const root = document.getElementById('app');
if (root) {
  start(root).catch((error: unknown) => {
    root.textContent = `Parcours could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
