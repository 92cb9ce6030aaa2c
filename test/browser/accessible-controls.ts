import type { Page } from 'playwright-core';

/** Roles a user operates: each needs a name a screen reader can say. */
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'listbox',
  'menuitem',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'link',
]);

/** One control as Chromium's accessibility tree exposes it. */
export interface AccessibleControl {
  role: string;
  /** The accessible name Chromium computed (labels, aria-label, content…). */
  name: string;
  /** The start of its HTML, to find it when its name is missing. */
  html: string;
}

interface AXNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  backendDOMNodeId?: number;
}

/**
 * Every control on the page, with the accessible name Chromium computed for it, read from the
 * browser's own accessibility tree (CDP `Accessibility.getFullAXTree`): what assistive technology
 * gets, not a guess from attributes.
 *
 * @example expect((await accessibleControls(page)).filter((control) => control.name === '')).toEqual([])
 */
export async function accessibleControls(page: Page): Promise<AccessibleControl[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
    const controls: AccessibleControl[] = [];
    for (const node of nodes) {
      const role = String(node.role?.value ?? '');
      if (node.ignored || !CONTROL_ROLES.has(role)) continue;
      const name = String(node.name?.value ?? '').trim();
      let html = '';
      if (node.backendDOMNodeId !== undefined) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
        if (object.objectId) {
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: 'function () { return (this.outerHTML || "").slice(0, 160); }',
            returnByValue: true,
          });
          html = String(result.value ?? '');
        }
      }
      controls.push({ role, name, html });
    }
    return controls;
  } finally {
    await cdp.detach();
  }
}
