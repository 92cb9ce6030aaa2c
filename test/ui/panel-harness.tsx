import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { planSync, type PlacementReport } from '../../core/src/index.js';
import { Panel, type PanelProps } from '../../ui/panel.js';
import type { PanelHost } from '../../ui/panel-host.js';

/**
 * The page every panel test renders into: a fresh element per test (`freshRootPerTest`), unmounted
 * and removed after it. A live binding: read it inside tests, after `beforeEach` has run.
 */
export let root: HTMLElement;

/** Gives each test of the file a fresh `root`; `cleanup` runs after the panel is unmounted. */
export function freshRootPerTest(cleanup?: () => void): void {
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    cleanup?.();
  });
}

/**
 * Renders the panel and lets it load its draft (and open `initialFile`, a small one imported at once).
 *
 * @example await mount({ host: emptyBoardHost() }); button('Place on board')?.click()
 */
export async function mount(props: PanelProps): Promise<void> {
  await act(async () => {
    render(<Panel {...props} />, root);
  });
  await act(async () => undefined);
}

/** The button whose text is `name` (or matches it), if the panel shows one. */
export function findButton(name: string | RegExp): HTMLButtonElement | undefined {
  const named = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  return [...root.querySelectorAll('button')].find((candidate) => named(candidate.textContent?.trim() ?? ''));
}

/** The button whose text is `name` (or matches it); throws, naming it, when the panel shows none. */
export function button(name: string | RegExp): HTMLButtonElement {
  const found = findButton(name);
  if (!found) throw new Error(`the panel shows no button ${String(name)}`);
  return found;
}

/**
 * Switches to "A file" and picks `name` holding `text`, then waits until the panel has read it:
 * the file's own read is awaited, so a small file is imported and shown when this returns (a large
 * one has gone to the worker).
 */
export async function pickFile(name: string, text: string, type = 'text/csv'): Promise<void> {
  await act(async () => {
    (root.querySelector('input[type=radio][value=file]') as HTMLInputElement).click();
  });
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([text], name, { type });
  let read: Promise<ArrayBuffer> | undefined;
  const readBytes = file.arrayBuffer.bind(file);
  Object.defineProperty(file, 'arrayBuffer', { value: () => (read = readBytes()) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => {
    await read;
  });
}

/** A host with an empty board: every preview plans to add everything, a placement creates nothing. */
export function emptyBoardHost(overrides: Partial<PanelHost> = {}): PanelHost {
  return {
    name: 'playground',
    locale: 'en',
    preview: async (layout) => planSync([], layout),
    place: async (): Promise<PlacementReport> => ({ created: 0, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] }),
    loadDraft: async () => undefined,
    saveDraft: async () => undefined,
    ...overrides,
  };
}
