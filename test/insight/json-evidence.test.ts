import { describe, expect, it } from 'vitest';
import { exportJourney, importJourney } from '../../core/src/index.js';
import { importerFor } from '../import/imported.js';

const imported = importerFor('etude.csv');

describe('the JSON export keeps the evidence', () => {
  it('keeps basis, sources and channel splits through export and import', () => {
    const csv = 'participant;étape;verbatim;canal;point de contact\nP1;A;Vraiment fluide et rapide;web;Site\nP2;A;Le formulaire a planté;phone;Site\nP3;B;Attente interminable;phone;Ligne';
    const { journey } = imported(csv);
    const json = exportJourney(journey, 'json');
    const back = importJourney(json, { filename: 'etude.json' });
    expect(back.ok && back.journey).toEqual(journey);
    const parsed = JSON.parse(json) as typeof journey;
    expect(parsed.emotions.every((emotion) => emotion.basis === 'verbatims')).toBe(true);
    expect(parsed.cards.find((card) => card.text === 'Site')).toMatchObject({
      sources: ['P1', 'P2'],
      channels: [
        { channel: 'web', sources: ['P1'] },
        { channel: 'phone', sources: ['P2'] },
      ],
    });
  });
});
