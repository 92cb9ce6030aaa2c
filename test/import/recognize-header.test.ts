import { describe, expect, it } from 'vitest';
import { recognizeHeader } from '../../core/src/import/columns/recognize-header.js';

describe('recognizeHeader', () => {
  it.each([
    ['Étape', 'stage'],
    ['Etape', 'stage'],
    ['ÉTAPES', 'stage'],
    ['Stage', 'stage'],
    ['step', 'stage'],
    ['Phase de parcours', 'stage'],
    ['Étape du parcours', 'stage'],
    ['Moments clés', 'stage'],
    ['Phase', 'phase'],
    ['Action', 'action'],
    ['Actions', 'action'],
    ['Opportunities', 'opportunity'],
    ['Activities', 'action'],
    ["Ce que fait l'utilisateur", 'action'],
    ['Ce que fait l’utilisateur', 'action'],
    ['What they do', 'action'],
    ['Point de contact', 'touchpoint'],
    ['Points de contact', 'touchpoint'],
    ['Touchpoints', 'touchpoint'],
    ['touch_point', 'touchpoint'],
    ['Canal', 'channel'],
    ['Canaux', 'channel'],
    ['Channel', 'channel'],
    ['Difficulté', 'painPoint'],
    ['Difficultés rencontrées', 'painPoint'],
    ['Irritants', 'painPoint'],
    ['Pain point', 'painPoint'],
    ['pain_points', 'painPoint'],
    ['painPoints', 'painPoint'],
    ['Friction', 'painPoint'],
    ['Problèmes', 'painPoint'],
    ['Question', 'question'],
    ['Questions', 'question'],
    ['Pensée', 'thought'],
    ['Réflexions', 'thought'],
    ['Verbatim', 'thought'],
    ['Citation', 'thought'],
    ['Quote', 'thought'],
    ['Thoughts', 'thought'],
    ['Says & thinks', 'thought'],
    ['Émotion', 'emotion'],
    ['Emotion', 'emotion'],
    ['Score', 'emotion'],
    ['Note', 'emotion'],
    ['Satisfaction', 'emotion'],
    ['Ressenti', 'emotion'],
    ['Opportunité', 'opportunity'],
    ["Pistes d'amélioration", 'opportunity'],
    ['Opportunity', 'opportunity'],
    ['Ideas', 'opportunity'],
    ['Participant', 'participant'],
    ['Répondant', 'participant'],
    ['Interviewé', 'participant'],
    ['Respondent ID', 'participant'],
    ['ID', 'participant'],
    ['Persona', 'persona'],
    ['Segment', 'persona'],
    ['Profil', 'persona'],
    ['Customer Type', 'persona'],
    ["Tranche d'âge", 'persona'],
    ['Frontstage', 'frontstage'],
    ['Front office', 'frontstage'],
    ['Backstage', 'backstage'],
    ['Back-office', 'backstage'],
    ['Support', 'support'],
    ['Processus', 'support'],
    ['Processus support', 'support'],
    ['Satisfaction globale', 'overall'],
    ['NPS', 'nps'],
    ['Âge', 'age'],
    ['Flight Distance', 'distance'],
    ['Date', 'date'],
    ['Gender', 'attribute'],
    ['Durée', 'attribute'],
    ['Réservation / Site web', null],
    ['Column 7', null],
    ['Notes', 'custom'],
  ])('reads "%s" as %s', (header, role) => {
    expect(recognizeHeader(header).role).toBe(role);
  });

  it.each([
    ['Émotion (1-5)', { scale: '1-5' }, 'Émotion'],
    ['Emotion (-2..+2)', { scale: '-2..2' }, 'Emotion'],
    ['Émotion (−3 à +3)', { scale: '-3..3' }, 'Émotion'],
    ['Score (0-10)', { scale: '0-10' }, 'Score'],
    ['Note /10', { max: 10 }, 'Note'],
    ['Score sur 5', { max: 5 }, 'Score'],
    ['Satisfaction (%)', { scale: 'percent' }, 'Satisfaction'],
    ['Émotion (1-4)', { unsupported: '1…4' }, 'Émotion'],
    ['Émotions (1-5) (-2..+2)', { scale: '-2..2' }, 'Émotions (1-5)'],
  ])('reads the scale hint of "%s"', (header, scale, bareTitle) => {
    expect(recognizeHeader(header)).toMatchObject({ role: 'emotion', scale, bareTitle });
  });

  it('keeps other brackets in a lane title', () => {
    expect(recognizeHeader('Points de contact (canaux)')).toMatchObject({ role: 'touchpoint', title: 'Points de contact (canaux)' });
  });

  it('lets a [kind] tag name the lane and removes it from the title', () => {
    expect(recognizeHeader('Ce que dit le client [thoughts]')).toMatchObject({ role: 'thought', title: 'Ce que dit le client', tagged: true });
    expect(recognizeHeader('Phase [custom]')).toMatchObject({ role: 'custom', title: 'Phase', tagged: true });
    expect(recognizeHeader('Lieu [where]')).toMatchObject({ role: null, title: 'Lieu [where]', tagged: false });
  });

  it.each([
    ['Étape', 'fr'],
    ['Points de contact', 'fr'],
    ['Touchpoints', 'en'],
    ['Pain points', 'en'],
    ['Questions', undefined],
    ['Emotion', undefined],
  ])('tells the language of "%s"', (header, language) => {
    expect(recognizeHeader(header).language).toBe(language);
  });
});
