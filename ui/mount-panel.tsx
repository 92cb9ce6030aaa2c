import { render } from 'preact';
import { installPanelCss } from './install-panel-css.js';
import { Panel, type InitialFile } from './panel.js';
import type { PanelHost } from './panel-host.js';

/**
 * Mounts the panel with its styles into `element` (the FigJam plugin iframe's body, the Miro panel,
 * the playground's sidebar), optionally opening a file at once. Returns a function that unmounts it.
 *
 * @example const unmount = mountPanel(document.getElementById('app')!, host)
 */
export function mountPanel(element: HTMLElement, host: PanelHost, initialFile?: InitialFile): () => void {
  installPanelCss(element.ownerDocument);
  render(<Panel host={host} {...(initialFile ? { initialFile } : {})} />, element);
  return () => render(null, element);
}
