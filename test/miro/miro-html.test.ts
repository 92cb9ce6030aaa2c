// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromMiroHtml } from '../../miro-app/src/from-miro-html.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { toMiroHtml } from '../../miro-app/src/to-miro-html.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { fixtureLayout } from './fixture-layout.js';

describe('toMiroHtml', () => {
  test.each([
    ['Prix peu clair', '<p>Prix peu clair</p>'],
    ['a & b', '<p>a &amp; b</p>'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    [`"quoted" and 'single'`, '<p>&quot;quoted&quot; and &#39;single&#39;</p>'],
    ['line one\nline two', '<p>line one</p><p>line two</p>'],
    ['windows\r\nbreak', '<p>windows</p><p>break</p>'],
    ['gap\n\nline', '<p>gap</p><p></p><p>line</p>'],
    ['', '<p></p>'],
  ])('%j → %s', (text, html) => {
    expect(toMiroHtml(text)).toBe(html);
  });
});

describe('fromMiroHtml', () => {
  test.each([
    ['<p>a &amp; b</p>', 'a & b'],
    ['<p>one</p><p>two</p>', 'one\ntwo'],
    ['<p>one<br>two</p>', 'one\ntwo'],
    ['<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['<p><strong>bold</strong> and <a href="https://x.y">link</a></p>', 'bold and link'],
    ['<p>&#233;t&#xE9; &nbsp;&lt;3</p>', 'été \u00a0<3'],
    ['<p>&unknown; stays</p>', '&unknown; stays'],
    ['plain text', 'plain text'],
  ])('%s → %j', (html, text) => {
    expect(fromMiroHtml(html)).toBe(text);
  });

  test('undoes toMiroHtml exactly, for any text without carriage returns', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).map((text) => text.replace(/\r/g, '')), (text) => {
        expect(fromMiroHtml(toMiroHtml(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('user text on the board is data, never markup', () => {
  const attacks = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">click</a>'];

  test('script tags, onerror images and javascript: links arrive as visible text', async () => {
    const fake = createMiroFake();
    const report = await placeOnMiro(fake.board, fixtureLayout({ cards: attacks }), { pacing: { maxInFlight: 4 } });
    expect(report.failed).toBe(0);
    const stickies = fake.items().filter((stored) => stored.type === 'sticky_note');
    const seen = stickies.map((stored) => {
      const body = new DOMParser().parseFromString(String(stored.props.content), 'text/html').body;
      // Rendered as HTML, the content is only paragraphs with no attributes…
      const elements = [...body.querySelectorAll('*')];
      expect(elements.map((element) => element.tagName)).toEqual(elements.map(() => 'P'));
      expect(elements.flatMap((element) => [...element.attributes])).toEqual([]);
      // …whose visible text is exactly what the file said.
      return body.textContent;
    });
    expect(seen.sort()).toEqual([...attacks].sort());
  });

  test('an attack in the journey title stays plain text in the frame title', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout({ title: '<img src=x onerror=alert(1)>' }), { pacing: { maxInFlight: 4 } });
    const frame = fake.items().find((stored) => stored.type === 'frame')!;
    const title = fake.items().find((stored) => (stored.metadata.parcours as { k: string }).k === 'title')!;
    expect(frame.props.title).toBe('<img src=x onerror=alert(1)>');
    expect(title.props.content).toBe('<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>');
  });
});
