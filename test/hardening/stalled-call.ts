import type { MiroPanelBoardApi } from '../../miro-app/src/miro-board-api.js';

/** A host call held back: it starts nothing until `release()`, or never when it is not called. */
export interface StalledCall {
  /** Resolves once the held call has been asked for. */
  readonly asked: Promise<void>;
  /** Lets the held call go through to the board now (a late answer). */
  release(): void;
}

/**
 * The same board, except that the `nth` (1-based) `createStickyNote` call does not answer until
 * released: a call that times out in the host, or answers late.
 *
 * @example const { board, stalled } = stallNthSticky(fake.board, 5); … stalled.release();
 */
export function stallNthSticky(board: MiroPanelBoardApi, nth: number): { board: MiroPanelBoardApi; stalled: StalledCall } {
  let count = 0;
  let release: () => void = () => undefined;
  let asked: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const askedPromise = new Promise<void>((resolve) => {
    asked = resolve;
  });
  const wrapped: MiroPanelBoardApi = {
    ...board,
    createStickyNote: (props) => {
      count++;
      if (count !== nth) return board.createStickyNote(props);
      asked();
      return gate.then(() => board.createStickyNote(props));
    },
  };
  return { board: wrapped, stalled: { asked: askedPromise, release: () => release() } };
}
