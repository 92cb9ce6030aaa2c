import { vendorExport, type VendorFixture } from './vendor-exports.js';

/** Respondents in each committed fixture: enough for every metadata column and label, small enough to read. */
export const FIXTURE_RESPONDENTS = 8;

/** The committed survey-tool exports under test/fixtures/vendors/, file name and bytes. */
export const VENDOR_FIXTURES: readonly { vendor: VendorFixture; file: string; bytes: () => Uint8Array }[] = [
  { vendor: 'qualtrics', file: 'qualtrics.csv', bytes: () => new TextEncoder().encode(vendorExport('qualtrics', FIXTURE_RESPONDENTS)) },
  { vendor: 'qualtrics', file: 'qualtrics-utf16.tsv', bytes: () => utf16le(vendorExport('qualtrics', FIXTURE_RESPONDENTS, { delimiter: '\t' })) },
  { vendor: 'surveymonkey', file: 'surveymonkey.csv', bytes: () => new TextEncoder().encode(vendorExport('surveymonkey', FIXTURE_RESPONDENTS)) },
  { vendor: 'google-forms', file: 'Google forms fr.csv', bytes: () => new TextEncoder().encode(vendorExport('google-forms', FIXTURE_RESPONDENTS)) },
  { vendor: 'microsoft-forms', file: 'microsoft-forms.csv', bytes: () => new TextEncoder().encode(vendorExport('microsoft-forms', FIXTURE_RESPONDENTS)) },
  { vendor: 'typeform', file: 'typeform.csv', bytes: () => new TextEncoder().encode(vendorExport('typeform', FIXTURE_RESPONDENTS)) },
  { vendor: 'limesurvey', file: 'limesurvey.csv', bytes: () => new TextEncoder().encode(vendorExport('limesurvey', FIXTURE_RESPONDENTS)) },
];

/** Text as UTF-16LE with its byte-order mark, as Qualtrics writes its TSV export. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}
