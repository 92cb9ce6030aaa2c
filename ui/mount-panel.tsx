import { render } from 'preact';
import { installPanelCss } from './install-panel-css.js';
import { Panel, type PanelProps } from './panel.js';
import type { PanelHost } from './panel-host.js';

/**
 * Mounts the panel with its styles into `element` (the FigJam plugin iframe's body, the Miro panel,
 * the playground's sidebar), optionally opening a file at once or importing large files in a worker
 * (`createImportWorker`). Returns a function that unmounts it.
 *
 * @example const unmount = mountPanel(document.getElementById('app')!, host, { createImportWorker })
 */
export function mountPanel(element: HTMLElement, host: PanelHost, extras: Omit<PanelProps, 'host'> = {}): () => void {
  installPanelCss(element.ownerDocument);
  render(<Panel host={host} {...extras} />, element);
  return () => render(null, element);
}
