import { answerInTime, hostErrorSaid, say, type CancelSignal, type Problem } from '../../core/src/index.js';
import type { FigJamApi } from './figjam-api.js';
import type { FigJamSyncPlan } from './plan-figjam-sync.js';

/** The fonts every node we write uses; loaded once per placement, before anything is written. */
export const FIGJAM_FONTS = {
  regular: { family: 'Inter', style: 'Medium' },
  bold: { family: 'Inter', style: 'Bold' },
} as const satisfies Record<string, FontName>;

/** How long an awaited host call (a font load) may take before the placement gives up on it. */
export const FIGJAM_CALL_TIMEOUT_MS = 30_000;

/**
 * Loads every font the writes need (ours, and the font of each text a user restyled that the plan
 * updates), each within `timeoutMs`; an abort ends the wait at once. Returns what failed.
 *
 * @example await loadFigJamFonts(figma, sync, FIGJAM_CALL_TIMEOUT_MS) // [] once Inter is loaded
 */
export async function loadFigJamFonts(figma: FigJamApi, { plan, placed }: FigJamSyncPlan, timeoutMs: number, signal?: CancelSignal): Promise<Problem[]> {
  const fonts = new Map<string, FontName>();
  const add = (font: FontName | symbol) => {
    if (typeof font !== 'symbol') fonts.set(`${font.family}\u001f${font.style}`, font);
  };
  add(FIGJAM_FONTS.regular);
  add(FIGJAM_FONTS.bold);
  // Text a user restyled keeps its font: changing its characters needs that font loaded too.
  for (const { record } of plan.update) {
    const node = placed.nodes.get(record.hostId);
    if (node?.type === 'TEXT') add(node.fontName);
    else if (node?.type === 'STICKY' || node?.type === 'SHAPE_WITH_TEXT' || node?.type === 'CONNECTOR') add(node.text.fontName);
  }
  const results = await Promise.allSettled([...fonts.values()].map((font) => answerInTime(() => figma.loadFontAsync(font), { ms: timeoutMs, host: 'FigJam' }, signal)));
  const problems: Problem[] = [];
  [...fonts.values()].forEach((font, index) => {
    const result = results[index];
    if (result?.status === 'rejected') problems.push(say('figjam.fontFailed', { family: font.family, style: font.style, error: hostErrorSaid(result.reason) }));
  });
  return problems;
}
