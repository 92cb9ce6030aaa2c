// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { exportJourney, planSync, type Layout, type PlaceOptions, type PlacementReport } from '../../core/src/index.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { button, freshRootPerTest, mount, pickFile, root } from '../ui/panel-harness.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { HOSTILE_TEXTS, hostileJourney } from './hostile-journey.js';

/** Elements data must never create in the panel (the preview's own SVG has none either). */
const ACTIVE = 'script, img, image, iframe, object, embed, foreignObject, link, base, audio, video, meta, form[action], a[href]';

/** A host in memory whose stored draft, preview and placement report the test chooses. */
function hostileHost(draft: unknown, report: PlacementReport) {
  const placed: Layout[] = [];
  const host: PanelHost = {
    name: 'playground',
    locale: 'en',
    preview: async (layout) => planSync([], layout),
    place: async (layout: Layout, options: PlaceOptions) => {
      placed.push(layout);
      options.onProgress?.({ phase: 'create', done: 1, total: layout.primitives.length });
      return report;
    },
    loadDraft: async () => structuredClone(draft),
    saveDraft: async () => undefined,
  };
  return { host, placed };
}

/** A report whose every problem quotes hostile text, as the adapters quote item texts. */
const HOSTILE_REPORT: PlacementReport = {
  created: 3,
  updated: 0,
  removed: 0,
  kept: 1,
  failed: 1,
  cancelled: false,
  problems: HOSTILE_TEXTS.map((text) => ({ message: `Kept "${text}": edited by hand since it was placed.`, field: text })),
};

freshRootPerTest(() => {
  delete (window as { hacked?: unknown }).hacked;
});

/** What an injection would leave in the panel: active elements, event handlers, script URLs, foreign styles. */
function injected(): string[] {
  const elements = [...root.querySelectorAll(ACTIVE)].map((element) => `<${element.tagName.toLowerCase()}>`);
  const attributes = [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes]
      .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value) || (attribute.name === 'style' && /display\s*:\s*none|alert/i.test(attribute.value)))
      .map((attribute) => `${element.tagName}[${attribute.name}]`),
  );
  const styles = [...root.querySelectorAll('style')].filter((style) => /display:none|alert|<\/?script/i.test(style.textContent ?? '')).map(() => '<style> with payload');
  return [...elements, ...attributes, ...styles];
}

describe('the panel shows hostile text as inert text', () => {
  test('a journey file full of hostile text: report and preview hold no injected element', async () => {
    const { host } = hostileHost(undefined, HOSTILE_REPORT);
    await mount({ host });
    const styles = root.querySelectorAll('style').length;
    await pickFile('<img src=x onerror=window.hacked=1>.json', exportJourney(hostileJourney(), 'json'));
    expect(root.querySelector('.pc-preview svg')).not.toBeNull();
    expect(injected()).toEqual([]);
    // The preview's SVG (already shown for the template) brings its one style element; data adds none.
    expect(root.querySelectorAll('style').length).toBe(styles);
    expect(root.querySelector('.pc-preview')?.textContent).toContain('<script>alert(1)</script>');
    expect((window as { hacked?: unknown }).hacked).toBeUndefined();
  });

  test('the plan, the progress and a report quoting hostile item texts stay text', async () => {
    const { host, placed } = hostileHost(undefined, HOSTILE_REPORT);
    await mount({ host });
    await pickFile('hostile.json', exportJourney(hostileJourney(), 'json'));
    await act(async () => button(/^Place on board$/).click());
    expect(injected()).toEqual([]);
    await act(async () => button(/^Apply \d+ changes$/).click());
    await act(async () => undefined);
    expect(placed).toHaveLength(1);
    expect(injected()).toEqual([]);
    const shown = root.textContent ?? '';
    for (const text of HOSTILE_TEXTS) expect(shown).toContain(`Kept "${text}"`);
  });

  test('a stored draft whose template holds hostile text fills the form as values, not markup', async () => {
    const draft = defaultDraft('en');
    draft.template = {
      ...draft.template,
      title: HOSTILE_TEXTS[0],
      personas: [{ name: HOSTILE_TEXTS[1] ?? '', description: HOSTILE_TEXTS[2] ?? '', goals: HOSTILE_TEXTS[3] ?? '', motivations: '', frustrations: HOSTILE_TEXTS[4] ?? '' }],
      stages: HOSTILE_TEXTS.slice(0, 5).map((text) => text),
      lanes: draft.template.lanes.map((lane, index) => ({ ...lane, title: HOSTILE_TEXTS[(index + 5) % HOSTILE_TEXTS.length] ?? lane.title })),
      cells: { '0:0': `${HOSTILE_TEXTS[5]}\n${HOSTILE_TEXTS[6]}`, '1:1': HOSTILE_TEXTS[10] },
    };
    const { host } = hostileHost(draft, HOSTILE_REPORT);
    await mount({ host });
    expect(injected()).toEqual([]);
    const values = [...root.querySelectorAll('input, textarea')].map((control) => (control as HTMLInputElement).value);
    expect(values).toContain(HOSTILE_TEXTS[0]);
    expect(values).toContain(HOSTILE_TEXTS[4]);
    expect(root.querySelector('.pc-preview')?.textContent).toContain(HOSTILE_TEXTS[0]);
  });
});
