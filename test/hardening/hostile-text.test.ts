// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { boardText, EMOTION_FACES, exportJourney, importJourney, layoutJourney, renderHtml, renderSvg, type Journey, type Primitive } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { frameTitle } from '../../miro-app/src/miro-create-call.js';
import { miroVisibleText } from '../../miro-app/src/miro-visible-text.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { FakeConnector, FakeFigma, FakeSection, FakeShape, FakeSticky, FakeText, FakeVector } from '../fakes/figma-fake.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { FORMULA_START, HOSTILE_TEXTS, hostileJourney } from './hostile-journey.js';

/** Elements that run code, load something or escape the text flow; none may come from data. */
const ACTIVE = 'script, img, image, iframe, object, embed, foreignObject, a, link, base, audio, video, meta[http-equiv], use[href^="http"]';

const journey = hostileJourney();
/** Wide stickies, so that no payload is shortened in the SVG and each arrives whole. */
const layout = layoutJourney(journey, { stickySize: { w: 900, h: 300 } });

/** Every primitive text as the data gave it (line breaks read as spaces). */
function drawnTexts(primitives: readonly Primitive[]): string[] {
  return primitives.map((primitive) => primitive.text.replace(/\n/g, ' '));
}

/** Attributes that run script or point at a script URL. */
function scriptedAttributes(root: Element): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes]
      .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
      .map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`),
  );
}

describe('hostile text reaches the layout whole', () => {
  test.each(HOSTILE_TEXTS.map((text) => [text]))('%j is drawn as the file wrote it', (text) => {
    expect(drawnTexts(layout.primitives)).toContain(text.trim());
  });

  test('a hostile persona colour never reaches a primitive', () => {
    expect(layout.primitives.filter((primitive) => primitive.color !== undefined && !/^(#[0-9a-f]{3,8}|[a-z]+)$/.test(primitive.color))).toEqual([]);
  });
});

describe('SVG: hostile text is inert, visible text', () => {
  const svg = renderSvg(layout);
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');

  test('the SVG stays well-formed', () => {
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.documentElement.tagName).toBe('svg');
  });

  test('no element that runs or loads anything, one style element (ours), no scripted attribute', () => {
    expect([...document.querySelectorAll(ACTIVE)].map((element) => element.tagName)).toEqual([]);
    expect(document.getElementsByTagName('style')).toHaveLength(1);
    expect(scriptedAttributes(document.documentElement)).toEqual([]);
  });

  test('the style element holds our rules only: no payload, no persona colour from the file', () => {
    const css = document.getElementsByTagName('style')[0]?.textContent ?? '';
    expect(css).not.toMatch(/display:none|alert|<\/?style|<script/);
  });

  test('every line of every primitive arrives as text, character for character, wrapped where the renderer wraps it (faces are drawn as symbols)', () => {
    const unspaced = (text: string) => text.replace(/\s+/g, '');
    const text = unspaced(document.documentElement.textContent ?? '');
    const faces = new Set<string>(EMOTION_FACES);
    const missing = layout.primitives
      .flatMap((primitive) => boardText(primitive).split('\n'))
      .filter((line) => line !== '' && !faces.has(line) && !text.includes(unspaced(line)));
    expect(missing).toEqual([]);
  });
});

describe('HTML report: hostile text is inert, visible text', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const page = parse(renderHtml(journey, layout));
  const benign = hostileJourney(['Discover', 'Compare offers', 'Pay']);
  const plainPage = parse(renderHtml(benign, layoutJourney(benign)));

  test('no element that runs or loads anything, no scripted attribute', () => {
    expect([...page.querySelectorAll(ACTIVE)].map((element) => element.tagName)).toEqual([]);
    expect(scriptedAttributes(page.documentElement)).toEqual([]);
  });

  test('as many style elements as a harmless journey gets: ours, none injected', () => {
    expect(page.querySelectorAll('style').length).toBe(plainPage.querySelectorAll('style').length);
    expect(page.querySelectorAll('*').length).toBeGreaterThan(0);
    const css = [...page.querySelectorAll('style')].map((style) => style.textContent).join('');
    expect(css).not.toMatch(/display:none|alert/);
  });

  test('the page title is the journey title, as text', () => {
    expect(page.title).toBe(journey.title);
  });

  test.each(HOSTILE_TEXTS.map((text) => [text]))('%j is visible on the page as written', (text) => {
    expect((page.body.textContent ?? '').replace(/\s+/g, ' ')).toContain(text.trim().replace(/\s+/g, ' '));
  });
});

describe('CSV export: every cell a spreadsheet would run is neutralised', () => {
  const csv = exportJourney(journey, 'csv');
  const cells = Papa.parse<string[]>(csv, { delimiter: ',' }).data.flat();

  test('no cell starts like a formula (a plain number such as -2 is a number, not a formula)', () => {
    expect(cells.filter((cell) => FORMULA_START.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
  });

  test.each(HOSTILE_TEXTS.filter((text) => FORMULA_START.test(text)).map((text) => [text]))('%j is written behind an apostrophe', (text) => {
    expect(cells.some((cell) => cell === `'${text}` || cell.startsWith(`'${text}\n`))).toBe(true);
  });

  test('reading the export back gives every hostile stage name and card text unchanged (card texts are trimmed)', () => {
    const result = importJourney(csv, { filename: 'hostile.csv' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(journey.stages.map((stage) => stage.name));
    const texts = (of: Journey) => of.cards.map((card) => card.text.trim()).sort();
    expect(texts(result.journey)).toEqual(texts(journey));
  });
});

describe('Mermaid export: hostile text is written as entity codes, never as markup', () => {
  const mermaid = exportJourney(journey, 'mermaid');

  test('no raw "<" or ">" reaches the diagram a wiki will render', () => {
    expect(mermaid).not.toMatch(/[<>]/);
  });

  test('reading it back gives every hostile stage name unchanged', () => {
    const result = importJourney(mermaid, { filename: 'hostile.mmd' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(journey.stages.map((stage) => stage.name));
  });
});

/** What a Miro item shows: its HTML content read as a browser would, paragraph per line. */
function miroShown(html: string): { text: string; tags: string[]; attributes: string[] } {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const elements = [...body.querySelectorAll('*')];
  const paragraphs = body.querySelectorAll('p');
  return {
    text: paragraphs.length > 0 ? [...paragraphs].map((paragraph) => paragraph.textContent).join('\n') : (body.textContent ?? ''),
    tags: [...new Set(elements.map((element) => element.tagName))].sort(),
    attributes: elements.flatMap((element) => [...element.attributes].map((attribute) => attribute.name)),
  };
}

describe('Miro: hostile text arrives escaped and reads back as the visible text', () => {
  test('every item shows exactly its primitive text, through paragraphs and bold only', async () => {
    const fake = createMiroFake();
    const report = await placeOnMiro(fake.board, layout, { pacing: { maxInFlight: 8 } });
    expect(report).toMatchObject({ failed: 0, cancelled: false });
    const shown: string[] = [];
    const tags = new Set<string>();
    for (const stored of fake.items()) {
      if (stored.type === 'connector') continue;
      if (stored.type === 'frame') {
        shown.push(String(stored.props.title));
        continue;
      }
      const html = String(stored.type === 'card' ? stored.props.title : stored.props.content);
      const read = miroShown(html);
      expect(read.attributes).toEqual([]);
      read.tags.forEach((tag) => tags.add(tag));
      shown.push(read.text);
    }
    expect([...tags].filter((tag) => tag !== 'P' && tag !== 'STRONG')).toEqual([]);
    const expected = expandForMiro(layout)
      .primitives.filter((primitive) => primitive.kind !== 'connector' && primitive.kind !== 'curve')
      .map((primitive) => (primitive.kind === 'frame' ? frameTitle(primitive.text) : miroVisibleText(primitive)));
    expect(shown.sort()).toEqual(expected.sort());
  });
});

describe('FigJam: text nodes hold the literal characters', () => {
  test('every node shows exactly its primitive text, never an escaped form', async () => {
    const figma = new FakeFigma();
    const report = await placeOnFigJam(figma, layout);
    expect(report).toMatchObject({ failed: 0, cancelled: false });
    const shown = figma.allNodes().flatMap((node) => {
      if (node instanceof FakeSection) return [node.name];
      if (node instanceof FakeSticky || node instanceof FakeShape) return [node.text.characters];
      if (node instanceof FakeText) return [node.characters];
      if (node instanceof FakeConnector) return node.text.characters === '' ? [] : [node.text.characters];
      if (node instanceof FakeVector) return [];
      return [];
    });
    const expected = layout.primitives.filter((primitive) => primitive.kind !== 'curve' && primitive.kind !== 'connector').map(boardText);
    expect(shown.sort()).toEqual(expected.sort());
    expect(shown.filter((text) => /&lt;|&amp;lt;|&#60;/.test(text) && !HOSTILE_TEXTS.some((hostile) => text.includes(hostile)))).toEqual([]);
  });
});
