import type { Journey, Persona } from '../model/journey.js';
import { fittedTextPrimitive } from './fitted-text-primitive.js';
import { keyPart } from './layout-key.js';
import type { LayoutLabels } from './layout-labels.js';
import { textLineHeight, textLines, type LayoutMetrics } from './layout-metrics.js';
import type { Primitive, TextPrimitive } from './primitive.js';
import { personaSlots } from './persona-slots.js';
import { safeColor } from './safe-color.js';

/** The persona band: its primitives and the size it takes. */
export interface PersonaPanel {
  primitives: Primitive[];
  w: number;
  h: number;
}

/** True when a persona has more to say than its name. */
export function personaHasContent(persona: Persona): boolean {
  return (
    (persona.description?.trim() ?? '') !== '' ||
    persona.goals.length > 0 ||
    persona.motivations.length > 0 ||
    persona.frustrations.length > 0
  );
}

/**
 * True when some persona would show nowhere on the map without the band: named, yet no card or
 * emotion is theirs (the persona a designer types in the blank template). An imported segment
 * shows through its curve and cards, so its name alone does not call for the band.
 */
export function hasUnseenPersona(journey: Journey): boolean {
  const seen = new Set<string>();
  for (const emotion of journey.emotions) if (emotion.personaId !== undefined) seen.add(emotion.personaId);
  for (const card of journey.cards) {
    if (card.personaId !== undefined) seen.add(card.personaId);
    for (const id of card.personaIds ?? []) seen.add(id);
  }
  return journey.personas.some((persona) => !seen.has(persona.id));
}

/**
 * The persona summary band: one box per persona, side by side and wrapping past `rowWidth`, each
 * with the name (in the persona's colour) and description, then its goals, motivations and
 * frustrations as bullet lists. Empty when no persona has more than a name, unless one would show
 * nowhere else (`hasUnseenPersona`).
 *
 * @example personaPanel(journey, 32, 120, 1800, metrics, labels).primitives[0].key // 'persona:p-claire'
 */
export function personaPanel(
  journey: Journey,
  x: number,
  y: number,
  rowWidth: number,
  metrics: LayoutMetrics,
  labels: LayoutLabels,
): PersonaPanel {
  if (!journey.personas.some(personaHasContent) && !hasUnseenPersona(journey)) return { primitives: [], w: 0, h: 0 };
  const { pad, gap } = metrics;
  const primitives: Primitive[] = [];
  let cursorX = x;
  let rowTop = y;
  let rowHeight = 0;
  let width = 0;
  const slots = personaSlots(journey.personas);
  journey.personas.forEach((persona, index) => {
    const box = personaBox(persona, slots.get(persona.id) ?? index, metrics, labels);
    if (cursorX > x && cursorX + box.w > x + rowWidth) {
      cursorX = x;
      rowTop += rowHeight + gap;
      rowHeight = 0;
    }
    const key = `persona:${keyPart(persona.id)}`;
    primitives.push({
      kind: 'shape',
      shape: 'round_rectangle',
      key,
      box: { x: cursorX, y: rowTop, w: box.w, h: box.h },
      style: 'persona',
      text: '',
      ref: { personaId: persona.id },
    });
    for (const text of box.texts) {
      primitives.push({ ...text, box: { ...text.box, x: text.box.x + cursorX + pad, y: text.box.y + rowTop + pad } });
    }
    width = Math.max(width, cursorX + box.w - x);
    cursorX += box.w + gap;
    rowHeight = Math.max(rowHeight, box.h);
  });
  return { primitives, w: width, h: rowTop + rowHeight - y };
}

/** One persona's box size and its texts, positioned relative to the box's padded corner. */
function personaBox(
  persona: Persona,
  slot: number,
  metrics: LayoutMetrics,
  labels: LayoutLabels,
): { w: number; h: number; texts: TextPrimitive[] } {
  const { pad, gap, smallFont, headerFont } = metrics;
  const columnW = Math.round(metrics.sticky.w * 1.1);
  const key = `persona:${keyPart(persona.id)}`;
  const ref = { personaId: persona.id };
  const texts: TextPrimitive[] = [];
  const add = (suffix: string, x: number, y: number, text: string, fontSize: number, maxLines: number, bold: boolean, style: TextPrimitive['style'], color?: string) => {
    const primitive = fittedTextPrimitive({ key: `${key}:${suffix}`, text, x, y, width: columnW, maxLines: textLines(metrics, maxLines), fontSize, style, bold, ref, lineHeight: textLineHeight(metrics, fontSize), ...(color !== undefined && { color }) });
    texts.push(primitive);
    return y + primitive.box.h;
  };

  let nameBottom = add('name', 0, 0, persona.name, headerFont, 2, true, `persona${slot}`, safeColor(persona.color));
  const description = persona.description?.trim() ?? '';
  if (description !== '') nameBottom = add('description', 0, nameBottom + Math.round(gap / 2), description, smallFont, 6, false, 'persona');
  let contentH = nameBottom;
  let column = 1;
  const sections = [
    ['goals', labels.goals, persona.goals],
    ['motivations', labels.motivations, persona.motivations],
    ['frustrations', labels.frustrations, persona.frustrations],
  ] as const;
  for (const [suffix, heading, items] of sections) {
    const lines = items.map((item) => item.trim()).filter((item) => item !== '');
    if (lines.length === 0) continue;
    const columnX = column * (columnW + gap);
    const headingBottom = add(`${suffix}:title`, columnX, 0, heading, smallFont, 1, true, 'legend');
    contentH = Math.max(contentH, add(suffix, columnX, headingBottom + 4, lines.map((line) => `• ${line}`).join('\n'), smallFont, 8, false, 'persona'));
    column++;
  }
  return { w: 2 * pad + column * columnW + (column - 1) * gap, h: 2 * pad + contentH, texts };
}
