import { LANE_KINDS, type LaneKind } from '../../model/journey.js';
import { readScaleHint, type ScaleHint } from '../emotion/scale-hint.js';
import { normalizeKey } from '../names/normalize-key.js';
import { ROLE_OF_LANE_KIND, type ColumnRole } from './column-role.js';
import { headerKey } from './header-key.js';
import { HEADER_SYNONYMS } from './header-synonyms.js';

/** How one header reads. */
export interface RecognizedHeader {
  /** The role it names, or `null` when it names none we know. */
  role: ColumnRole | null;
  /** The header without a `[kind]` tag: a lane's title. */
  title: string;
  /** The header without tag and scale hint: a survey column's touchpoint name, an emotion lane's title. */
  bareTitle: string;
  /** The language of the synonym it matched, when only one language uses it. */
  language?: 'fr' | 'en';
  scale?: ScaleHint;
  /** The header named its lane kind explicitly (`Notes [custom]`). */
  tagged: boolean;
}

interface Entry {
  role: ColumnRole;
  language?: 'fr' | 'en';
}

const LOOKUP = buildLookup();
/** Synonym keys, longest first, for "header begins with a synonym" matches. */
const PREFIXES = [...LOOKUP.keys()].sort((a, b) => b.length - a.length);
const KIND_BY_TAG = new Map<string, LaneKind>(LANE_KINDS.map((kind) => [kind.toLowerCase(), kind]));
const TAG = /\s*\[\s*([A-Za-z]+)\s*\]\s*$/;
/** Headers whose plural means something else than their singular ("Note" is a score, "Notes" are notes). */
const PLURALS: ReadonlyMap<string, ColumnRole> = new Map([['notes', 'custom']]);

/**
 * Recognises a CSV header in French or English, whatever the case, accents, plural or punctuation:
 * its role, its title, its language and any scale hint. A trailing `[kind]` tag (`Ce que dit le
 * client [thoughts]`) names a lane kind explicitly; the wide CSV export writes one whenever a lane's
 * title alone would read as another role.
 *
 * @example recognizeHeader('Points de contact') // { role: 'touchpoint', title: 'Points de contact', language: 'fr', … }
 * @example recognizeHeader('Émotion (1-5)') // { role: 'emotion', bareTitle: 'Émotion', scale: { scale: '1-5' }, … }
 */
export function recognizeHeader(header: string): RecognizedHeader {
  const tag = TAG.exec(header);
  const tagKind = tag === null ? undefined : KIND_BY_TAG.get((tag[1] ?? '').toLowerCase());
  const title = tagKind === undefined ? header.trim() : header.slice(0, tag?.index).trim();
  const { hint, rest } = readScaleHint(title);
  const bareTitle = rest === '' ? title : rest;
  const plural = PLURALS.get(normalizeKey(bareTitle));
  const entry = tagKind !== undefined ? { role: ROLE_OF_LANE_KIND[tagKind] } : plural !== undefined ? { role: plural } : lookup(headerKey(bareTitle));
  const recognized: RecognizedHeader = { role: entry?.role ?? null, title, bareTitle, tagged: tagKind !== undefined };
  if (entry?.language !== undefined) recognized.language = entry.language;
  if (hint !== undefined) recognized.scale = hint;
  return recognized;
}

function lookup(key: string): Entry | undefined {
  if (key === '') return undefined;
  const exact = LOOKUP.get(key);
  if (exact !== undefined) return exact;
  const prefix = PREFIXES.find((synonym) => key.startsWith(`${synonym} `));
  return prefix === undefined ? undefined : LOOKUP.get(prefix);
}

function buildLookup(): Map<string, Entry> {
  const languages = new Map<string, Set<'fr' | 'en'>>();
  const roles = new Map<string, ColumnRole>();
  for (const [role, synonyms] of Object.entries(HEADER_SYNONYMS) as [ColumnRole, { fr: readonly string[]; en: readonly string[] }][]) {
    for (const language of ['fr', 'en'] as const) {
      for (const synonym of synonyms[language]) {
        const key = headerKey(synonym);
        if (!roles.has(key)) roles.set(key, role);
        if (roles.get(key) === role) languages.set(key, (languages.get(key) ?? new Set()).add(language));
      }
    }
  }
  const lookup = new Map<string, Entry>();
  for (const [key, role] of roles) {
    const used = languages.get(key);
    const entry: Entry = { role };
    if (used?.size === 1) entry.language = used.has('fr') ? 'fr' : 'en';
    lookup.set(key, entry);
  }
  return lookup;
}
