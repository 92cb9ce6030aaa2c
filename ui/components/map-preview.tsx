import type { Layout } from '../../core/src/index.js';
import { cardAt } from '../state/card-evidence.js';

interface Props {
  svg: string;
  label: string;
  /** With a layout, a click on a card picks it (`onPick` gets its id, or `undefined` off any card). */
  layout?: Layout;
  onPick?: (cardId: string | undefined) => void;
}

/**
 * The live preview. The SVG comes from `renderSvg`, our own renderer, which escapes every text from
 * the data: it is safe markup, unlike anything read from a file, which the panel only ever renders
 * as Preact text. One short name (the map's title) rather than every text inside the SVG: those
 * are in the map as a table (`MapTableView`). The preview scrolls, so it takes the focus, and a
 * keyboard can scroll it. A click is mapped back to layout coordinates through the SVG's own
 * transform, so the picked card is the one under the pointer at any zoom.
 */
export function MapPreview({ svg, label, layout, onPick }: Props) {
  const pick = (event: MouseEvent) => {
    if (!layout || !onPick) return;
    const root = (event.currentTarget as HTMLElement).querySelector('svg');
    const matrix = root?.getScreenCTM();
    if (!root || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    onPick(cardAt(layout, { x: point.x, y: point.y }));
  };
  return <div class="pc-preview" role="img" aria-label={label} tabIndex={0} onClick={pick} dangerouslySetInnerHTML={{ __html: svg }} />;
}
