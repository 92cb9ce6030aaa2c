import type { ComponentChildren, JSX } from 'preact';
import { BoardView } from './board-view.js';
import type { PlaygroundText } from './playground-text.js';
import type { SimulatedBoard } from './simulated-board.js';

export interface PlaygroundAppProps {
  simulated: SimulatedBoard;
  text: PlaygroundText;
  /** The shared panel, wired to the playground host. */
  panel: ComponentChildren;
  /** One line about the sample or the last action, read out by screen readers. */
  status?: string;
  statusKind?: 'info' | 'error';
  /** The start sample is placed (or failed, or there was none): tests and screenshots wait for it. */
  ready?: boolean;
  /** A user edited an item's text on the board. */
  onEdited?: (text: string) => void;
}

/**
 * The playground page: a slim top bar, the shared panel on the left (where Miro opens an app
 * panel) and the simulated board filling the rest.
 *
 * @example <PlaygroundApp simulated={simulated} text={text} panel={<Panel host={host} />} />
 */
export function PlaygroundApp({ simulated, text, panel, status, statusKind = 'info', ready = false, onEdited }: PlaygroundAppProps): JSX.Element {
  return (
    <div class="playground" data-ready={ready ? 'true' : 'false'}>
      <header class="topbar">
        <div class="brand">
          <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="#2d4bb4" />
            <path d="M6 21c4-9 8 2 12-6s6-4 8-6" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" />
          </svg>
          <h1 class="brand-name">{text.title}</h1>
        </div>
        <p class="topbar-tagline">{text.tagline}</p>
        <p class={`topbar-status is-${statusKind}`} role={statusKind === 'error' ? 'alert' : 'status'} aria-live="polite" data-testid="playground-status">
          {status}
        </p>
      </header>
      <main class="workspace">
        <aside class="panel-column" aria-label="Parcours">
          {panel}
        </aside>
        <BoardView simulated={simulated} text={text} {...(onEdited ? { onEdited } : {})} />
      </main>
    </div>
  );
}
