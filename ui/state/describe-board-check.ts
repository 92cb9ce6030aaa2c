import { wordMessage, type Message } from '../../core/src/index.js';
import type { PanelHost } from '../panel-host.js';
import { panelStrings } from '../panel-strings.js';
import type { BoardCheck, CheckedItem, CheckFailure } from './board-check.js';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'info';

/** One line of the report: what was found, and whether it is fine. */
export interface CheckLine {
  status: CheckStatus;
  text: string;
}

/** The report "Check this board" shows, and `text`, the same as plain text to copy. */
export interface BoardCheckReport {
  heading: string;
  status: Exclude<CheckStatus, 'info'>;
  verdict: string;
  lines: CheckLine[];
  text: string;
}

/** How each status starts a line of the copied text. */
const MARKS: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✗', info: '·' };
/** Hosts report fractional sizes (228.000001): within half a unit is the same size. */
const TOLERANCE = 0.5;
/** A host's message longer than this is cut: the report stays short enough to read and paste. */
const MAX_MESSAGE = 160;

/**
 * Words a board check in the panel's language: one line per test item (size against what Parcours
 * assumes, growth with a long text, font), per font loaded, for the hidden data and the clean-up,
 * a verdict, and the same as plain text to copy. Numbers follow the locale (`1 234,5` in French);
 * a failure is worded from its coded reason (`hostErrorSaid`: the host's English text stays beside
 * it in English only), item ids taken out.
 *
 * @example describeBoardCheck(check, 'miro', 'fr').lines[0].text // 'Post-it : 199 × 228, comme prévu'
 */
export function describeBoardCheck(check: BoardCheck, host: PanelHost['name'], locale: 'fr' | 'en'): BoardCheckReport {
  const words = panelStrings(locale).check;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const size = (value: { w: number; h: number }) => `${number.format(value.w)} × ${number.format(value.h)}`;
  // The host's words are English: the coded reason is worded in the panel's language when there is one.
  const reason = (text: string | undefined, said: Message | undefined) => withoutIds(said === undefined ? (text ?? '') : wordMessage(said, locale));
  const why = (failure: CheckFailure) => `${words.failed[failure.step]} (${reason(failure.message, failure.said)})`;

  const itemLine = (item: CheckedItem): CheckLine => {
    let status: CheckStatus = 'ok';
    const parts: string[] = [];
    if (item.size) {
      const { w, h } = item.expected;
      const same = near(item.size.w, w) && (h === undefined || near(item.size.h, h));
      if (!same) status = 'warn';
      if (h === undefined) parts.push(same ? words.widthAsExpected(size(item.size)) : words.expectedWidth(size(item.size), number.format(w)));
      else parts.push(same ? words.asExpected(size(item.size)) : words.expected(size(item.size), size({ w, h })));
    }
    if (item.withLongText) parts.push(words.withLongText(size(item.withLongText)));
    if (item.font) {
      const name = item.font.style === undefined ? item.font.family : `${item.font.family} ${item.font.style}`;
      parts.push(words.font(name, item.font.size === undefined ? undefined : number.format(item.font.size)));
    }
    if (item.error) {
      status = 'fail';
      parts.push(why(item.error));
    }
    return { status, text: `${words.kinds[item.kind]}${colon(locale)}${parts.join(locale === 'fr' ? ' ; ' : '; ')}` };
  };

  const lines: CheckLine[] = check.items.map(itemLine);
  for (const font of check.fonts) {
    const name = `${font.family} ${font.style}`;
    lines.push(
      font.loaded
        ? { status: 'ok', text: words.fontLoads(name) }
        : { status: 'fail', text: `${words.fontFails(name)}${font.error === undefined && font.said === undefined ? '' : ` (${reason(font.error, font.said)})`}` },
    );
  }
  const data = check.hiddenData;
  lines.push({
    status: data.ok ? 'ok' : data.error ? 'fail' : 'info',
    text: `${words.hiddenData[host]}${colon(locale)}${data.ok ? words.hiddenDataOk : data.error ? why(data.error) : words.hiddenDataNotTried}`,
  });
  const { created, removed, error, said } = check.cleanup;
  lines.push(
    removed >= created
      ? { status: 'ok', text: words.removed(created) }
      : { status: 'fail', text: `${words.left(created - removed, created)}${error === undefined && said === undefined ? '' : ` (${reason(error, said)})`}` },
  );
  const sticky = check.items.find((item) => item.kind === 'sticky');
  if (check.measured.sticky && sticky && itemLine(sticky).status === 'warn') lines.push({ status: 'info', text: words.measured(size(check.measured.sticky)) });

  const fails = lines.filter((line) => line.status === 'fail').length;
  const warns = lines.filter((line) => line.status === 'warn').length;
  const status = fails > 0 ? 'fail' : warns > 0 ? 'warn' : 'ok';
  const verdict = fails > 0 ? words.problems(fails) : warns > 0 ? words.differences(warns) : words.allGood;
  const heading = words.heading(words.hosts[host]);
  const text = [heading, verdict, ...lines.map((line) => `${MARKS[line.status]} ${line.text}`)].join('\n');
  return { heading, status, verdict, lines, text };
}

/**
 * A host's message without the item ids in it (Miro's long numbers, FigJam's `12:34`): the report
 * is meant to be pasted in an email or an issue, where ids mean nothing and tell about the board.
 *
 * @example withoutIds('Item not found: unknown id 3458764500000001') // 'Item not found: unknown id …'
 */
export function withoutIds(message: string): string {
  const cleaned = message
    .replace(/\bI?\d+:\d+(?:;\d+:\d+)*/g, '…')
    .replace(/\b\d{8,}\b/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_MESSAGE ? `${cleaned.slice(0, MAX_MESSAGE - 1)}…` : cleaned;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

/** French puts a space before a colon (as the panel's other French strings do). */
function colon(locale: 'fr' | 'en'): string {
  return locale === 'fr' ? ' : ' : ': ';
}
