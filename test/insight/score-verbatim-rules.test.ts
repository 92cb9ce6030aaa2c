import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreVerbatim } from '../../core/src/insight/sentiment/score-verbatim.js';
import { verbatimLexicon } from '../../core/src/insight/sentiment/verbatim-lexicon.js';

/** VADER's normalisation, written out here so the expectations do not come from the scorer. */
const normalised = (sum: number) => sum / Math.sqrt(sum * sum + 15);
const en = (word: string) => verbatimLexicon('en').get(word) ?? Number.NaN;
const fr = (word: string) => verbatimLexicon('fr').get(word) ?? Number.NaN;
const polarity = (text: string, locale: 'en' | 'fr') => scoreVerbatim(text, locale).polarity;

describe('scoreVerbatim: VADER rules, in English and French', () => {
  it('adds a booster 0.293 to the next known word, away from zero (VADER B_INCR)', () => {
    expect(polarity('very slow', 'en')).toBeCloseTo(normalised(en('slow') - 0.293), 10);
    expect(polarity('très lent', 'fr')).toBeCloseTo(normalised(fr('lent') - 0.293), 10);
  });

  it('takes 0.293 off with a diminisher, in one word or a phrase', () => {
    expect(polarity('slightly slow', 'en')).toBeCloseTo(normalised(en('slow') + 0.293), 10);
    expect(polarity('a bit slow', 'en')).toBeCloseTo(normalised(en('slow') + 0.293), 10);
    expect(polarity('un peu lent', 'fr')).toBeCloseTo(normalised(fr('lent') + 0.293), 10);
  });

  it('reverses a negated word to 74 % of its valence (VADER N_SCALAR)', () => {
    expect(polarity('not clear', 'en')).toBeCloseTo(normalised(en('clear') * -0.74), 10);
    expect(polarity("n'était pas clair", 'fr')).toBeCloseTo(normalised(fr('clair') * -0.74), 10);
  });

  it('weighs the words after "but" 1.5 and those before 0.5', () => {
    const sum = en('slow') * 0.5 + en('friendly') * 1.5;
    expect(polarity('slow but friendly', 'en')).toBeCloseTo(normalised(sum), 10);
    expect(polarity('The staff were lovely, but the wait was awful', 'en')).toBeLessThan(0);
    expect(polarity('The wait was awful, but the staff were lovely', 'en')).toBeGreaterThan(0);
  });

  it.each([
    ["L'accueil était parfait, mais l'attente était interminable", 'fr'],
    ["L'accueil était parfait, sauf que l'attente était interminable", 'fr'],
    ["L'accueil était parfait, cependant l'attente était interminable", 'fr'],
    ["L'accueil était parfait, par contre l'attente était interminable", 'fr'],
    ['The welcome was perfect, however the wait was endless', 'en'],
  ] as const)('turns on the contrast in "%s"', (text, locale) => {
    expect(polarity(text, locale)).toBeLessThan(0);
  });

  it('halves a concession and weighs the main clause after it as after "but"', () => {
    const sum = en('slow') * 0.5 + en('friendly') * 1.5;
    expect(polarity('Even though it was slow, they were friendly', 'en')).toBeCloseTo(normalised(sum), 10);
    expect(polarity("Même si le personnel était aimable, l'attente était interminable", 'fr')).toBeLessThan(0);
  });
});

describe('scoreVerbatim: negation scope', () => {
  it('stops a negation at the end of its clause', () => {
    // Without the comma's boundary, "not" would reverse "great" and "help".
    expect(polarity('The form was not there, great help', 'en')).toBeGreaterThan(0);
  });

  it('reaches from French "ne" to three words past "pas" or "jamais"', () => {
    expect(polarity("Le conseiller ne s'est jamais montré aimable", 'fr')).toBeLessThan(0);
    expect(polarity("L'appli n'a toujours pas été vraiment pratique", 'fr')).toBeLessThan(0);
  });

  it('does not read French "ne … que" (only) as a negation', () => {
    expect(polarity("Je n'ai reçu que des compliments", 'fr')).toBeGreaterThan(0);
  });

  it('reads "personne" and "plus" as negators only with "ne"', () => {
    expect(polarity("Personne ne m'a aidé", 'fr')).toBeLessThan(0);
    expect(polarity('Une personne très aimable', 'fr')).toBeGreaterThan(0);
    expect(polarity('Encore plus pratique', 'fr')).toBeGreaterThan(0);
  });

  it.each([
    ['Nobody called me back', 'en'],
    ['They never reply to emails', 'en'],
    ['The price went up without any warning', 'en'],
    ["Personne ne m'a rappelé", 'fr'],
    ['Ils ne répondent jamais aux courriels', 'fr'],
    ['Le prix a augmenté sans aucun avertissement', 'fr'],
  ] as const)('reads a negated service step with no feeling word as a complaint: "%s"', (text, locale) => {
    expect(polarity(text, locale)).toBeLessThan(0);
  });

  it.each([
    ['No need to call, everything is online', 'en'],
    ['Pas besoin de se déplacer', 'fr'],
    ['Nothing to complain about', 'en'],
    ['Rien à redire', 'fr'],
    ['No problem at all', 'en'],
    ['Aucun souci', 'fr'],
  ] as const)('reads a spared effort or a negated complaint as praise: "%s"', (text, locale) => {
    expect(polarity(text, locale)).toBeGreaterThan(0);
  });

  it('reverses the bad words a remedy removes ("fixed the bug", "évité des soucis")', () => {
    expect(polarity('They fixed the bug within a day', 'en')).toBeGreaterThan(0);
    expect(polarity("Ça m'a évité bien des soucis", 'fr')).toBeGreaterThan(0);
  });
});

describe('scoreVerbatim: service journeys', () => {
  it.each([
    ['Too many steps', 'en'],
    ['Far too long', 'en'],
    ["Beaucoup trop d'étapes", 'fr'],
  ] as const)('reads an excess of something neutral as bad: "%s"', (text, locale) => {
    expect(polarity(text, locale)).toBeLessThan(0);
  });

  it('reads "not too long" as mildly good', () => {
    expect(polarity('It was not too long', 'en')).toBeGreaterThan(0);
  });

  it.each([
    ['I had to enter my details three times', 'en'],
    ['I called twice', 'en'],
    ["J'ai dû appeler plusieurs fois", 'fr'],
  ] as const)('reads a step done again as bad: "%s"', (text, locale) => {
    expect(polarity(text, locale)).toBeLessThan(0);
  });

  it('finds French terms under their feminine, plural and verb forms', () => {
    expect(polarity('Les pages étaient bloquées', 'fr')).toBe(polarity('La page était bloqué', 'fr'));
    expect(polarity('La conseillère était attentive', 'fr')).toBeGreaterThan(0);
    expect(polarity('Les virements échouent', 'fr')).toBeLessThan(0);
  });

  it('finds English words under their base form', () => {
    expect(polarity('The app kept crashing', 'en')).toBeCloseTo(normalised(en('crash')), 10);
    expect(polarity('Queues everywhere', 'en')).toBeCloseTo(normalised(en('queue')), 10);
  });

  it('reads English "like" as a feeling only after a subject', () => {
    expect(scoreVerbatim('It looks like a form', 'en').hits).toBe(0);
    expect(polarity('I like the app', 'en')).toBeGreaterThan(0);
  });

  it('takes back general lexicons\' feelings from the nouns of a trade ("sinistre" is a claim)', () => {
    expect(polarity('La déclaration de sinistre était simple', 'fr')).toBeCloseTo(normalised(fr('simple')), 10);
  });

  it('does not read French "après" as "âpre" (their stems meet)', () => {
    expect(scoreVerbatim("Un rappel après l'achat", 'fr').hits).toBe(0);
  });
});

describe('scoreVerbatim: invariants', () => {
  it('gives any text a finite polarity within −1…+1, 0 when it knows no word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('en' as const, 'fr' as const), (text, locale) => {
        const { polarity: value, hits } = scoreVerbatim(text, locale);
        expect(Number.isFinite(value) && value >= -1 && value <= 1).toBe(true);
        if (hits === 0) expect(value).toBe(0);
      }),
    );
  });

  it('scores a sentence the same whatever its case and apostrophes', () => {
    fc.assert(
      fc.property(fc.constantFrom("Le courrier n'était pas clair", "L'attente était interminable, mais l'accueil parfait", 'They never reply'), (text) => {
        const locale = text.startsWith('They') ? 'en' : 'fr';
        expect(polarity(text.toUpperCase(), locale)).toBeCloseTo(polarity(text, locale), 12);
        expect(polarity(text.replace(/'/g, '’'), locale)).toBeCloseTo(polarity(text, locale), 12);
      }),
    );
  });
});
