import type { ColumnStats } from './column-stats.js';
import { headerKey } from './header-key.js';

/** What kind of survey-tool metadata a column holds: never a rating, never a stage. */
export type MetadataKind = 'date' | 'duration' | 'progress' | 'ip' | 'coordinates' | 'email' | 'name' | 'phone' | 'id' | 'language' | 'collector' | 'device';

/**
 * Metadata that identifies a person: held back from the board and every export, and named in the
 * report as such. Coordinates count: Qualtrics derives them from the respondent's IP address.
 */
export const PERSONAL_KINDS: ReadonlySet<MetadataKind> = new Set(['ip', 'coordinates', 'email', 'name', 'phone']);

/** A metadata column: its kind, whether it is personal data, and whether its name or its values told. */
export interface MetadataVerdict {
  kind: MetadataKind;
  personal: boolean;
  by: 'name' | 'content';
}

/**
 * Headers survey tools give their metadata columns, English and French, compared by `headerKey`
 * (case, accents, `camelCase`, brackets such as "(UTC)" ignored). Sources: Qualtrics' "Understanding
 * your dataset" (StartDate, EndDate, Status, IPAddress, Progress, Duration (in seconds), Finished,
 * RecordedDate, ResponseId, Recipient*, ExternalReference, LocationLatitude/Longitude,
 * DistributionChannel, UserLanguage), SurveyMonkey's export (Respondent ID, Collector ID, Start Date,
 * End Date, IP Address, Email Address, First Name, Last Name, Custom Data 1), Google Forms
 * (Timestamp/Horodateur, Email Address/Adresse e-mail), Microsoft Forms (ID, Start time, Completion
 * time, Email, Name, Last modified time), Typeform (#, Response Type, Start Date (UTC), Stage Date (UTC),
 * Submit Date (UTC), Network ID, Tags) and LimeSurvey (id, submitdate, lastpage, startlanguage, seed,
 * startdate, datestamp, ipaddr, refurl).
 */
const NAMES: Readonly<Record<MetadataKind, readonly string[]>> = {
  date: [
    'start date', 'end date', 'startdate', 'enddate', 'recorded date', 'recordeddate', 'submit date', 'submitdate', 'datestamp', 'stage date', 'timestamp', 'horodateur',
    'horodatage', 'start time', 'completion time', 'end time', 'last modified time', 'heure de debut', 'heure de fin', 'heure de la derniere modification',
    'date de debut', 'date de fin', 'date de soumission', 'submitted at', 'created at', 'date submitted', 'date modified', 'date created',
  ],
  duration: ['duration', 'duration in second', 'duree', 'duree en seconde', 'time taken', 'temps passe', 'interviewtime', 'interview time'],
  progress: ['progress', 'progression', 'finished', 'termine', 'lastpage', 'last page', 'response type', 'status', 'statut', 'completed', 'complete'],
  ip: ['ip address', 'ipaddress', 'ip', 'ipaddr', 'adresse ip'],
  coordinates: ['location latitude', 'location longitude', 'locationlatitude', 'locationlongitude', 'latitude', 'longitude', 'coordonnee', 'coordinate'],
  email: ['email', 'email address', 'e mail', 'adresse e mail', 'adresse email', 'adresse de messagerie', 'courriel', 'recipient email', 'recipientemail', 'mail'],
  name: ['name', 'first name', 'last name', 'full name', 'recipient first name', 'recipient last name', 'nom', 'prenom', 'nom complet', 'nom et prenom', 'firstname', 'lastname'],
  phone: ['phone', 'phone number', 'telephone', 'numero de telephone', 'mobile', 'portable', 'tel'],
  id: [
    'response id', 'responseid', 'respondent id', 'respondentid', 'id', '#', 'external reference', 'externalreference', 'external data reference', 'token', 'seed',
    'network id', 'identifiant', 'id de reponse', 'numero de reponse', 'tag', 'custom data 1', 'custom data',
  ],
  language: ['user language', 'userlanguage', 'language', 'startlanguage', 'langue', 'start language'],
  collector: ['collector id', 'collectorid', 'distribution channel', 'distributionchannel', 'collector', 'canal de distribution', 'refurl', 'referer', 'referrer', 'url'],
  device: ['user agent', 'useragent', 'device', 'browser', 'navigateur', 'appareil', 'operating system', 'q recaptcha score', 'recaptcha score'],
};

const BY_NAME = new Map<string, MetadataKind>();
for (const [kind, names] of Object.entries(NAMES) as [MetadataKind, readonly string[]][]) {
  for (const name of names) BY_NAME.set(headerKey(name), kind);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M|Z|[+-]\d{2}:?\d{2})?)?$/i;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const PHONE = /^\+?\(?\d[\d\s().-]{7,}\d$/;
const TOKEN = /^[A-Za-z0-9_-]{8,}$/;

/**
 * Recognises a survey-tool metadata column by its name (the header, or the vendor's column code such as
 * Qualtrics' `IPAddress`), else by what it holds: e-mail addresses, IP addresses, dates or times,
 * phone numbers, coordinates (decimals with four places or more), or response tokens (every value
 * different, letters and digits mixed). Returns `undefined` for anything else.
 *
 * @example recognizeMetadata(['IP Address'], stats) // { kind: 'ip', personal: true, by: 'name' }
 * @example recognizeMetadata(['Contact'], statsOf(['ana@example.org', 'bo@example.org'])) // { kind: 'email', personal: true, by: 'content' }
 */
export function recognizeMetadata(names: readonly string[], stats: ColumnStats): MetadataVerdict | undefined {
  for (const name of names) {
    const kind = BY_NAME.get(headerKey(name));
    if (kind !== undefined) return { kind, personal: PERSONAL_KINDS.has(kind), by: 'name' };
  }
  const kind = kindOfValues(stats);
  return kind === undefined ? undefined : { kind, personal: PERSONAL_KINDS.has(kind), by: 'content' };
}

function kindOfValues(stats: ColumnStats): MetadataKind | undefined {
  const values = stats.values.map((value) => value.trim()).filter((value) => value !== '');
  if (values.length === 0) return undefined;
  const all = (test: (value: string) => boolean) => values.every(test);
  if (all((value) => EMAIL.test(value))) return 'email';
  if (all((value) => IPV4.test(value) || (value.includes(':') && IPV6.test(value) && value.split(':').length > 3))) return 'ip';
  if (all((value) => DATE.test(value) || TIME.test(value))) return 'date';
  if (all((value) => PHONE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 9 && /[\s().+-]/.test(value))) return 'phone';
  if (all((value) => /^-?\d{1,3}[.,]\d{4,}$/.test(value) && Math.abs(Number(value.replace(',', '.'))) <= 180)) return 'coordinates';
  if (stats.allDistinct && values.length >= 2 && all((value) => TOKEN.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value))) return 'id';
  return undefined;
}
