import { useRef, useState } from 'preact/hooks';
import { wordMessage, type Message } from '../../core/src/index.js';
import { copyText } from '../copy-text.js';
import type { PanelHost } from '../panel-host.js';
import type { PanelStrings } from '../panel-strings.js';
import type { BoardCheck } from '../state/board-check.js';
import { describeBoardCheck, withoutIds } from '../state/describe-board-check.js';

/** Where "Check this board" is: not run, running, its result, or why it could not run. */
export type BoardCheckState = { step: 'idle' } | { step: 'checking' } | { step: 'done'; check: BoardCheck } | { step: 'failed'; message: Message };

interface Props {
  state: BoardCheckState;
  host: PanelHost['name'];
  locale: 'fr' | 'en';
  strings: PanelStrings;
  /** Placement running: the check waits, it would write beside a map being written. */
  disabled: boolean;
  onCheck: () => void;
}

const MARKS = { ok: '✓', warn: '!', fail: '✗', info: '·' } as const;

/**
 * "Check this board": the button, then the report in the panel's language (worded again when the
 * language changes) with a Copy button; when the panel may not copy, the report is selected for
 * the user to copy by hand.
 */
export function BoardCheckView({ state, host, locale, strings, disabled, onCheck }: Props) {
  const words = strings.check;
  const lines = useRef<HTMLUListElement>(null);
  const [copied, setCopied] = useState<'copied' | 'byHand' | null>(null);
  const report = state.step === 'done' ? describeBoardCheck(state.check, host, locale) : null;

  const copy = async (text: string) => {
    const element = lines.current;
    if (await copyText(text, element?.ownerDocument ?? document)) {
      setCopied('copied');
      return;
    }
    const selection = element?.ownerDocument.defaultView?.getSelection();
    if (element && selection) selection.selectAllChildren(element.parentElement ?? element);
    setCopied('byHand');
  };

  return (
    <section class="pc-section pc-stack">
      <div class="pc-check-row">
        <p class="pc-hint">{words.hint}</p>
        <button
          type="button"
          class="pc-button pc-secondary"
          disabled={disabled || state.step === 'checking'}
          aria-busy={state.step === 'checking'}
          onClick={() => {
            setCopied(null);
            onCheck();
          }}
        >
          {state.step === 'checking' ? words.running : words.button}
        </button>
      </div>
      {state.step === 'failed' && (
        <p class="pc-error" role="alert">
          {words.couldNotRun}{locale === 'fr' ? ' : ' : ': '}{withoutIds(wordMessage(state.message, locale))}
        </p>
      )}
      {report && (
        <div class={`pc-report pc-check-report pc-${report.status}`} role="region" aria-label={words.title} data-testid="pc-check-report">
          <div class="pc-check-text">
            <h3 class="pc-subtitle">{report.heading}</h3>
            <p class="pc-verdict">{report.verdict}</p>
            <ul class="pc-check-lines" ref={lines}>
              {report.lines.map((line, index) => (
                <li key={index} class={`pc-check-${line.status}`}>
                  <span class="pc-mark" role="img" aria-label={words.status[line.status]}>
                    {MARKS[line.status]}
                  </span>
                  <span>{line.text}</span>
                </li>
              ))}
            </ul>
          </div>
          <div class="pc-actions">
            <span class="pc-muted" role="status" aria-live="polite">
              {copied === 'copied' ? words.copied : copied === 'byHand' ? words.copyByHand : ''}
            </span>
            <button type="button" class="pc-button pc-secondary" onClick={() => void copy(report.text)}>
              {words.copy}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
