// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { planSync, type Layout, type PlacementReport } from '../../core/src/index.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { button, findButton, freshRootPerTest, mount, root } from './panel-harness.js';
import { panelStrings } from '../../ui/panel-strings.js';
import type { BoardCheck } from '../../ui/state/board-check.js';
import { describeBoardCheck } from '../../ui/state/describe-board-check.js';

const en = panelStrings('en');
const fr = panelStrings('fr');

/** What Miro answers when its square sticky notes are as documented: 199 × 228. */
const MIRO_CHECK: BoardCheck = {
  items: [
    { kind: 'sticky', expected: { w: 199, h: 228 }, size: { w: 199, h: 228 } },
    { kind: 'shape', expected: { w: 200, h: 100 }, size: { w: 200, h: 100 }, font: { family: 'open_sans', size: 14 } },
    { kind: 'text', expected: { w: 300 }, size: { w: 300, h: 22.5 }, font: { family: 'open_sans', size: 14 } },
  ],
  fonts: [],
  hiddenData: { ok: true },
  cleanup: { created: 3, removed: 3 },
  measured: { sticky: { w: 199, h: 228 } },
};

/** A Miro-like host whose check answers when the test says so; `place` never ends. */
function checkingHost(withCheck = true) {
  const previewed: Layout[] = [];
  let answer: { resolve: (check: BoardCheck) => void; reject: (error: Error) => void } | undefined;
  const host: PanelHost = {
    name: 'miro',
    locale: 'en',
    async preview(layout) {
      previewed.push(layout);
      return planSync([], layout);
    },
    place: () => new Promise<PlacementReport>(() => undefined),
    loadDraft: async () => undefined,
    saveDraft: async () => undefined,
    ...(withCheck
      ? { checkBoard: () => new Promise<BoardCheck>((resolve, reject) => (answer = { resolve, reject })) }
      : {}),
  };
  return {
    host,
    previewed,
    answer: async (check: BoardCheck) => act(async () => answer?.resolve(check)),
    fail: async (error: Error) => act(async () => answer?.reject(error)),
  };
}

freshRootPerTest(() => {
  Reflect.deleteProperty(window.navigator, 'clipboard');
});

const click = (name: string) => act(async () => button(name).click());
/** Waits for the copy's promises (clipboard, then state) to show their outcome in the report's status line. */
const copyStatus = (text: string) => vi.waitFor(() => expect(report()!.querySelector('[role=status]')?.textContent).toBe(text));
const report = () => root.querySelector('[data-testid=pc-check-report]') as HTMLElement | null;
const reportLines = () => [...root.querySelectorAll('.pc-check-lines li')].map((line) => line.textContent);

function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
  return (window.navigator as unknown as { clipboard: { writeText: ReturnType<typeof vi.fn> } }).clipboard.writeText;
}

describe('Check this board in the panel', () => {
  test('is offered only by a host that can check its board', async () => {
    await mount({ host: checkingHost(false).host });
    expect(findButton(en.check.button)).toBeUndefined();
    render(null, root);
    await mount({ host: checkingHost().host });
    expect(findButton(en.check.button)).toBeDefined();
  });

  test('one click runs the check, busy until the host answers, then shows the report', async () => {
    const { host, answer } = checkingHost();
    await mount({ host });
    await click(en.check.button);
    const running = button(en.check.running);
    expect(running.disabled).toBe(true);
    expect(running.getAttribute('aria-busy')).toBe('true');
    expect(report()).toBeNull();

    await answer(MIRO_CHECK);
    expect(button(en.check.button).disabled).toBe(false);
    expect(report()!.getAttribute('role')).toBe('region');
    expect(report()!.querySelector('h3')!.textContent).toBe('Parcours board check on Miro');
    expect(report()!.querySelector('.pc-verdict')!.textContent).toBe(en.check.allGood);
    expect(reportLines()).toEqual([
      '✓Sticky note: 199 × 228, as expected',
      '✓Shape: 200 × 100, as expected; font open_sans, size 14',
      '✓Text: 300 × 22.5, width as expected; font open_sans, size 14',
      '✓Hidden data (item metadata): written and read back intact',
      '✓Test items: 3 created, all removed',
    ]);
    // Each mark is read out as its status.
    expect(report()!.querySelector('.pc-mark')!.getAttribute('aria-label')).toBe('OK');
  });

  test('the report follows the panel into French, numbers in the French way', async () => {
    const { host, answer } = checkingHost();
    await mount({ host });
    await click(en.check.button);
    await answer(MIRO_CHECK);
    await click(en.switchLanguage);
    expect(report()!.querySelector('h3')!.textContent).toBe('Vérification Parcours sur Miro');
    expect(reportLines()).toEqual([
      '✓Post-it : 199 × 228, comme prévu',
      '✓Forme : 200 × 100, comme prévu ; police open_sans, taille 14',
      '✓Texte : 300 × 22,5, largeur comme prévu ; police open_sans, taille 14',
      '✓Données cachées (métadonnées d’élément) : écrites et relues intactes',
      '✓Éléments de test : 3 créés, tous retirés',
    ]);
    expect(findButton(fr.check.copy)).toBeDefined();
  });

  test('Copy puts the report on the clipboard, as text in the panel’s language, and says so', async () => {
    const writeText = clipboard(async () => undefined);
    const { host, answer } = checkingHost();
    await mount({ host });
    await click(en.check.button);
    await answer(MIRO_CHECK);
    await click(en.check.copy);
    await copyStatus(en.check.copied);
    expect(writeText).toHaveBeenCalledWith(describeBoardCheck(MIRO_CHECK, 'miro', 'en').text);
  });

  test('where the panel may not copy, the report is selected for the user to copy by hand', async () => {
    clipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    const { host, answer } = checkingHost();
    await mount({ host });
    await click(en.check.button);
    await answer(MIRO_CHECK);
    await click(en.check.copy);
    await copyStatus(en.check.copyByHand);
    expect(window.getSelection()!.toString()).toContain('Sticky note: 199 × 228, as expected');
  });

  test('a check that cannot run says why, without item ids', async () => {
    const { host, fail } = checkingHost();
    await mount({ host });
    await click(en.check.button);
    await fail(new Error('Item 3458764500000001 is locked'));
    expect(root.querySelector('[role=alert]')!.textContent).toBe(`${en.check.couldNotRun}: the board would not let it be changed (locked, or no edit rights) (Item … is locked)`);
    expect(button(en.check.button).disabled).toBe(false);
  });

  test('maps are laid out for the sticky size measured: 240 wide, 228/199 as high', async () => {
    const { host, answer, previewed } = checkingHost();
    await mount({ host });
    const stickyHeights = (layout: Layout) => new Set(layout.primitives.filter((primitive) => primitive.kind === 'sticky').map((primitive) => primitive.box.h));

    await click(en.place);
    expect(stickyHeights(previewed[0]!)).toEqual(new Set([240]));
    await click(en.back);

    await click(en.check.button);
    await answer({ ...MIRO_CHECK, items: [{ kind: 'sticky', expected: { w: 199, h: 228 }, size: { w: 199, h: 228 } }] });
    await click(en.place);
    expect(stickyHeights(previewed[1]!)).toEqual(new Set([275]));
  });

  test('the check waits while a map is being placed', async () => {
    const { host } = checkingHost();
    await mount({ host });
    await click(en.place);
    await act(async () => (root.querySelector('[aria-labelledby=pc-plan-title] .pc-actions button:last-child') as HTMLButtonElement).click());
    expect(root.querySelector('.pc-progress')).not.toBeNull();
    expect(button(en.check.button).disabled).toBe(true);
  });
});
