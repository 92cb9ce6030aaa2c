import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { CardPrimitive } from '../../core/src/layout/primitive.js';
import { renderSvg } from '../../core/src/render/render-svg.js';
import { miroCreateCall } from '../../miro-app/src/miro-create-call.js';
import { journeyWith } from '../layout/journey-builder.js';

const journey = journeyWith({
  title: 'Souscription',
  locale: 'fr',
  stages: [{ id: 's', name: 'Souscription' }],
  lanes: [{ id: 't', kind: 'touchpoints', title: 'Points de contact' }],
  cards: [
    {
      id: 'c',
      stageId: 's',
      laneId: 't',
      text: 'Conseiller',
      channel: 'phone',
      count: 10,
      sources: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'],
      channels: [
        { channel: 'phone', sources: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'] },
        { channel: 'web', sources: ['P7', 'P8', 'P9', 'P10'] },
      ],
    },
    { id: 'd', stageId: 's', laneId: 't', text: 'Site', channel: 'web', count: 3, sources: ['P1', 'P2', 'P3'] },
  ],
});

describe('touchpoint cards said over several channels', () => {
  const cards = layoutJourney(journey).primitives.filter((primitive): primitive is CardPrimitive => primitive.kind === 'card');
  const split = cards.find((card) => card.key === 'card:c');

  it('show each channel with its own count instead of the main one with the total', () => {
    expect(split?.badge).toBe('Téléphone ×6 · Site web ×4');
    expect(split?.channels).toEqual([
      { channel: 'phone', count: 6, label: 'Téléphone ×6' },
      { channel: 'web', count: 4, label: 'Site web ×4' },
    ]);
    expect(cards.find((card) => card.key === 'card:d')?.badge).toBe('Site web · ×3');
  });

  it('draw a channel bar in the SVG, one segment per channel in proportion', () => {
    const svg = renderSvg(layoutJourney(journey));
    const segments = [...svg.matchAll(/<rect class="a" x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="4"[^>]*><title>([^<]+)<\/title>/g)].map((match) => [match[2], Number(match[1])]);
    const width = (split?.box.w ?? 0) - 2 * 12;
    expect(segments).toEqual([
      ['Téléphone ×6', Math.round(width * 0.6 * 10) / 10],
      ['Site web ×4', Math.round(width * 0.4 * 10) / 10],
    ]);
  });

  it('become one Miro card field per channel', () => {
    const call = split === undefined ? undefined : miroCreateCall(split, { x: 0, y: 0 });
    expect(call?.method === 'createCard' && call.props.fields).toEqual([{ value: 'Téléphone ×6' }, { value: 'Site web ×4' }]);
  });
});
