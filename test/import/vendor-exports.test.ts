import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJourney } from '../../core/src/export/export-journey.js';
import { importJourney } from '../../core/src/import/import-journey.js';
import { vendorSummary } from '../../core/src/import/vendors/vendor-words.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { renderHtml } from '../../core/src/render/render-html.js';
import type { Journey } from '../../core/src/model/journey.js';
import type { ImportReport } from '../../core/src/model/problem.js';
import { utf16le } from './vendor-fixtures.js';
import { improvement, rating, recommendation, STEPS, travelClass, vendorExport, type VendorFixture } from './vendor-exports.js';

const RESPONDENTS = 40;
const people = Array.from({ length: RESPONDENTS }, (_, index) => index);

/** A step's mean on −2…+2, computed here from the 1–5 ratings: 1 → −2, 5 → +2, so value − 3. */
function expectedMean(step: number, who: readonly number[] = people): number {
  const sum = who.reduce((total, index) => total + rating(index, step) - 3, 0);
  return Math.round((sum / who.length) * 1000) / 1000;
}

/** The NPS of some respondents, computed here: % answering 9–10 minus % answering 0–6. */
function expectedNps(who: readonly number[] = people, segment?: string): string {
  const answers = who.map(recommendation);
  const score = Math.round(((answers.filter((value) => value >= 9).length - answers.filter((value) => value <= 6).length) / answers.length) * 100);
  const nps = `NPS ${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)} (n = ${answers.length})`;
  return segment === undefined ? nps : `${segment}: ${nps}`;
}

function imported(vendor: VendorFixture, filename: string, text: string | Uint8Array = vendorExport(vendor, RESPONDENTS)): { journey: Journey; report: ImportReport; warnings: string[] } {
  const result = importJourney(text, { filename });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return { journey: result.journey, report: result.report, warnings: result.warnings.map((warning) => `${warning.column ?? '-'}|${warning.message}`) };
}

/** The touchpoint cards' texts and scores, in order: one per rated step. */
function stepScores(journey: Journey): [string, number | undefined][] {
  const lane = journey.lanes.find((candidate) => candidate.kind === 'touchpoints');
  return journey.cards.filter((card) => card.laneId === lane?.id).map((card) => [card.text, card.score]);
}

const MEANS = STEPS.en.map((_, step) => expectedMean(step));

/** Each export's file name, stage names, title, subtitle and the columns held back, from its layout. */
const CASES: readonly {
  vendor: VendorFixture;
  filename: string;
  stages: readonly string[];
  title: string;
  subtitle: string;
  headerRows: number;
  metadata: readonly string[];
  personal: readonly string[];
}[] = [
  {
    vendor: 'qualtrics',
    filename: 'Trip survey_December 3, 2026_08.29.csv',
    stages: STEPS.en,
    title: 'Trip survey',
    subtitle: 'Rate each step of your trip',
    headerRows: 3,
    metadata: ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Recipient Last Name', 'Recipient First Name', 'Recipient Email', 'External Data Reference', 'Location Latitude', 'Location Longitude', 'Distribution Channel', 'User Language'],
    personal: ['IP Address', 'Recipient Last Name', 'Recipient First Name', 'Recipient Email', 'Location Latitude', 'Location Longitude'],
  },
  {
    vendor: 'surveymonkey',
    filename: 'Trip survey.csv',
    stages: STEPS.en,
    title: 'Trip survey',
    subtitle: 'How satisfied were you with each step of your trip?',
    headerRows: 2,
    metadata: ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1'],
    personal: ['IP Address', 'Email Address', 'First Name', 'Last Name'],
  },
  {
    vendor: 'google-forms',
    filename: 'Google forms fr.csv',
    stages: STEPS.fr,
    // The file name says nothing but the tool: the grid's question titles the map.
    title: 'Notez chaque étape de votre voyage',
    subtitle: 'Notez chaque étape de votre voyage',
    headerRows: 1,
    metadata: ['Horodateur', 'Adresse e-mail'],
    personal: ['Adresse e-mail'],
  },
  {
    vendor: 'microsoft-forms',
    filename: 'Trip survey(1-40).csv',
    stages: ['Booking', 'Check-in', 'Boarding', 'Time on board', 'Arrival'],
    title: 'Trip survey',
    subtitle: 'How would you rate …',
    headerRows: 1,
    metadata: ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time'],
    personal: ['Email', 'Name'],
  },
  {
    vendor: 'typeform',
    filename: 'responses-qYzjKmR7-2026-11-30.csv',
    stages: ['Booking', 'Check-in', 'Boarding', 'Time on board', 'Arrival'],
    // Nothing in the file name nor a shared question: the survey is named as such.
    title: 'Survey',
    subtitle: 'How was …',
    headerRows: 1,
    metadata: ['#', 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID'],
    personal: [],
  },
  {
    vendor: 'limesurvey',
    filename: 'results-survey123456.csv',
    stages: STEPS.en,
    title: 'Rate each step of your trip',
    subtitle: 'Rate each step of your trip',
    headerRows: 1,
    metadata: ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed'],
    personal: [],
  },
];

describe('survey-tool exports (issue #16: 40 respondents rate 5 steps of a trip on 1–5)', () => {
  for (const one of CASES) {
    it(`${one.vendor}: stages as the respondent saw them, their means, the layout and what was held back`, () => {
      const { journey, report } = imported(one.vendor, one.filename);
      expect(journey.stages.map((stage) => stage.name)).toEqual([...one.stages, one.vendor === 'google-forms' ? 'Recommandation' : 'Recommendation']);
      expect(stepScores(journey)).toEqual(one.stages.map((stage, step) => [stage, MEANS[step]]));
      expect(journey.cards.filter((card) => card.laneId === journey.lanes.find((lane) => lane.kind === 'touchpoints')?.id).map((card) => card.count)).toEqual(one.stages.map(() => RESPONDENTS));
      expect(journey.title).toBe(one.title);
      if (one.title === one.subtitle) expect(journey.description?.split('\n')[0]).toMatch(/^NPS /);
      else expect(journey.description?.split('\n')[0]).toBe(one.subtitle);
      expect(report.format).toBe('survey-csv');
      expect(report.vendor).toEqual({ name: one.vendor, headerRows: one.headerRows });
      expect(report.metadataColumns).toEqual(one.metadata);
      expect(report.personalColumns ?? []).toEqual(one.personal);
      expect(report.rows).toBe(RESPONDENTS);
      // The recommendation question's NPS, on the advocacy stage (Qualtrics splits it by class, below).
      const npsLane = journey.lanes.find((lane) => lane.kind === 'custom' && lane.title === 'Net Promoter Score');
      const npsCards = journey.cards.filter((card) => card.laneId === npsLane?.id);
      expect(new Set(npsCards.map((card) => card.stageId))).toEqual(new Set([journey.stages.at(-1)?.id]));
      expect(journey.stages.at(-1)?.phase).toBe('advocacy');
      if (one.vendor !== 'qualtrics') expect(npsCards.map((card) => card.text)).toEqual([expectedNps()]);
    });
  }

  it('qualtrics: 3 header rows are the header, not data (no warning about rows 2–3), and segments split the NPS', () => {
    const { journey, report, warnings } = imported('qualtrics', 'trip.csv');
    expect(report.notes?.[0]).toBe('Qualtrics export: 3 header rows, 17 metadata columns left out');
    // Header rows 2–3 are not read as data, and metadata is summarised in the notes, not warned about.
    expect(warnings).toEqual([]);
    const first = people.filter((index) => travelClass(index) === 'First');
    const second = people.filter((index) => travelClass(index) === 'Second');
    // Personas in order of first appearance: respondent 1 travelled first class.
    expect(journey.personas.map((persona) => persona.name)).toEqual(['First', 'Second']);
    const nps = journey.cards.filter((card) => card.laneId === journey.lanes.find((lane) => lane.title === 'Net Promoter Score')?.id);
    expect(nps.map((card) => [journey.personas.find((persona) => persona.id === card.personaId)?.name, card.text])).toEqual([
      ['First', expectedNps(first, 'First')],
      ['Second', expectedNps(second, 'Second')],
    ]);
    expect(journey.stages.at(-1)).toMatchObject({ name: 'Recommendation', phase: 'advocacy', description: 'How likely are you to recommend us to a friend?' });
    // The HTML report states each segment's NPS in words (its lead) and on the map (the cards).
    const bySegment = (who: readonly number[], name: string) => expectedNps(who, name).replace(': NPS', '');
    const html = renderHtml(journey, layoutJourney(journey));
    expect(html).toContain(`By segment: ${bySegment(first, 'First')}, ${bySegment(second, 'Second')}.`);
    // The per-segment means of the booking step, computed here.
    const booking = journey.stages[0]?.id;
    const byPersona = Object.fromEntries(journey.emotions.filter((emotion) => emotion.stageId === booking).map((emotion) => [journey.personas.find((persona) => persona.id === emotion.personaId)?.name, emotion.score]));
    expect(byPersona).toEqual({ First: expectedMean(0, first), Second: expectedMean(0, second) });
    // Matrix rows keep the full question in their description.
    expect(journey.stages[0]?.description).toBe('Rate each step of your trip [Booking]');
  });

  it('qualtrics: the TSV export in UTF-16 reads the same', () => {
    const bytes = utf16le(vendorExport('qualtrics', RESPONDENTS, { delimiter: '\t' }));
    const { journey, report } = imported('qualtrics', 'trip.tsv', bytes);
    expect(report).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', vendor: { name: 'qualtrics', headerRows: 3 } });
    expect(stepScores(journey)).toEqual(STEPS.en.map((stage, step) => [stage, MEANS[step]]));
  });

  it('surveymonkey: the answers are Likert labels, read as a 5-point scale and reported as such', () => {
    const { report } = imported('surveymonkey', 'trip.csv');
    expect(report.scale).toBe('words');
    expect(report.labelScales).toEqual([
      { labels: ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'], columns: STEPS.en.map((step) => `How satisfied were you with each step of your trip? [${step}]`) },
    ]);
    expect(vendorSummary(report, 'en')).toEqual([
      'SurveyMonkey export: 2 header rows, 9 metadata columns left out',
      'Personal data held back, never placed nor exported: IP Address, Email Address, First Name, Last Name',
      'Answers read as a 5-point scale: Very dissatisfied (−2) … Very satisfied (+2), in 5 columns',
    ]);
    expect(vendorSummary(report, 'fr')).toEqual([
      "Export SurveyMonkey : 2 lignes d'en-tête, 9 colonnes de métadonnées écartées",
      'Données personnelles retenues, jamais placées ni exportées : IP Address, Email Address, First Name, Last Name',
      'Réponses lues comme une échelle à 5 niveaux : Very dissatisfied (−2) … Very satisfied (+2), dans 5 colonnes',
    ]);
  });

  it('says one header row and one metadata column in the singular, in both languages', () => {
    const report = { vendor: { name: 'google-forms' as const, headerRows: 1 }, metadataColumns: ['Horodateur'] };
    expect(vendorSummary(report, 'en')).toEqual(['Google Forms export: 1 header row, 1 metadata column left out']);
    expect(vendorSummary(report, 'fr')).toEqual(["Export Google Forms : 1 ligne d'en-tête, 1 colonne de métadonnées écartée"]);
  });

  it('free-text answers are quotes of the stage they follow, written the most often first, e-mails and phones masked', () => {
    const { journey } = imported('microsoft-forms', 'trip.csv');
    const thoughts = journey.lanes.find((lane) => lane.kind === 'thoughts');
    const quotes = journey.cards.filter((card) => card.laneId === thoughts?.id);
    const recommendationStage = journey.stages.find((stage) => stage.name === 'Recommendation');
    // "What could we improve?" comes after the recommendation question in column order.
    expect(new Set(quotes.map((card) => card.stageId))).toEqual(new Set([recommendationStage?.id]));
    const counts = new Map<string, number>();
    for (const index of people) {
      const text = improvement(index, 'en');
      if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    // All four answers were written equally often: the longest come first, three per cell.
    expect(quotes.map((card) => [card.text, card.count])).toEqual([
      ['The booking site kept timing out on payment', counts.get('The booking site kept timing out on payment')],
      ['Clearer platform signs at the station', counts.get('Clearer platform signs at the station')],
      ['More legroom on board, please', counts.get('More legroom on board, please')],
    ]);
    expect(quotes[0]?.sources.every((source) => /^row \d+$/.test(source))).toBe(true);
    // With room for every answer, the one holding an e-mail address is there, masked.
    const more = importJourney(vendorExport('microsoft-forms', RESPONDENTS), { filename: 'trip.csv', maxQuotesPerCell: 10 });
    if (!more.ok) throw new Error('not imported');
    const texts = more.journey.cards.map((card) => card.text);
    expect(texts).toContain('Write to me at [e-mail]');
    expect(texts.join(' ')).not.toContain('ana.lopez@example.org');
  });

  it('a French phone number written in an answer is masked', () => {
    const result = importJourney(vendorExport('google-forms', RESPONDENTS), { filename: 'voyage.csv', maxQuotesPerCell: 10 });
    if (!result.ok) throw new Error('not imported');
    const texts = result.journey.cards.map((card) => card.text);
    expect(texts).toContain('Appelez-moi au [téléphone]');
    expect(texts.join(' ')).not.toContain('06 12 34 56 78');
  });

  for (const one of CASES) {
    it(`${one.vendor}: no personal value reaches the board or any export`, () => {
      const text = vendorExport(one.vendor, RESPONDENTS);
      const { journey } = imported(one.vendor, one.filename, text);
      const personal = [/respondent\d+@example\.org/, /203\.0\.113\.\d+/, /Lopez\d+/, /Ana\d+/, /Ana Lopez/, /48\.85\d\d/, /ana\.lopez@/, /06 12 34 56 78/];
      const outputs = [exportJourney(journey, 'csv'), exportJourney(journey, 'json'), exportJourney(journey, 'mermaid'), JSON.stringify(layoutJourney(journey).primitives)];
      for (const output of outputs) for (const pattern of personal) expect(output).not.toMatch(pattern);
    });
  }

  it('any tool, any number of respondents: the five steps with their exact means, nothing personal placed (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), fc.integer({ min: 1, max: 60 }), (one, respondents) => {
        const who = Array.from({ length: respondents }, (_, index) => index);
        const { journey, report } = imported(one.vendor, one.filename, vendorExport(one.vendor, respondents));
        expect(report.vendor?.name).toBe(one.vendor);
        expect(stepScores(journey)).toEqual(one.stages.map((stage, step) => [stage, expectedMean(step, who)]));
        expect(exportJourney(journey, 'json')).not.toMatch(/example\.org|203\.0\.113|Lopez/);
      }),
      { numRuns: 30 },
    );
  });

  it('qualtrics: a legacy export without the ImportId row has 2 header rows', () => {
    const lines = vendorExport('qualtrics', RESPONDENTS).split('\r\n');
    const { journey, report } = imported('qualtrics', 'trip.csv', [...lines.slice(0, 2), ...lines.slice(3)].join('\r\n'));
    expect(report.vendor).toEqual({ name: 'qualtrics', headerRows: 2 });
    expect(stepScores(journey)).toEqual(STEPS.en.map((stage, step) => [stage, MEANS[step]]));
  });

  it('limesurvey: code headings (Q1[SQ001]) name the stages by their sub-question codes', () => {
    const text = ['id;submitdate;lastpage;startlanguage;seed;Q1[SQ001];Q1[SQ002];Q1[SQ003]', ...people.map((index) => `${index + 1};2026-11-02 10:00:00;2;fr;${1000 + index};${rating(index, 0)};${rating(index, 1)};${rating(index, 2)}`)].join('\n');
    const { journey, report } = imported('limesurvey', 'results-survey123456.csv', text);
    expect(report.vendor?.name).toBe('limesurvey');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['SQ001', 'SQ002', 'SQ003']);
    expect(stepScores(journey).map(([, score]) => score)).toEqual([0, 1, 2].map((step) => expectedMean(step)));
  });

  it('a plain survey CSV keeps its names: no tool recognised, stage prefixes as before', () => {
    const { report, journey } = imported('qualtrics', 'plain.csv', ['Respondent;Booking / Website;Boarding', 'R1;4;2', 'R2;5;3', 'R3;3;1'].join('\n'));
    expect(report.vendor).toBeUndefined();
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Booking', 'Boarding']);
  });
});
