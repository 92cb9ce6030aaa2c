/**
 * The live preview. The SVG comes from `renderSvg`, our own renderer, which escapes every text from
 * the data: it is safe markup, unlike anything read from a file, which the panel only ever renders
 * as Preact text.
 */
export function MapPreview({ svg, label }: { svg: string; label: string }) {
  return <div class="pc-preview" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
