/**
 * The live preview. The SVG comes from `renderSvg`, our own renderer, which escapes every text from
 * the data: it is safe markup, unlike anything read from a file, which the panel only ever renders
 * as Preact text. One short name (the map's title) rather than every text inside the SVG: those
 * are in the map as a table (`MapTableView`). The preview scrolls, so it takes the focus, and a
 * keyboard can scroll it.
 */
export function MapPreview({ svg, label }: { svg: string; label: string }) {
  return <div class="pc-preview" role="img" aria-label={label} tabIndex={0} dangerouslySetInnerHTML={{ __html: svg }} />;
}
