import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { exportJourney, layoutJourney, renderHtml, renderSvg, type Journey, type LayoutOptions } from '../../core/src/index.js';
import type { CliIo } from './cli-io.js';

/** Output extensions and what each writes. */
const OUTPUTS = {
  '.json': 'json',
  '.mmd': 'mermaid',
  '.mermaid': 'mermaid',
  '.csv': 'csv',
  '.svg': 'svg',
  '.html': 'html',
  '.htm': 'html',
} as const;

export type OutputKind = (typeof OUTPUTS)[keyof typeof OUTPUTS];

/**
 * The kind of file an output path asks for, from its extension, or `undefined` when unknown.
 *
 * @example outputKind('map.SVG') // 'svg'
 */
export function outputKind(path: string): OutputKind | undefined {
  const extension = extname(path).toLowerCase();
  return Object.hasOwn(OUTPUTS, extension) ? OUTPUTS[extension as keyof typeof OUTPUTS] : undefined;
}

/**
 * Writes a journey in the format its path asks for (creating the folder): an export, or a layout
 * rendered as SVG or HTML. CSV gets a UTF-8 byte order mark so Excel reads its accents right.
 *
 * @example await writeJourneyFile(journey, 'out/day.svg', 'svg', {}, io)
 */
export async function writeJourneyFile(
  journey: Journey,
  file: string,
  kind: OutputKind,
  layoutOptions: LayoutOptions,
  io: CliIo,
): Promise<void> {
  const path = resolve(io.cwd, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contentFor(journey, kind, layoutOptions), 'utf8');
}

function contentFor(journey: Journey, kind: OutputKind, layoutOptions: LayoutOptions): string {
  switch (kind) {
    case 'json':
    case 'mermaid':
      return exportJourney(journey, kind);
    case 'csv':
      return `\uFEFF${exportJourney(journey, 'csv')}`;
    case 'svg':
      return renderSvg(layoutJourney(journey, layoutOptions));
    case 'html':
      return renderHtml(journey, layoutJourney(journey, layoutOptions), layoutOptions.minEvidence !== undefined ? { minEvidence: layoutOptions.minEvidence } : {});
  }
}
