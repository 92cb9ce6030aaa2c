import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { Journey } from '../../core/src/model/journey.js';
import { FIGJAM_BOARD } from '../../figma-plugin/src/figjam-board.js';
import { MIRO_BOARD } from '../../miro-app/src/miro-board-metrics.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { contains, forbiddenOverlaps } from './allowed-overlap.js';
import { boxesOnFigJamFake, boxesOnMiroFake } from './host-boxes.js';

const SAMPLES = join(import.meta.dirname, '../../samples');
const FIXTURES = join(import.meta.dirname, '../fixtures/adversarial');
const inputs = (dir: string) => readdirSync(dir).filter((file) => /\.(csv|json|mmd)$/.test(file)).sort().map((file) => join(dir, file));
/** The samples, and the adversarial fixtures that import (the others are refused before any layout). */
const files = [...inputs(SAMPLES), ...inputs(FIXTURES).filter((path) => importJourney(new Uint8Array(readFileSync(path)), { filename: basename(path) }).ok)];

/** What each host tells the panel about its stickies, as its panel host does. */
const MIRO: Pick<PanelHost, 'board'> = { board: MIRO_BOARD };
const FIGJAM: Pick<PanelHost, 'fixedStickySize' | 'board'> = FIGJAM_BOARD;

function sample(path: string): Journey {
  const result = importJourney(new Uint8Array(readFileSync(path)), { filename: basename(path) });
  if (!result.ok) throw new Error(`${basename(path)}: ${result.problems.map((problem) => problem.message).join('; ')}`);
  return result.journey;
}

const cases = files.flatMap((path) => [
  ...(['small', 'medium', 'large'] as const).map((size) => ({ path, file: basename(path), host: 'miro' as const, size })),
  { path, file: basename(path), host: 'figjam' as const, size: 'large' as const },
]);

describe('every sample and fixture on each host fake, at the host’s real item sizes', () => {
  it('has samples and fixtures', () => {
    expect(files.filter((path) => path.startsWith(SAMPLES)).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((path) => path.startsWith(FIXTURES)).length).toBeGreaterThan(0);
  });

  it.each(cases)('$file on $host ($size): nothing overlaps, all inside the frame, every card shows its data text', async ({ path, host, size }) => {
    const journey = sample(path);
    const options = { ...defaultDraft(journey.locale).options, stickySize: size };
    const layout = layoutJourney(journey, layoutOptionsFor(journey, options, host === 'miro' ? MIRO : FIGJAM));
    const { primitives, texts } = host === 'miro' ? await boxesOnMiroFake(layout) : await boxesOnFigJamFake(layout);

    expect(forbiddenOverlaps(primitives)).toEqual([]);
    for (const primitive of primitives) expect(contains(layout.bounds, primitive.box), primitive.key).toBe(true);
    const cards = new Map(journey.cards.map((card) => [`card:${card.id}`, card]));
    let checked = 0;
    for (const primitive of layout.primitives) {
      const card = cards.get(primitive.key);
      if (!card) continue;
      checked++;
      expect(shownText(texts.get(primitive.key) ?? '', host, primitive), primitive.key).toBe(card.text.replace(/\r\n?/g, '\n'));
    }
    if (journey.cards.length > 0) expect(checked).toBeGreaterThan(0);
  });
});

/**
 * The data text an item shows, host escaping aside: Miro's HTML paragraphs read back as lines, the
 * `×N` line a sticky adds and the badge line a FigJam card starts with taken off.
 */
function shownText(stored: string, host: 'miro' | 'figjam', primitive: { kind: string; count?: number; badge?: string }): string {
  let text = host === 'miro' ? decodeMiroHtml(stored) : stored;
  if (primitive.kind === 'sticky' && primitive.count !== undefined) text = text.slice(0, -`\n×${primitive.count}`.length);
  if (primitive.kind === 'card' && host === 'figjam' && primitive.badge !== undefined) text = text.slice(`${primitive.badge}\n`.length);
  return text;
}

/** Miro's content as a reader sees it, decoded here independently of the adapter's own reader. */
function decodeMiroHtml(html: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return html
    .replace(/^<p>|<\/p>$/g, '')
    .split('</p><p>')
    .map((line) => line.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity))
    .join('\n');
}
