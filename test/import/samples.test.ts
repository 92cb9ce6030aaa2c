import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { sampleFiles } from '../../scripts/make-samples.js';

function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)));
}

describe('bundled samples', () => {
  it.each(Object.keys(sampleFiles()))('samples/%s holds what scripts/make-samples.ts writes', (name) => {
    expect(sample(name)).toEqual(sampleFiles()[name]);
  });

  it('parcours-fr.csv: a French wide CSV in Windows-1252 with ";"', () => {
    const result = importJourney(sample('parcours-fr.csv'), { filename: 'parcours-fr.csv' });
    expect(result).toMatchObject({
      ok: true,
      warnings: [],
      report: { format: 'wide-csv', encoding: 'windows-1252', delimiter: ';', scale: '1-5', rows: 6, stages: 6, cards: 68, personas: 0, unknownColumns: [] },
      journey: { title: 'Ouverture d’un compte bancaire en ligne', locale: 'fr' },
    });
    if (!result.ok) return;
    expect(result.journey.stages.map((stage) => [stage.name, stage.phase])).toEqual([
      ['Découverte', 'Sensibilisation'],
      ['Considération', 'Considération'],
      ['Achat', 'Achat'],
      ['Activation', 'Achat'],
      ['Utilisation', 'Rétention'],
      ['Fidélisation', 'Recommandation'],
    ]);
    expect(result.journey.lanes.map((lane) => lane.kind)).toEqual(['actions', 'touchpoints', 'thoughts', 'painPoints', 'questions', 'emotions', 'opportunities', 'frontstage', 'backstage', 'support']);
    expect(result.journey.emotions.map((emotion) => emotion.score)).toEqual([0.5, -0.5, -1, 1, 1.5, 1]);
    expect(result.journey.cards.map((card) => card.text)).toContain('Frais de 2 € par mois non affichés d’emblée');
  });

  it('interviews-en.csv: 240 observations from 14 participants and 2 personas, aggregated', () => {
    const result = importJourney(sample('interviews-en.csv'), { filename: 'interviews-en.csv' });
    expect(result).toMatchObject({
      ok: true,
      warnings: [],
      report: { format: 'interview-csv', encoding: 'utf-8', delimiter: ',', scale: '1-5', rows: 240, stages: 5, personas: 2 },
      journey: { title: 'Train tickets app: commuter and tourist interviews' },
    });
    if (!result.ok) return;
    const participants = new Set(result.journey.cards.flatMap((card) => card.sources));
    expect(participants.size).toBe(14);
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Discover', 'Plan', 'Book', 'Travel', 'Arrive']);
    expect(result.journey.emotions).toHaveLength(10);
    const pains = result.journey.cards.filter((card) => card.laneId === result.journey.lanes.find((lane) => lane.kind === 'painPoints')?.id);
    expect(pains.filter((card) => /too many similar apps/i.test(card.text))).toHaveLength(1);
    expect(pains.filter((card) => /wi-fi in the caf/i.test(card.text))).toHaveLength(1);
    const quotesPerCell = new Map<string, number>();
    for (const card of result.journey.cards.filter((card) => card.laneId === result.journey.lanes.find((lane) => lane.kind === 'thoughts')?.id)) {
      quotesPerCell.set(card.stageId, (quotesPerCell.get(card.stageId) ?? 0) + 1);
    }
    expect([...quotesPerCell.values()]).toEqual([3, 3, 3, 3, 3]);
  });

  it('survey-fr.csv: a French survey matrix with segments, ids, ages, comments and an NPS question', () => {
    const result = importJourney(sample('survey-fr.csv'), { filename: 'survey-fr.csv' });
    expect(result).toMatchObject({ ok: true, report: { format: 'survey-csv', encoding: 'utf-8-bom', delimiter: ';', scale: '1-10', rows: 150, stages: 7, cards: 13, personas: 3 } });
    if (!result.ok) return;
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Réservation', 'Gare', 'À bord', 'Ponctualité', 'Arrivée', 'Service client', 'Recommandation']);
    // The NPS of each segment is a card on the advocacy stage.
    expect(result.journey.stages.at(-1)?.phase).toBe('advocacy');
    expect(result.journey.cards.filter((card) => card.text.includes(' : NPS ')).map((card) => card.personaId).sort()).toEqual(result.journey.personas.map((persona) => persona.id).sort());
    expect(result.journey.personas.map((persona) => persona.name).sort()).toEqual(['Abonné', 'Occasionnel', 'Professionnel']);
    expect(result.journey.emotions).toHaveLength(18);
    expect(result.journey.description).toMatch(/^NPS \(Probabilité de recommander\) : [+-]?\d+ \(n = 150\)\. Par segment : (?:\S+ [+−]?\d+ \(n = \d+\)(?:, |\.$)){3}/);
    expect(result.report.columns.filter((column) => column.note?.startsWith('left out')).map((column) => column.header)).toEqual(['Répondant', 'Âge', 'Commentaire']);
  });
});
