// The plugin's main thread: the one file that touches the global `figma`. Everything else takes
// the host as a parameter, so it runs against the fake in tests.
import { handlePanelMessages, PANEL_SIZE } from './handle-panel-message.js';

figma.showUI(__html__, { ...PANEL_SIZE, title: 'Parcours', themeColors: true });
figma.ui.onmessage = handlePanelMessages(figma);
