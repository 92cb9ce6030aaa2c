import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personaSlots, HASHED_SLOTS, OVERALL_SLOT } from '../../core/src/layout/persona-slots.js';
import { paletteColors } from '../../core/src/render/palette.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { renderHtml } from '../../core/src/render/render-html.js';
import { journeyWith } from './journey-builder.js';

const persona = (id: string, name: string) => ({ id, name, goals: [], motivations: [], frustrations: [] });

// FNV-1a (32-bit) of the normalised name, mod 6, worked out by hand for these names:
// "ana" 3, "bo" 2, "claire" 1, "commuter" 3, "tourist" 3, "me" 5, "cat" 5, "marc" 2, "sophie" 5.
describe('personaSlots', () => {
  it('gives each persona the slot its name hashes to, whatever the row order', () => {
    const slots = personaSlots([persona('a', 'Ana'), persona('b', 'Bo'), persona('c', 'Claire')]);
    expect(Object.fromEntries(slots)).toEqual({ a: 3, b: 2, c: 1 });
    const reversed = personaSlots([persona('c', 'Claire'), persona('b', 'Bo'), persona('a', 'Ana')]);
    expect(Object.fromEntries(reversed)).toEqual({ a: 3, b: 2, c: 1 });
  });

  it('ignores case, accents and spacing in the name', () => {
    expect(personaSlots([persona('x', '  CLAIRE ')]).get('x')).toBe(1);
  });

  it('settles two names on one slot in name order: the later one takes the next free slot', () => {
    // commuter 3, tourist 3: commuter comes first by name and keeps 3, tourist moves to 4.
    expect(Object.fromEntries(personaSlots([persona('t', 'Tourist'), persona('c', 'Commuter')]))).toEqual({ c: 3, t: 4 });
    // cat 5, me 5: me wraps round to 0.
    expect(Object.fromEntries(personaSlots([persona('m', 'Me'), persona('c', 'Cat')]))).toEqual({ c: 5, m: 0 });
  });

  it('past six personas, the seventh takes slot 6 and the next ones skip the everyone slot (7)', () => {
    const many = ['Ana', 'Bo', 'Claire', 'Dan', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy'].map((name) => persona(name.toLowerCase(), name));
    const slots = [...personaSlots(many).values()].sort((a, b) => a - b);
    expect(slots).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9]);
    expect(slots).not.toContain(OVERALL_SLOT);
  });

  it('the palettes hold the hashed slots, the seventh persona and the everyone curve', () => {
    for (const palette of ['light', 'dark'] as const) expect(paletteColors(palette).personas.length).toBe(OVERALL_SLOT + 1);
    expect(HASHED_SLOTS).toBe(6);
  });

  it('slots are distinct and do not depend on row order', () => {
    const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }).filter((name) => name.trim() !== ''), { minLength: 1, maxLength: 12, selector: (name) => name.trim().toLowerCase() });
    fc.assert(
      fc.property(names, (list) => {
        const people = list.map((name, index) => persona(`p${index}`, name));
        const slots = personaSlots(people);
        expect(new Set(slots.values()).size).toBe(people.length);
        expect(personaSlots([...people].reverse())).toEqual(slots);
      }),
    );
  });

  it('the map and the HTML report colour a persona by its slot', () => {
    const journey = journeyWith({ personas: [persona('claire', 'Claire')], emotions: [] });
    const layout = layoutJourney(journey);
    expect(layout.primitives.find((primitive) => primitive.key === 'persona:claire:name')?.style).toBe('persona1');
    const html = renderHtml(journey, layout);
    expect(html).toContain('<h3 class="p1"><span class="dot d1"></span>Claire</h3>');
    expect(html).toContain(`.p1{color:${paletteColors('light').personas[1]}}`);
  });
});
