import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnStats } from '../../core/src/import/columns/column-stats.js';
import { recognizeMetadata } from '../../core/src/import/columns/metadata-column.js';
import { plainTable } from '../../core/src/import/csv/csv-table.js';
import { detectLikert, LIKERT_SCALES, likertScore } from '../../core/src/import/emotion/likert-scales.js';
import { stageNames } from '../../core/src/import/survey/stage-names.js';
import { maskPersonal } from '../../core/src/import/survey/survey-quotes.js';
import { readVendorLayout } from '../../core/src/import/vendors/read-vendor-layout.js';
import { splitGridHeader, splitMatrixHeader } from '../../core/src/import/vendors/split-grid-header.js';
import { surveyFileTitle } from '../../core/src/import/vendors/survey-file-title.js';
import { importerFor } from './imported.js';

function statsOf(values: readonly string[]) {
  const records = [['header'], ...values.map((value) => [value])];
  return columnStats(plainTable(records, 0, ['header'], new Uint8Array(values.length)), 0);
}

describe('Likert labels', () => {
  it.each([
    [['Very dissatisfied', 'Satisfied', 'Neither satisfied nor dissatisfied'], 5, 'satisfaction', 'en'],
    [['Strongly agree', 'Agree', 'Somewhat disagree'], 7, 'agreement', 'en'],
    [["Pas du tout d'accord", "Tout à fait d'accord", "Plutôt d'accord"], 5, 'agreement', 'fr'],
    [['Très satisfaite', 'Pas du tout satisfait(e)', 'Ni satisfait ni insatisfait'], 5, 'satisfaction', 'fr'],
    [['Neither dissatisfied nor satisfied', 'Very satisfied'], 5, 'satisfaction', 'en'],
    [['Excellent', 'Poor', 'Fair', 'N/A'], 5, 'quality', 'en'],
  ])('%j is a %i-point %s scale (%s)', (values, points, measures, language) => {
    const match = detectLikert(values);
    expect(match?.scale.labels.length).toBe(points);
    expect(match?.scale.measures).toBe(measures);
    expect(match?.scale.language).toBe(language);
  });

  it.each([[['Business', 'Leisure']], [['N/A']], [['Very satisfied', 'Great']], [['Oui', 'Non']]])('%j is no Likert scale', (values) => {
    expect(detectLikert(values)).toBeUndefined();
  });

  it('spreads a scale evenly over −2…+2, lowest first; no-answer words are empty, other words unknown', () => {
    const five = LIKERT_SCALES[0];
    const seven = LIKERT_SCALES[1];
    if (five === undefined || seven === undefined) throw new Error('scales missing');
    expect(five.labels.map((label) => likertScore(five, label))).toEqual([-2, -1, 0, 1, 2]);
    expect(seven.labels.map((label) => Math.round((likertScore(seven, label) ?? NaN) * 1000) / 1000)).toEqual([-2, -1.333, -0.667, 0, 0.667, 1.333, 2]);
    expect(likertScore(five, 'Not applicable')).toBeNull();
    expect(likertScore(five, '')).toBeNull();
    expect(likertScore(five, 'Great')).toBeUndefined();
  });

  it('every scale is ordered: each label scores above the one before it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LIKERT_SCALES.length - 1 }), (index) => {
        const scale = LIKERT_SCALES[index];
        if (scale === undefined) return;
        const scores = scale.labels.map((label) => likertScore(scale, label) ?? NaN);
        scores.slice(1).forEach((score, at) => expect(score).toBeGreaterThan(scores[at] ?? Infinity));
        expect([scores[0], scores.at(-1)]).toEqual([-2, 2]);
      }),
    );
  });

  it('a labelled rating column in a plain survey CSV is read as ratings with its known order', () => {
    const imported = importerFor('avis.csv');
    const text = ['Répondant;Accueil;Attente', "R1;Tout à fait d'accord;Pas d'accord", "R2;D'accord;Pas du tout d'accord", "R3;Tout à fait d'accord;Ni d'accord ni pas d'accord"].join('\n');
    const { journey, report } = imported(text);
    // Accueil: +2, +1, +2 → 1.667; Attente: −1, −2, 0 → −1.
    expect(journey.cards.map((card) => [card.text, card.score])).toEqual([['Accueil', 1.667], ['Attente', -1]]);
    expect(report.labelScales?.map((scale) => scale.columns)).toEqual([['Accueil', 'Attente']]);
  });
});

describe('survey-tool metadata', () => {
  it.each([
    ['IP Address', ['1'], 'ip', true],
    ['LocationLatitude', ['48.8566'], 'coordinates', true],
    ['Recipient Email', [''], 'email', true],
    ['Heure de début', ['02/11/2026 10:00'], 'date', false],
    ['Duration (in seconds)', ['312'], 'duration', false],
    ['UserLanguage', ['EN'], 'language', false],
    ['Collector ID', ['4312'], 'collector', false],
    ['Network ID', ['a1b2c3d4e5'], 'id', false],
  ])('%s is recognised by its name', (name, values, kind, personal) => {
    expect(recognizeMetadata([name], statsOf(values))).toEqual({ kind, personal, by: 'name' });
  });

  it.each([
    [['ana@example.org', 'bo@example.com'], 'email', true],
    [['203.0.113.7', '198.51.100.1'], 'ip', true],
    [['2026-11-02 10:12:45', '2026-11-03 08:00:01'], 'date', false],
    [['11/2/26 9:05:00 AM', '11/3/26 10:00:00 PM'], 'date', false],
    [['+33 6 12 34 56 78', '06.12.34.56.79'], 'phone', true],
    [['48.856614', '45.764043'], 'coordinates', true],
    [['R_1a2B3c4D5e6F7g8', 'R_9z8Y7x6W5v4U3t2'], 'id', false],
  ])('%j is recognised by its content', (values, kind, personal) => {
    expect(recognizeMetadata(['Column 7'], statsOf(values))).toEqual({ kind, personal, by: 'content' });
  });

  it.each([[['4', '5', '3']], [['Very good service', 'Slow']], [['Business', 'Leisure']]])('%j is no metadata', (values) => {
    expect(recognizeMetadata(['Column 7'], statsOf(values))).toBeUndefined();
  });

  it('outside a tool export, ratings headed like metadata ("Mobile") stay ratings', () => {
    const { journey } = importerFor('survey.csv')(['id;Website;Mobile', '1;4;5', '2;3;2', '3;5;4'].join('\n'));
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Website', 'Mobile']);
  });

  it('personal columns in a plain survey CSV are held back and reported', () => {
    const { report } = importerFor('survey.csv')(['Email;Booking;Boarding', 'a@example.org;4;2', 'b@example.org;5;3', 'c@example.org;3;1'].join('\n'));
    expect(report.personalColumns).toEqual(['Email']);
    expect(report.columns[0]?.note).toBe('left out: personal data (email): held back');
  });
});

describe('stage names from survey questions', () => {
  it('a grid: the row labels are the stages, the question the subtitle', () => {
    expect(stageNames([{ text: 'Rate each step', row: 'Booking' }, { text: 'Rate each step', row: 'Check-in' }])).toEqual({
      names: [{ name: 'Booking', description: 'Rate each step [Booking]' }, { name: 'Check-in', description: 'Rate each step [Check-in]' }],
      subtitle: 'Rate each step',
    });
  });

  it('questions sharing an opening: the rest, without article or question mark, capitalised', () => {
    expect(stageNames([{ text: 'Comment évaluez-vous la réservation ?' }, { text: "Comment évaluez-vous l'accueil en gare ?" }])).toEqual({
      names: [{ name: 'Réservation', description: 'Comment évaluez-vous la réservation ?' }, { name: 'Accueil en gare', description: "Comment évaluez-vous l'accueil en gare ?" }],
      subtitle: 'Comment évaluez-vous …',
    });
  });

  it('a long question with nothing shared is shortened at a word, the full text kept', () => {
    const text = 'Please tell us how easy it was to find the right platform at the station';
    expect(stageNames([{ text }])).toEqual({ names: [{ name: 'Please tell us how easy it was to find…', description: text }] });
  });

  it('one shared word is chance, not an opening', () => {
    expect(stageNames([{ text: 'Booking' }, { text: 'Booking again' }]).subtitle).toBeUndefined();
  });
});

describe('survey-tool headers', () => {
  it.each([
    ['Notez chaque étape de votre voyage [Réservation]', { text: 'Notez chaque étape de votre voyage', row: 'Réservation' }],
    ['Q1[SQ001]', { text: 'Q1', row: 'SQ001', code: 'Q1[SQ001]' }],
    ['Q1[SQ002]. Rate each step [Boarding]', { text: 'Rate each step', row: 'Boarding', code: 'Q1[SQ002]' }],
    ['What could we improve?', { text: 'What could we improve?' }],
  ])('%s', (header, question) => {
    expect(splitGridHeader(header)).toEqual(question);
  });

  it('a Qualtrics matrix row splits on its last " - "; a lone question with a dash does not', () => {
    expect(splitMatrixHeader('Rate each step - Booking', 'Q1_1', () => false)).toEqual({ text: 'Rate each step', row: 'Booking', code: 'Q1_1' });
    expect(splitMatrixHeader('Check-in - was it quick?', 'Q7', () => false)).toEqual({ text: 'Check-in - was it quick?', code: 'Q7' });
  });

  it('an Excel title row above a Google Forms header is allowed', () => {
    expect(readVendorLayout([['Réponses au questionnaire'], ['Horodateur', 'Notez [Accueil]'], ['02/11/2026 10:00:00', '4']])).toMatchObject({ vendor: 'google-forms', firstHeader: 1, headerRows: 1 });
  });

  it('a wide template is no tool export', () => {
    expect(readVendorLayout([['Étape', 'Actions', 'Émotion'], ['Découverte', 'Voit une pub', '3']])).toBeUndefined();
  });
});

describe('titles from survey export file names', () => {
  it.each([
    ['Trajets domicile-travail (réponses) - Réponses au formulaire 1.csv', 'Trajets domicile-travail'],
    ['Trip feedback (Responses) - Form Responses 1.csv', 'Trip feedback'],
    ['Trip survey_December 3, 2026_08.29.csv', 'Trip survey'],
    ['Trip survey(1-40).xlsx', 'Trip survey'],
    ['Google forms fr.csv', undefined],
    ['results-survey123456.csv', undefined],
    ['responses-qYzjKmR7-2026-11-30.csv', undefined],
  ])('%s → %s', (filename, title) => {
    expect(surveyFileTitle(filename)).toBe(title);
  });
});

describe('personal data in free text', () => {
  it.each([
    ['Write to me at ana.lopez@example.org please', 'en', 'Write to me at [e-mail] please'],
    ['Appelez-moi au 06 12 34 56 78', 'fr', 'Appelez-moi au [téléphone]'],
    ['Call +44 20 7946 0958 or bo@example.co.uk', 'en', 'Call [phone] or [e-mail]'],
    ['Train 6123 was 25 minutes late', 'en', 'Train 6123 was 25 minutes late'],
  ] as const)('%s', (text, locale, masked) => {
    expect(maskPersonal(text, locale)).toBe(masked);
  });
});

describe('large surveys', () => {
  it('a question answered only after the first 2,000 respondents is still read as ratings', () => {
    const rows = Array.from({ length: 2600 }, (_, index) => `${index + 1};${1 + (index % 5)};${1 + (index % 4)};${index >= 2200 ? 1 + (index % 3) : ''}`);
    const { journey } = importerFor('big.csv')(['id;Website;App;Late question', ...rows].join('\n'));
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Website', 'App', 'Late question']);
    // Rows 2201–2600 answer 1, 2, 3 in turn from index 2200 (2200 % 3 = 1 → 2): mean of the 400 answers.
    const answers = Array.from({ length: 400 }, (_, k) => 1 + ((2200 + k) % 3));
    const mean = answers.reduce((sum, value) => sum + value, 0) / answers.length;
    expect(journey.cards[2]?.score).toBe(Math.round((-2 + (4 * (mean - 1)) / 4) * 1000) / 1000);
  });
});
