import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/index.js';
import { csvTemplate } from '../../ui/state/csv-templates.js';

describe('csvTemplate', () => {
  it.each([
    ['wide', 'fr', 'wide-csv', 'Étape;Phase;Actions;Points de contact;Difficultés;Verbatims;Émotion (1-5);Opportunités'],
    ['wide', 'en', 'wide-csv', 'Stage,Phase,Actions,Touchpoints,Pain points,Quotes,Emotion (1-5),Opportunities'],
    ['interview', 'fr', 'interview-csv', 'Participant;Persona;Étape;Action;Point de contact;Canal;Difficulté;Question;Verbatim;Émotion (1-5);Opportunité'],
    ['interview', 'en', 'interview-csv', 'Participant,Persona,Stage,Action,Touchpoint,Channel,Pain point,Question,Quote,Emotion (1-5),Opportunity'],
    ['survey', 'fr', 'survey-csv', 'Répondant;Segment;Réservation / Site web;Réservation / Appli;Gare / Accueil;Service client'],
    ['survey', 'en', 'survey-csv', 'Respondent,Segment,Booking / Website,Booking / App,Station / Welcome,Customer service'],
  ] as const)('%s in %s imports back as %s, every column recognised, no warning', (kind, locale, format, header) => {
    const template = csvTemplate(kind, locale);
    expect(template.text.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    const result = importJourney(template.text, { filename: template.name });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.format).toBe(format);
    expect(result.report.unknownColumns).toEqual([]);
    expect(result.journey.locale).toBe(locale);
    expect(result.report.scale).toBe('1-5');
  });

  it('the wide template keeps two actions in one quoted cell and two touchpoints split by |', () => {
    const result = importJourney(csvTemplate('wide', 'fr').text, { filename: 'modele.csv' });
    if (!result.ok) throw new Error('imports');
    const discover = result.journey.stages[0]!;
    const texts = (kind: string) =>
      result.journey.cards.filter((card) => card.stageId === discover.id && result.journey.lanes.find((lane) => lane.id === card.laneId)?.kind === kind).map((card) => card.text);
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Découverte', 'Achat']);
    expect(texts('actions')).toEqual(['Voit une publicité', 'Lit un avis']);
    expect(texts('touchpoints')).toEqual(['Instagram', 'Site web']);
  });

  it('the survey template gives a stage per header prefix and a persona per segment', () => {
    const result = importJourney(csvTemplate('survey', 'en').text, { filename: 'survey-template.csv' });
    if (!result.ok) throw new Error('imports');
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Booking', 'Station', 'Customer service']);
    expect(result.journey.personas.map((persona) => persona.name)).toEqual(['Occasional', 'Subscriber']);
  });
});
