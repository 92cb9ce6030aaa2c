import type { ColumnQuestion } from '../columns/column-question.js';
import { normalizeKey } from '../names/normalize-key.js';

/** A stage name longer than this is shortened at a word, the full question kept in its description. */
const SHORT_NAME = 40;
/** A shared opening must hold this many words to be the survey's subtitle rather than chance. */
const PREFIX_WORDS = 2;
/** Words left hanging at the start of a stage name once the shared opening is gone. */
const LEADING = /^(?:the|a|an|your|our|this|of|with|for|at|le|la|les|l'|un|une|du|des|de la|de l'|de|votre|vos|notre|nos|au|aux|a la|à la|à l'|à|avec|pour)\s+/i;

/** A rating column's stage name as the respondent saw it, and the full text behind it. */
export interface StageName {
  name: string;
  /** The full question (and row), when the name is not all of it. */
  description?: string;
}

/**
 * Names the stages of a survey tool's rating columns as the respondent saw them: a grid's or
 * matrix's row label, a two-row header's sub-answer, else the question without the opening all the
 * questions share ("How satisfied were you with the booking?" → "Booking"), shortened at a word past
 * 40 characters. The shared question (a grid's) or the shared opening becomes the map's subtitle.
 *
 * @example stageNames([{ text: 'Rate each step', row: 'Booking' }, { text: 'Rate each step', row: 'Check-in' }]) // { names: [{ name: 'Booking', … }, { name: 'Check-in', … }], subtitle: 'Rate each step' }
 */
export function stageNames(questions: readonly ColumnQuestion[]): { names: StageName[]; subtitle?: string } {
  const texts = [...new Set(questions.map((question) => question.text.trim()))];
  const plain = questions.filter((question) => question.row === undefined).map((question) => question.text);
  const opening = plain.length >= 2 ? sharedOpening(plain) : '';
  const names = questions.map((question): StageName => {
    const full = question.row === undefined ? question.text.trim() : `${question.text.trim()} [${question.row}]`;
    if (question.row !== undefined && question.row.trim() !== '') return { name: question.row.trim(), description: full };
    const rest = opening === '' ? question.text : question.text.trim().slice(opening.length);
    const name = shorten(tidy(rest) || tidy(question.text));
    return name === full ? { name } : { name, description: full };
  });
  const only = texts.length === 1 && questions.length >= 2 ? texts[0] : undefined;
  const subtitle = only ?? (opening === '' ? undefined : `${opening.trim()} …`);
  return subtitle === undefined ? { names } : { names, subtitle };
}

/** The words every question begins with, at least `PREFIX_WORDS` of them, leaving each question something. */
function sharedOpening(texts: readonly string[]): string {
  const words = texts.map((text) => text.trim().split(/(\s+)/));
  const first = words[0] ?? [];
  let end = 0;
  for (let index = 0; index < first.length; index++) {
    const piece = first[index] ?? '';
    if (!words.every((other) => normalizeKey(other[index] ?? '') === normalizeKey(piece) && (other[index] ?? '') !== '')) break;
    // Every question must keep a word of its own.
    if (!words.every((other) => other.slice(index + 1).some((rest) => rest.trim() !== ''))) break;
    end = index + 1;
  }
  const shared = first.slice(0, end).join('');
  return shared.trim().split(/\s+/).filter((word) => word !== '').length >= PREFIX_WORDS ? shared : '';
}

/** A question's remainder as a name: no hanging article, no closing punctuation, a capital first. */
function tidy(text: string): string {
  let name = text.trim().replace(/\s*[?:.!…]+$/u, '').replace(/^[\s,;:–—-]+/, '');
  for (let pass = 0; pass < 2; pass++) name = name.replace(LEADING, '').replace(/^[ld]['’](?=\p{L})/iu, '');
  name = name.trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function shorten(name: string): string {
  if (name.length <= SHORT_NAME) return name;
  const cut = name.slice(0, SHORT_NAME);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_NAME / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
