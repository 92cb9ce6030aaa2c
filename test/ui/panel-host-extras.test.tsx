// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import type { Layout } from '../../core/src/index.js';
import type { InitialFile } from '../../ui/panel.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { button, emptyBoardHost, freshRootPerTest, mount, root } from './panel-harness.js';

/** A host that plans against an empty board; `estimate` is optional, as in the interface. */
function host(estimate?: (layout: Layout) => string | undefined): { host: PanelHost; estimated: Layout[] } {
  const estimated: Layout[] = [];
  const base = emptyBoardHost();
  if (!estimate) return { host: base, estimated };
  return {
    host: {
      ...base,
      estimate: (layout) => {
        estimated.push(layout);
        return estimate(layout);
      },
    },
    estimated,
  };
}

freshRootPerTest();

const csv = (text: string): InitialFile => ({ name: 'journey.csv', bytes: new TextEncoder().encode(text) });
const JOURNEY = 'Stage,Actions,Emotion\nDiscover,Sees an ad,4\nBuy,Pays online,2\n';

describe('the plan shows what the host says placing will cost', () => {
  test('the host’s words appear in the plan, for the layout being planned, before Apply', async () => {
    const { host: panelHost, estimated } = host((layout) => `On Miro: ${layout.primitives.length} items to create, about 1 s.`);
    await mount({ host: panelHost });
    await act(async () => button('Place on board').click());
    const estimate = root.querySelector('[aria-labelledby="pc-plan-title"] .pc-estimate');
    expect(estimate?.textContent).toBe(`On Miro: ${estimated[0]!.primitives.length} items to create, about 1 s.`);
    // Said before the button that applies the plan.
    const apply = [...root.querySelectorAll('.pc-actions button')].at(-1)!;
    expect(estimate!.compareDocumentPosition(apply) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a host without an estimate, or with none for this plan, shows nothing', async () => {
    for (const panelHost of [host().host, host(() => undefined).host]) {
      await mount({ host: panelHost });
      await act(async () => button('Place on board').click());
      expect(root.querySelector('[aria-labelledby="pc-plan-title"]')).not.toBeNull();
      expect(root.querySelector('.pc-estimate')).toBeNull();
      render(null, root);
    }
  });
});

describe('a file handed over by the host', () => {
  test('opens in the panel as if dropped: "A file" selected, its report and preview shown', async () => {
    await mount({ host: host().host, initialFile: csv(JOURNEY) });
    expect((root.querySelector('input[type=radio][value=file]') as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('.pc-report')?.textContent).toContain('journey.csv');
    expect(root.querySelector('.pc-preview svg')?.textContent).toContain('Sees an ad');
  });

  test('given later (fetched after the panel opened), it still opens', async () => {
    const panelHost = host().host;
    await mount({ host: panelHost });
    expect((root.querySelector('input[type=radio][value=template]') as HTMLInputElement).checked).toBe(true);
    await mount({ host: panelHost, initialFile: csv(JOURNEY) });
    expect(root.querySelector('.pc-preview svg')?.textContent).toContain('Pays online');
  });

  test('the same file object is opened once: a re-render does not undo what the user chose since', async () => {
    const panelHost = host().host;
    const file = csv(JOURNEY);
    await mount({ host: panelHost, initialFile: file });
    await act(async () => (root.querySelector('input[type=radio][value=template]') as HTMLInputElement).click());
    await mount({ host: panelHost, initialFile: file });
    expect((root.querySelector('input[type=radio][value=template]') as HTMLInputElement).checked).toBe(true);
  });

  test('a broken file shows its located problem, and nothing can be placed', async () => {
    await mount({ host: host().host, initialFile: { name: 'broken.csv', bytes: new TextEncoder().encode('Nom;Âge\nAlice;34\n') } });
    expect(root.querySelector('.pc-problems')).not.toBeNull();
    expect(button('Place on board').disabled).toBe(true);
  });
});
