import type { Journey } from '../model/journey.js';
import { personaSlots } from '../layout/persona-slots.js';
import { safeColor } from '../layout/safe-color.js';
import { escapeXml } from './escape-xml.js';
import type { RenderLabels } from './render-labels.js';

/**
 * The personas section of the report: one card per persona with its description, goals,
 * motivations and frustrations; empty when the journey has no persona.
 *
 * @example htmlPersonas(journey, renderLabels('en')) // '<h2>Personas</h2><div class="personas">…</div>'
 */
export function htmlPersonas(journey: Journey, labels: RenderLabels): string {
  if (journey.personas.length === 0) return '';
  const slots = personaSlots(journey.personas);
  const cards = journey.personas.map((persona, index) => {
    const slot = slots.get(persona.id) ?? index;
    const list = (title: string, items: readonly string[]) =>
      items.length === 0 ? '' : `<h4>${escapeXml(title)}</h4><ul>${items.map((item) => `<li>${escapeXml(item)}</li>`).join('')}</ul>`;
    return (
      `<article class="persona"><h3 class="p${slot}"${colorStyle('color', persona.color)}><span class="dot d${slot}"${colorStyle('background', persona.color)}></span>${escapeXml(persona.name)}</h3>` +
      (persona.description ? `<p>${escapeXml(persona.description)}</p>` : '') +
      list(labels.goals, persona.goals) +
      list(labels.motivations, persona.motivations) +
      list(labels.frustrations, persona.frustrations) +
      '</article>'
    );
  });
  return `<h2>${escapeXml(labels.personas)}</h2><div class="personas">${cards.join('')}</div>`;
}

/** An inline style giving a persona's own colour to a property, or nothing when it has none. */
function colorStyle(property: 'color' | 'background', value: string | undefined): string {
  const color = safeColor(value);
  return color === undefined ? '' : ` style="${property}:${color}"`;
}
