/**
 * Hands `text` to the browser as a file named `name`: an `<a download>` on a Blob URL, clicked,
 * then the URL revoked once the browser has taken it. Works in Miro's panel and the playground;
 * in FigJam's plugin iframe Figma documents no download rule (https://developers.figma.com/docs/plugins/creating-ui
 * is silent), so the panel offers Copy beside every download.
 *
 * @example downloadText('map.svg', svg, 'image/svg+xml', document)
 */
export function downloadText(name: string, text: string, type: string, document: Document): void {
  const view = document.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later turn: revoking at once can cancel the download in some browsers.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}
