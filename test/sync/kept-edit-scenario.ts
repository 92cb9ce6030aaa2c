/**
 * The "kept hand edit" journey of issue 14, shared by the Miro and FigJam end-to-end tests: the
 * French wide CSV of `samples/` placed, one pain-point sticky edited by hand on the board, then the
 * same file re-imported after the team reworded that very card. Card ids come from their text, so
 * the reworded card is a new card, laid out in the slot the edited sticky holds.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { decodeText, encodeText, importJourney, type Box, type Journey, type LayoutOptions } from '../../core/src/index.js';
import { boxesOverlap } from '../../core/src/layout/box-index.js';
import { FIGJAM_BOARD } from '../../figma-plugin/src/figjam-board.js';
import { MIRO_BOARD } from '../../miro-app/src/miro-board-metrics.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';

const SAMPLE = new URL('../../samples/parcours-fr.csv', import.meta.url);

/** The pain point edited by hand (stage Considération, lane Difficultés) and its two later versions. */
export const PAIN = {
  placed: 'Grille tarifaire illisible',
  editedByHand: 'Grille tarifaire illisible (vu en atelier)',
  reworded: 'Grille tarifaire difficile à lire',
} as const;

/** The file's bytes, as shipped (Windows-1252, `;`), optionally with one text replaced. */
export function sampleBytes(replace?: { from: string; to: string }): Uint8Array {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  if (!replace) return bytes;
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.problem.message);
  expect(decoded.text).toContain(replace.from);
  return encodeText(decoded.text.replace(replace.from, replace.to), decoded.encoding);
}

export function importSample(bytes: Uint8Array): Journey {
  const result = importJourney(bytes, { filename: 'parcours-fr.csv' });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.journey;
}

/** The file before and after the team's rewording, and the key of the pain point's card in each. */
export function keptEditScenario() {
  const before = importSample(sampleBytes());
  const after = importSample(sampleBytes({ from: PAIN.placed, to: PAIN.reworded }));
  const keyOf = (journey: Journey, text: string) => `card:${journey.cards.find((card) => card.text === text)!.id}`;
  return { before, after, placedKey: keyOf(before, PAIN.placed), rewordedKey: keyOf(after, PAIN.reworded) };
}

/**
 * The layout options each panel gives this file with its default draft, at the host's real item
 * sizes (`layoutOptionsFor`): on Miro the large size of its 199 × 228 sticky note, with Miro's line
 * height for texts; on FigJam its fixed 240 × 240 stickies, which grow with their text.
 */
export const MIRO_OPTIONS: LayoutOptions = panelOptions({ board: MIRO_BOARD });
export const FIGJAM_OPTIONS: LayoutOptions = panelOptions(FIGJAM_BOARD);

function panelOptions(host: Pick<PanelHost, 'fixedStickySize' | 'board'>): LayoutOptions {
  return layoutOptionsFor(importSample(sampleBytes()), defaultDraft('fr').options, host);
}

/** The boxes among `boxes` that share area with `kept`, by name. */
export function overlapping(kept: Box, boxes: readonly { name: string; box: Box }[]): string[] {
  return boxes.filter(({ box }) => boxesOverlap(box, kept)).map(({ name }) => name);
}

/** Whether two boxes are neighbouring slots of a grid: apart by at most `gap` both ways, not overlapping. */
export function besideEachOther(a: Box, b: Box, gap: number): boolean {
  const dx = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
  const dy = Math.max(b.y - (a.y + a.h), a.y - (b.y + b.h));
  return !boxesOverlap(a, b) && dx <= gap && dy <= gap;
}
