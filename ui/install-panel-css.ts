import { PANEL_CSS } from './panel-css.js';

/**
 * Adds the panel's stylesheet to a document once, for hosts that render `<Panel>` themselves
 * (the playground puts it in its own Preact tree) as well as for `mountPanel`.
 *
 * @example installPanelCss(document); render(<Panel host={host} />, root);
 */
export function installPanelCss(document: Document): void {
  if (document.getElementById('parcours-panel-css')) return;
  const style = document.createElement('style');
  style.id = 'parcours-panel-css';
  style.textContent = PANEL_CSS;
  document.head.append(style);
}
