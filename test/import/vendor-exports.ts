import Papa from 'papaparse';

/**
 * Survey-tool exports written to each tool's documented layout, for issue #16's scenario: respondents
 * rate five steps of a train trip on 1–5, answer a 0–10 recommendation question and say what could
 * be improved; the tool adds its metadata columns. Every value is a function of the respondent's
 * position, so tests compute the expected means on their own (`rating`, `recommendation`).
 * The layouts and their sources are listed in test/fixtures/vendors/README.md.
 */
export type VendorFixture = 'qualtrics' | 'surveymonkey' | 'google-forms' | 'microsoft-forms' | 'typeform' | 'limesurvey';

export const STEPS = {
  en: ['Booking', 'Check-in', 'Boarding', 'On board', 'Arrival'],
  fr: ['Réservation', 'Enregistrement', 'Embarquement', 'À bord', 'Arrivée'],
} as const;

/** How each step leans: check-in and on board rated higher, arrival lower. */
const STEP_SHIFT = [0, 1, -1, 1, -2];

/** Respondent `index`'s rating of step `step`, on 1–5: varied, every value used, a lean per step. */
export function rating(index: number, step: number): number {
  const base = 1 + ((index * (step + 2) + step * 3 + Math.floor(index / 7)) % 5);
  return Math.min(5, Math.max(1, base + (STEP_SHIFT[step] ?? 0)));
}

/** Respondent `index`'s answer to the recommendation question, on 0–10. */
export function recommendation(index: number): number {
  return (index * 7 + 3) % 11;
}

/** Respondent `index`'s travel class: the segment of the Qualtrics export. */
export function travelClass(index: number): 'First' | 'Second' {
  return index % 3 === 0 ? 'First' : 'Second';
}

const IMPROVEMENTS = ['More legroom on board, please', 'The booking site kept timing out on payment', 'Clearer platform signs at the station', '', 'Write to me at ana.lopez@example.org', ''];
const IMPROVEMENTS_FR = ['Plus de place pour les jambes à bord', 'Le site de réservation plante au paiement', 'Des panneaux plus clairs sur le quai', '', '', 'Appelez-moi au 06 12 34 56 78'];

/** Respondent `index`'s free-text answer ('' when none). */
export function improvement(index: number, language: 'fr' | 'en'): string {
  const list = language === 'fr' ? IMPROVEMENTS_FR : IMPROVEMENTS;
  return list[index % list.length] ?? '';
}

const LIKERT = ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const when = (index: number, minutes = 0) => `2026-11-${pad(1 + (index % 28))} ${pad(8 + (index % 10))}:${pad((index * 7 + minutes) % 60)}:${pad((index * 13) % 60)}`;
const ip = (index: number) => `203.0.113.${(index * 37) % 250}`;
const email = (index: number) => `respondent${index + 1}@example.org`;
const token = (index: number) => `${(index * 2654435761).toString(36)}x${pad(index, 4)}`.slice(-12);

function csv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return Papa.unparse(rows as string[][], { delimiter, newline: '\r\n' });
}

/**
 * One tool's export of `respondents` answers as CSV text (Qualtrics may also be written as TSV).
 *
 * @example vendorExport('qualtrics', 40).split('\r\n')[2] // '{"ImportId":"startDate",…'
 */
export function vendorExport(vendor: VendorFixture, respondents: number, options: { delimiter?: ',' | '\t' } = {}): string {
  const people = Array.from({ length: respondents }, (_, index) => index);
  const ratings = (index: number) => STEPS.en.map((_, step) => String(rating(index, step)));
  switch (vendor) {
    case 'qualtrics': {
      // 17 metadata columns, then the matrix Q1 (one column per row), Q2 (0–10), Q3 (text), Q4 (class).
      const ids = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'RecipientLastName', 'RecipientFirstName', 'RecipientEmail', 'ExternalReference', 'LocationLatitude', 'LocationLongitude', 'DistributionChannel', 'UserLanguage', 'Q1_1', 'Q1_2', 'Q1_3', 'Q1_4', 'Q1_5', 'Q2', 'Q3', 'Q4'];
      const texts = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Recipient Last Name', 'Recipient First Name', 'Recipient Email', 'External Data Reference', 'Location Latitude', 'Location Longitude', 'Distribution Channel', 'User Language', ...STEPS.en.map((step) => `Rate each step of your trip - ${step}`), 'How likely are you to recommend us to a friend?', 'What could we improve?', 'Which class did you travel in?'];
      const imports = ids.map((id) => (id.startsWith('Q') ? `{"ImportId":"QID${id.slice(1).replace('_', '_')}"}` : `{"ImportId":"${id.charAt(0).toLowerCase()}${id.slice(1)}"}`));
      const rows = people.map((index) => [
        when(index), when(index, 5), 'IP Address', ip(index), '100', String(240 + index * 3), 'True', when(index, 5), `R_${token(index)}`, `Lopez${index}`, `Ana${index}`, email(index), '', `48.${pad(8500 + index, 4)}`, `2.${pad(3500 + index, 4)}`, 'anonymous', 'EN',
        ...ratings(index), String(recommendation(index)), improvement(index, 'en'), travelClass(index),
      ]);
      return csv([ids, texts, imports, ...rows], options.delimiter);
    }
    case 'surveymonkey': {
      const top = ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'How satisfied were you with each step of your trip?', '', '', '', '', 'How likely is it that you would recommend us to a friend or colleague?', 'What could we improve?'];
      const below = ['', '', '', '', '', '', '', '', '', ...STEPS.en, 'Response', 'Open-Ended Response'];
      const rows = people.map((index) => [
        String(11432876540 + index * 17), '431987654', when(index).replace(/-/g, '/'), when(index, 5).replace(/-/g, '/'), ip(index), email(index), `Ana${index}`, `Lopez${index}`, '',
        ...STEPS.en.map((_, step) => LIKERT[rating(index, step) - 1] ?? ''), String(recommendation(index)), improvement(index, 'en'),
      ]);
      return csv([top, below, ...rows]);
    }
    case 'google-forms': {
      const header = ['Horodateur', 'Adresse e-mail', ...STEPS.fr.map((step) => `Notez chaque étape de votre voyage [${step}]`), 'Quelle est la probabilité que vous recommandiez notre service à un ami ?', 'Que pourrions-nous améliorer ?'];
      const rows = people.map((index) => [`${pad(1 + (index % 28))}/11/2026 ${pad(8 + (index % 10))}:${pad((index * 7) % 60)}:00`, email(index), ...ratings(index), String(recommendation(index)), improvement(index, 'fr')]);
      return csv([header, ...rows]);
    }
    case 'microsoft-forms': {
      const questions = ['How would you rate the booking?', 'How would you rate the check-in?', 'How would you rate the boarding?', 'How would you rate your time on board?', 'How would you rate the arrival?'];
      const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', ...questions, 'How likely are you to recommend us to a friend?', 'What could we improve?'];
      const rows = people.map((index) => [String(index + 1), `11/${1 + (index % 28)}/26 ${8 + (index % 10)}:${pad((index * 7) % 60)}:00`, `11/${1 + (index % 28)}/26 ${8 + (index % 10)}:${pad((index * 7 + 5) % 60)}:00`, email(index), `Ana Lopez ${index}`, '', ...ratings(index), String(recommendation(index)), improvement(index, 'en')]);
      return csv([header, ...rows]);
    }
    case 'typeform': {
      const questions = ['How was the booking?', 'How was the check-in?', 'How was the boarding?', 'How was your time on board?', 'How was the arrival?'];
      const header = ['#', ...questions, 'How likely are you to recommend us to a friend?', 'Anything we could improve?', 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID'];
      const rows = people.map((index) => [token(index), ...ratings(index), String(recommendation(index)), improvement(index, 'en'), when(index), when(index, 5), `${token(index + 1000).slice(0, 10)}`]);
      return csv([header, ...rows]);
    }
    case 'limesurvey': {
      const header = ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', ...STEPS.en.map((step) => `Rate each step of your trip [${step}]`), 'How likely are you to recommend us to a friend?', 'What could we improve?'];
      const rows = people.map((index) => [String(index + 1), when(index), '2', 'en', String(100000 + ((index * 7919) % 900000)), ...ratings(index), String(recommendation(index)), improvement(index, 'en')]);
      return csv([header, ...rows], ';');
    }
  }
}
