import { exportJourney, layoutJourney, renderHtml, renderSvg, type Journey, type LayoutOptions } from '../../core/src/index.js';
import type { MapExportFormat } from '../panel-kit-strings.js';

/** The formats the panel exports, in the order it offers them. */
export const MAP_EXPORT_FORMATS: readonly MapExportFormat[] = ['svg', 'html', 'csv', 'mermaid', 'json'];

/** One exported file: its name, its media type and its text. */
export interface MapExport {
  name: string;
  type: string;
  text: string;
}

const FILES: Record<MapExportFormat, { extension: string; type: string }> = {
  svg: { extension: 'svg', type: 'image/svg+xml' },
  html: { extension: 'html', type: 'text/html;charset=utf-8' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  mermaid: { extension: 'mmd', type: 'text/plain;charset=utf-8' },
  json: { extension: 'json', type: 'application/json' },
};

/**
 * The current map as a file, made by core as the CLI makes it: the SVG picture (`renderSvg`) and
 * the HTML report (`renderHtml`) of the map laid out as a picture with the panel's options (lanes
 * shown, palette, quotes, focus), or the journey itself as a wide CSV, a Mermaid diagram or JSON
 * (`exportJourney`: every card, whatever the map leaves out). Named after the map's title.
 *
 * @example mapExport('svg', journey, layoutOptionsFor(journey, draft.options)).name // 'customer-journey.svg'
 */
export function mapExport(format: MapExportFormat, journey: Journey, pictureOptions: LayoutOptions): MapExport {
  const { extension, type } = FILES[format];
  const name = `${fileStem(journey.title)}.${extension}`;
  switch (format) {
    case 'svg':
      return { name, type, text: renderSvg(layoutJourney(journey, pictureOptions)) };
    case 'html':
      return { name, type, text: renderHtml(journey, layoutJourney(journey, pictureOptions)) };
    default:
      return { name, type, text: exportJourney(journey, format) };
  }
}

/**
 * A file name from a map title: accents dropped, lower case, words joined by `-`, at most 60
 * characters; `parcours` when nothing is left.
 *
 * @example fileStem('Parcours « Résiliation » 2025') // 'parcours-resiliation-2025'
 */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'parcours' : stem;
}
