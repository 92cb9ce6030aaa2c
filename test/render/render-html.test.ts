// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { renderHtml } from '../../core/src/render/render-html.js';
import { bankJourney } from '../layout/bank-journey.js';
import { journeyWith } from '../layout/journey-builder.js';
import { trainJourney } from '../layout/train-journey.js';

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('renderHtml', () => {
  const journey = bankJourney();
  const html = renderHtml(journey, layoutJourney(journey));
  const document = parseHtml(html);

  it('is one self-contained page: the map inline, no script, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
    expect(document.title).toBe('Ouvrir un compte en ligne — Banque Horizon');
    expect(document.querySelectorAll('figure.map > svg').length).toBe(1);
    expect(document.querySelectorAll('script, link, img, iframe').length).toBe(0);
    expect(document.querySelectorAll('[src], [href^="http"]').length).toBe(0);
  });

  it('prints on A3 landscape', () => {
    expect(text(document.querySelector('style'))).toContain('@page{size:A3 landscape');
  });

  it('shows each persona with goals, motivations and frustrations', () => {
    const personas = [...document.querySelectorAll('article.persona')];
    expect(personas.map((persona) => text(persona.querySelector('h3')))).toEqual(['Claire, 29 ans, active pressée', 'Marc, 67 ans, retraité prudent']);
    expect(text(personas[0])).toContain('Ouvrir un compte en moins de 10 minutes');
    expect(text(personas[1])).toContain('Les codes reçus par SMS');
  });

  it('gives per-stage figures: each curve’s emotion with n and min–max, and card counts per lane', () => {
    const headers = [...document.querySelectorAll('table th')].map((th) => text(th));
    expect(headers).toEqual([
      'Étape',
      'Phase',
      'Émotion · Claire, 29 ans, active pressée',
      'Émotion · Marc, 67 ans, retraité prudent',
      'Actions',
      'Points de contact',
      'Verbatims',
      'Irritants',
      'Questions',
      'Opportunités',
    ]);
    const identity = [...document.querySelectorAll('table tbody tr')][3];
    expect([...(identity?.querySelectorAll('td') ?? [])].map((td) => text(td))).toEqual([
      "Vérification d'identité",
      'Achat',
      '−1,5 n=12 · min–max −2 ; 0',
      '−1,9 n=11 · min–max −2 ; −1',
      '2',
      '3',
      '1',
      '2',
      '1',
      '2',
    ]);
  });

  it('ranks the opportunities by priority, highest first, with stage and why: who said it and how the stage feels', () => {
    const items = [...document.querySelectorAll('ol.opps li')].map((li) => [...li.children].map((span) => text(span)));
    expect(items).toEqual([
      ['#1', 'Guidage en direct pendant la photo', "Vérification d'identité · cité par 15 personnes · étape à −1,7 · priorité 30"],
      ['#2', 'Suivi du dossier en temps réel', "Vérification d'identité · cité par 9 personnes · étape à −1,7 · priorité 21"],
      ['#3', 'Simulateur de frais personnalisé', 'Comparaison des offres · cité par 9 personnes · étape à −0,7 · priorité 18'],
      ['#4', 'Parcours assisté pour les seniors', 'Recommandation · cité par 6 personnes · étape à +1 · priorité 14'],
      ['#5', 'Sauvegarde automatique du formulaire', 'Souscription en ligne · cité par 5 personnes · étape à −0,2 · priorité 12'],
      ['#6', 'Carte virtuelle immédiate', 'Premiers usages · cité par 4 personnes · étape à +1 · priorité 8'],
    ]);
  });

  it('has a legend naming every lane, the emotion scale and each curve', () => {
    const legend = [...document.querySelectorAll('ul.legend li')].map((li) => text(li));
    expect(legend).toEqual([
      'Actions',
      'Points de contact',
      'Verbatims',
      'Irritants',
      'Questions',
      'Opportunités',
      'Échelle d’émotion, de −2 à +2',
      'Claire, 29 ans, active pressée',
      'Marc, 67 ans, retraité prudent',
    ]);
  });

  it('writes English labels for an English journey, and says when there is no opportunity', () => {
    const page = parseHtml(renderHtml(journeyWith(), layoutJourney(journeyWith())));
    expect([...page.querySelectorAll('h2')].map((h2) => text(h2))).toEqual(['Figures by stage', 'Ranked opportunities', 'Legend']);
    expect(text(page.querySelector('p.sub'))).toBe('No opportunities in this journey.');
  });

  it('escapes all journey text: markup arrives as text, nothing runs', () => {
    const hostile = journeyWith({
      title: '</title><script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)>',
      personas: [{ id: 'p', name: '<b>Bold</b> & "co"', goals: ['<foreignObject>'], motivations: [], frustrations: [] }],
      stages: [{ id: 's1', name: "<style>body{display:none}</style>", phase: '&amp;' }],
      lanes: [{ id: 'o', kind: 'opportunities', title: '<i>Opps</i>' }],
      cards: [{ stageId: 's1', laneId: 'o', text: '<script>alert(2)</script>', priority: 1 }],
      emotions: [{ stageId: 's1', personaId: 'p', score: 0 }],
    });
    const page = parseHtml(renderHtml(hostile, layoutJourney(hostile)));
    expect(page.querySelectorAll('script, img, b, i, foreignObject').length).toBe(0);
    expect(page.querySelectorAll('style').length).toBe(2);
    expect(page.title).toBe('</title><script>alert(1)</script>');
    expect(text(page.querySelector('ol.opps'))).toContain('<script>alert(2)</script>');
    expect(text(page.querySelector('.lead'))).toBe('<img src=x onerror=alert(1)>');
    expect(text(page.querySelector('table'))).toContain('&amp;');
  });

  it('names canonical phases in the figures table as the map does', () => {
    const train = trainJourney();
    const page = parseHtml(renderHtml(train, layoutJourney(train)));
    expect([...page.querySelectorAll('table tbody tr')].map((row) => text(row.querySelectorAll('td')[1]))).toEqual([
      'Awareness',
      'Purchase',
      'Purchase',
      'Purchase',
      'Retention',
      'Advocacy',
    ]);
  });

  it('adds the share of low ratings when a survey gave it', () => {
    const survey = journeyWith({ lanes: [{ id: 'feel', kind: 'emotions', title: 'Feel' }], emotions: [{ stageId: 's1', score: -0.8, n: 120, min: -2, max: 2, lowShare: 0.345 }] });
    const page = parseHtml(renderHtml(survey, layoutJourney(survey)));
    expect(text(page.querySelector('table tbody tr td:nth-child(2)'))).toBe('−0.8 n=120 · min–max −2 ; +2 · 35% low scores');
  });

  it('uses the dark palette when the layout asks for it', () => {
    const train = trainJourney();
    const dark = renderHtml(train, layoutJourney(train, { palette: 'dark' }));
    expect(dark).toContain('<body class="dark">');
    expect(dark).toContain('background:#121418');
  });
});
