/**
 * Copies `text` to the clipboard from a button's click: the asynchronous Clipboard API first, then
 * `document.execCommand('copy')` on a hidden text area, because a host's panel iframe may not be
 * granted `clipboard-write` (Figma's plugin iframe is not; Miro's depends on the browser). Resolves
 * `false` when neither copied: the caller then lets the user copy by hand.
 *
 * @example if (!(await copyText(report.text, document))) selectReport()
 */
export async function copyText(text: string, document: Document): Promise<boolean> {
  try {
    const clipboard = document.defaultView?.navigator.clipboard;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused by the permissions policy or the browser: try the older way.
  }
  const focused = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  try {
    area.select();
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    // Selecting the text area took the focus: give it back to the button pressed.
    if (focused && 'focus' in focused && typeof focused.focus === 'function') (focused as HTMLElement).focus();
  }
}
