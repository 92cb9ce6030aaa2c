import { describe, expect, it } from 'vitest';
import { boardText } from '../../core/src/layout/board-text.js';
import { fitText } from '../../core/src/layout/fit-text.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { layoutMetrics } from '../../core/src/layout/layout-metrics.js';
import type { CardPrimitive, CurvePrimitive, Primitive } from '../../core/src/layout/primitive.js';
import { estimateTextWidth } from '../../core/src/layout/text-width.js';
import { LIMITS } from '../../core/src/model/limits.js';
import { journeyWith } from './journey-builder.js';
import { samplePath } from './path-sampler.js';

const byKey = (primitives: readonly Primitive[], key: string) => primitives.find((primitive) => primitive.key === key);
const keys = (primitives: readonly Primitive[], prefix: string) => primitives.filter((p) => p.key.startsWith(prefix)).map((p) => p.key);
const emotionLane = { id: 'feel', kind: 'emotions' as const, title: 'Feeling' };
const personas = [
  { id: 'ana', name: 'Ana', goals: [], motivations: [], frustrations: [] },
  { id: 'bo', name: 'Bo', goals: [], motivations: [], frustrations: [] },
];

describe('layoutJourney edge cases', () => {
  it('empty lane: still a band one sticky tall with its title, and no card', () => {
    const layout = layoutJourney(journeyWith({ lanes: [{ id: 'empty', kind: 'questions', title: 'Questions' }] }));
    const m = layoutMetrics();
    expect(byKey(layout.primitives, 'lane:empty')?.box.h).toBe(m.sticky.h + 2 * m.bandPad);
    expect(byKey(layout.primitives, 'laneTitle:empty')?.text).toBe('Questions');
    expect(layout.primitives.filter((p) => p.kind === 'sticky' || p.kind === 'card')).toEqual([]);
  });

  it('no emotions: no emotion lane is added and nothing of a curve is drawn', () => {
    const layout = layoutJourney(journeyWith());
    expect(layout.primitives.filter((p) => p.key.startsWith('emotion:'))).toEqual([]);
  });

  it('an emotion lane without emotions draws its scale and zero line, ready to fill in, but no curve or point', () => {
    const layout = layoutJourney(journeyWith({ lanes: [emotionLane] }));
    expect(keys(layout.primitives, 'emotion:')).toEqual([
      'emotion:feel:scale:2',
      'emotion:feel:scale:1',
      'emotion:feel:scale:0',
      'emotion:feel:scale:-1',
      'emotion:feel:scale:-2',
      'emotion:feel:zero',
    ]);
    expect(layout.primitives.map((p) => p.text).filter((text) => ['😍', '🙂', '😐', '😟', '😡'].includes(text))).toEqual(['😍', '🙂', '😐', '😟', '😡']);
  });

  it('emotions without an emotion lane get one, added last, so the curve is never lost', () => {
    const layout = layoutJourney(journeyWith({ emotions: [{ stageId: 's1', score: 1 }] }));
    const bands = layout.primitives.filter((p) => p.key.startsWith('lane:')).map((p) => p.key);
    expect(bands).toEqual(['lane:actions', 'lane:emotions']);
    expect(byKey(layout.primitives, 'laneTitle:emotions')?.text).toBe('Emotions');
    expect(byKey(layout.primitives, 'emotion:emotions:_:point:s1')?.text).toBe('🙂');
  });

  it('single stage: one column, one point, and no curve (a curve needs two points)', () => {
    const layout = layoutJourney(
      journeyWith({ stages: [{ id: 'only', name: 'Only' }], lanes: [emotionLane], emotions: [{ stageId: 'only', score: -2 }] }),
    );
    expect(keys(layout.primitives, 'stage:')).toEqual(['stage:only']);
    expect(byKey(layout.primitives, 'emotion:feel:_:point:only')?.text).toBe('😡');
    expect(layout.primitives.filter((p) => p.kind === 'curve')).toEqual([]);
  });

  it('no stages at all: a frame with the title and the lane titles, nothing else', () => {
    const layout = layoutJourney(journeyWith({ stages: [] }));
    expect(layout.primitives.map((p) => p.key)).toEqual(['frame', 'title', 'lane:actions', 'laneTitle:actions']);
  });

  it('long text stays as written in the layout: no line break, no …, no fullText (renderers and boards wrap it)', () => {
    const long = 'Le conseiller ne rappelle jamais, alors je dois relancer par e-mail, par téléphone et en agence. '.repeat(6).trim();
    const layout = layoutJourney(journeyWith({ cards: [{ stageId: 's1', laneId: 'actions', text: long }] }));
    const sticky = byKey(layout.primitives, 'card:card0');
    expect(sticky?.text).toBe(long);
    expect(sticky).not.toHaveProperty('fullText');
    expect(sticky?.box).toMatchObject({ w: 200, h: 200 });
  });

  it('line breaks the data has are kept, and only those', () => {
    const layout = layoutJourney(journeyWith({ title: 'Un titre assez long pour tenir sur deux lignes au moins, et même plus que cela dans une carte', cards: [{ stageId: 's1', laneId: 'actions', text: 'Compare\nles offres de trois banques différentes' }] }));
    expect(byKey(layout.primitives, 'card:card0')?.text).toBe('Compare\nles offres de trois banques différentes');
    expect(byKey(layout.primitives, 'title')?.text).toBe('Un titre assez long pour tenir sur deux lignes au moins, et même plus que cela dans une carte');
  });

  it('several personas: one curve each, and a legend naming them; one persona: no legend', () => {
    const emotions = ['s1', 's2', 's3'].flatMap((stageId, index) => [
      { stageId, personaId: 'ana', score: index - 1 },
      { stageId, personaId: 'bo', score: 1 - index },
    ]);
    const two = layoutJourney(journeyWith({ personas, lanes: [emotionLane], emotions })).primitives;
    // Colours follow the names (personaSlots): FNV-1a of "ana" mod 6 = 3, of "bo" mod 6 = 2.
    expect(two.filter((p) => p.kind === 'curve').map((p) => [p.key, p.style])).toEqual([
      ['emotion:feel:ana:curve', 'persona3'],
      ['emotion:feel:bo:curve', 'persona2'],
    ]);
    expect(two.filter((p) => p.key.includes(':legend:')).map((p) => [p.text, p.style])).toEqual([
      ['● Ana', 'persona3'],
      ['● Bo', 'persona2'],
    ]);
    const one = layoutJourney(journeyWith({ personas, lanes: [emotionLane], emotions: emotions.filter((e) => e.personaId === 'ana') })).primitives;
    expect(one.filter((p) => p.key.includes(':legend:'))).toEqual([]);
  });

  it('the points of several personas in one stage sit side by side, never on each other', () => {
    const emotions = [{ stageId: 's1', personaId: 'ana', score: 0 }, { stageId: 's1', personaId: 'bo', score: 0 }];
    const primitives = layoutJourney(journeyWith({ personas, lanes: [emotionLane], emotions })).primitives;
    const ana = byKey(primitives, 'emotion:feel:ana:point:s1')?.box;
    const bo = byKey(primitives, 'emotion:feel:bo:point:s1')?.box;
    expect(ana?.y).toBe(bo?.y);
    expect((ana?.x ?? 0) + (ana?.w ?? 0)).toBeLessThan(bo?.x ?? 0);
  });

  it('points sit at the height of their score: +2 at the top, −2 at the bottom, evenly spaced', () => {
    const emotions = [-2, -1, 0, 1, 2].map((score, index) => ({ stageId: `s${index}`, score }));
    const stages = emotions.map((emotion) => ({ id: emotion.stageId, name: emotion.stageId }));
    const primitives = layoutJourney(journeyWith({ stages, lanes: [emotionLane], emotions })).primitives;
    const ys = emotions.map((emotion) => byKey(primitives, `emotion:feel:_:point:${emotion.stageId}`)?.box.y ?? NaN);
    const step = layoutMetrics().levelStep;
    expect(ys.map((y) => y - (ys[4] ?? 0))).toEqual([4 * step, 3 * step, 2 * step, step, 0]);
    expect(primitives.filter((p) => p.key.includes(':point:')).map((p) => [p.text, p.style])).toEqual([
      ['😡', 'negative'],
      ['😟', 'negative'],
      ['😐', 'neutral'],
      ['🙂', 'positive'],
      ['😍', 'positive'],
    ]);
  });

  it('the monotone curve never overshoots: between two points it stays within their heights', () => {
    const scores = [-2, 1.9, 2, -1.5, -1.4, 0.3, 2, -2];
    const stages = scores.map((_, index) => ({ id: `s${index}`, name: `S${index}` }));
    const emotions = scores.map((score, index) => ({ stageId: `s${index}`, score }));
    const primitives = layoutJourney(journeyWith({ stages, lanes: [emotionLane], emotions })).primitives;
    const curve = primitives.find((p): p is CurvePrimitive => p.kind === 'curve');
    const segments = samplePath(curve?.path ?? '');
    expect(segments.length).toBe(scores.length - 1);
    segments.forEach((segment, index) => {
      expect(segment.from).toEqual(curve?.points[index]);
      expect(segment.to).toEqual(curve?.points[index + 1]);
      const low = Math.min(segment.from.y, segment.to.y);
      const high = Math.max(segment.from.y, segment.to.y);
      for (const sample of segment.samples) {
        expect(sample.y).toBeGreaterThanOrEqual(low - 0.05);
        expect(sample.y).toBeLessThanOrEqual(high + 0.05);
      }
    });
  });

  it('n and min–max: the score line says "−1.2 · n=12" and a whisker spans min to max', () => {
    const primitives = layoutJourney(
      journeyWith({ lanes: [emotionLane], emotions: [{ stageId: 's1', score: -1.2, n: 12, min: -2, max: 1 }] }),
    ).primitives;
    expect(byKey(primitives, 'emotion:feel:_:score:s1')?.text).toBe('−1.2 · n=12');
    const whisker = byKey(primitives, 'emotion:feel:_:range:s1')?.box;
    const m = layoutMetrics();
    expect(whisker?.h).toBe(3 * m.levelStep + m.pointD);
  });

  it('French journeys write scores with a decimal comma', () => {
    const primitives = layoutJourney(journeyWith({ locale: 'fr', lanes: [emotionLane], emotions: [{ stageId: 's1', score: 0.35, n: 3 }] })).primitives;
    expect(byKey(primitives, 'emotion:feel:_:score:s1')?.text).toBe('+0,4 · n=3');
  });

  it('touchpoint cards carry their channel and count in the badge', () => {
    const primitives = layoutJourney(
      journeyWith({
        locale: 'fr',
        lanes: [{ id: 'tp', kind: 'touchpoints', title: 'Points de contact' }],
        cards: [
          { stageId: 's1', laneId: 'tp', text: 'Appli mobile', channel: 'app', count: 12 },
          { stageId: 's1', laneId: 'tp', text: 'Bouche-à-oreille', channel: 'other', count: 1 },
        ],
      }),
    ).primitives;
    const app = byKey(primitives, 'card:card0') as CardPrimitive;
    expect([app.kind, app.badge, app.channel, app.count, app.text]).toEqual(['card', 'Appli · ×12', 'app', 12, 'Appli mobile']);
    expect(boardText(app)).toBe('Appli · ×12\nAppli mobile');
    const other = byKey(primitives, 'card:card1') as CardPrimitive;
    expect([other.badge, other.channel, other.count, other.text]).toEqual([undefined, 'other', 1, 'Bouche-à-oreille']);
  });

  it('opportunities are ranked by priority, highest first, and a cell lists them by rank', () => {
    const lanes = [{ id: 'opp', kind: 'opportunities' as const, title: 'Opportunities' }];
    const primitives = layoutJourney(
      journeyWith({
        lanes,
        cards: [
          { stageId: 's1', laneId: 'opp', text: 'Low', priority: 1 },
          { stageId: 's1', laneId: 'opp', text: 'High', priority: 9, count: 4 },
          { stageId: 's2', laneId: 'opp', text: 'Middle', priority: 5 },
          { stageId: 's2', laneId: 'opp', text: 'Unranked' },
        ],
      }),
    ).primitives;
    const cards = primitives.filter((p): p is CardPrimitive => p.kind === 'card');
    expect(cards.map((card) => [boardText(card), card.rank])).toEqual([
      ['#1 · ×4\nHigh', 1],
      ['#3\nLow', 3],
      ['#2\nMiddle', 2],
      ['Unranked', undefined],
    ]);
    expect((cards[0]?.box.x ?? 0) < (cards[1]?.box.x ?? 0)).toBe(true);
  });

  it('pain points show their count when more than one said it, and nothing for one', () => {
    const primitives = layoutJourney(
      journeyWith({
        lanes: [{ id: 'pain', kind: 'painPoints', title: 'Pains' }],
        cards: [
          { stageId: 's1', laneId: 'pain', text: 'Slow', count: 5 },
          { stageId: 's1', laneId: 'pain', text: 'Lost', count: 1 },
        ],
      }),
    ).primitives;
    expect(primitives.filter((p) => p.kind === 'sticky').map((p) => [p.text, 'count' in p ? p.count : undefined, boardText(p)])).toEqual([
      ['Slow', 5, 'Slow\n×5'],
      ['Lost', undefined, 'Lost'],
    ]);
  });

  it(`a cell over LIMITS.cardsPerCell (${LIMITS.cardsPerCell}) shows the first ones and a “+N more” keeping the others' text`, () => {
    const cards = Array.from({ length: LIMITS.cardsPerCell + 3 }, (_, index) => ({ stageId: 's1', laneId: 'actions', text: `Card ${index}` }));
    const primitives = layoutJourney(journeyWith({ cards })).primitives;
    expect(primitives.filter((p) => p.kind === 'sticky').length).toBe(LIMITS.cardsPerCell);
    const more = byKey(primitives, 'more:actions:s1');
    expect(more?.text).toBe('+3 more');
    expect(more?.fullText).toBe(`Card ${LIMITS.cardsPerCell}\nCard ${LIMITS.cardsPerCell + 1}\nCard ${LIMITS.cardsPerCell + 2}`);
  });

  it('maxQuotesPerCell keeps that many quotes per cell and summarises the rest, in French too', () => {
    const cards = ['«Un»', '«Deux»', '«Trois»'].map((text) => ({ stageId: 's1', laneId: 'quotes', text }));
    const primitives = layoutJourney(journeyWith({ locale: 'fr', lanes: [{ id: 'quotes', kind: 'thoughts', title: 'Verbatims' }], cards }), { maxQuotesPerCell: 1 }).primitives;
    expect(primitives.filter((p) => p.kind === 'sticky').map((p) => p.text)).toEqual(['«Un»']);
    expect(byKey(primitives, 'more:quotes:s1')?.text).toBe('+2 autres');
  });

  it('cells arrange their cards in a small grid: 1 → 1 column, 2 → 2, 4 → 2 × 2, 5 → 3 columns', () => {
    const columnsFor = (count: number) => {
      const cards = Array.from({ length: count }, (_, index) => ({ stageId: 's1', laneId: 'actions', text: `C${index}` }));
      const boxes = layoutJourney(journeyWith({ cards })).primitives.filter((p) => p.kind === 'sticky').map((p) => p.box);
      return [new Set(boxes.map((box) => box.x)).size, new Set(boxes.map((box) => box.y)).size];
    };
    expect([1, 2, 4, 5].map(columnsFor)).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [3, 2],
    ]);
  });

  it('a column is as wide as its widest cell and a row as tall as its tallest', () => {
    const m = layoutMetrics();
    const cards = [1, 2, 3].map((index) => ({ stageId: 's2', laneId: 'actions', text: `C${index}` }));
    const primitives = layoutJourney(journeyWith({ cards })).primitives;
    expect(byKey(primitives, 'stage:s1')?.box.w).toBe(m.sticky.w);
    expect(byKey(primitives, 'stage:s2')?.box.w).toBe(2 * m.sticky.w + m.gap);
    expect(byKey(primitives, 'lane:actions')?.box.h).toBe(2 * m.sticky.h + m.gap + 2 * m.bandPad);
  });

  it('lanes option: only those lanes, in that order', () => {
    const lanes = [
      { id: 'a', kind: 'actions' as const, title: 'A' },
      { id: 'b', kind: 'painPoints' as const, title: 'B' },
      { id: 'c', kind: 'questions' as const, title: 'C' },
    ];
    const primitives = layoutJourney(journeyWith({ lanes, cards: [{ stageId: 's1', laneId: 'b', text: 'x' }] }), { lanes: ['c', 'a', 'missing', 'c'] }).primitives;
    expect(keys(primitives, 'lane:')).toEqual(['lane:c', 'lane:a']);
    expect(primitives.some((p) => p.kind === 'sticky')).toBe(false);
  });

  it('sticky size option: FigJam 240 × 240 stickies', () => {
    const primitives = layoutJourney(journeyWith({ cards: [{ stageId: 's1', laneId: 'actions', text: 'x' }] }), { stickySize: { w: 240, h: 240 } }).primitives;
    expect(byKey(primitives, 'card:card0')?.box).toMatchObject({ w: 240, h: 240 });
    expect(byKey(primitives, 'card:card0')?.fontSize).toBe(19);
  });

  it('phases: consecutive stages with the same phase share one band; canonical phases are named in the journey language', () => {
    const stages = [
      { id: 'a', name: 'A', phase: 'awareness' },
      { id: 'b', name: 'B', phase: 'Achat' },
      { id: 'c', name: 'C', phase: ' achat' },
      { id: 'd', name: 'D' },
      { id: 'e', name: 'E', phase: 'Achat' },
    ];
    const primitives = layoutJourney(journeyWith({ locale: 'fr', stages })).primitives;
    const phases = primitives.filter((p) => p.key.startsWith('phase:'));
    expect(phases.map((p) => [p.key, p.text])).toEqual([
      ['phase:a', 'Sensibilisation'],
      ['phase:b', 'Achat'],
      ['phase:e', 'Achat'],
    ]);
    const b = byKey(primitives, 'stage:b')?.box;
    const c = byKey(primitives, 'stage:c')?.box;
    expect(phases[1]?.box.x).toBe(b?.x);
    expect(phases[1]?.box.w).toBe((c?.x ?? 0) + (c?.w ?? 0) - (b?.x ?? 0));
  });

  it('persona panel: name, goals, motivations and frustrations inside one box per persona; off on request, or when personas with a name only show on the map already', () => {
    const rich = [{ id: 'claire', name: 'Claire', description: 'Busy', goals: ['Fast'], motivations: [], frustrations: ['Paper', 'Queues'] }];
    const primitives = layoutJourney(journeyWith({ locale: 'fr', personas: rich })).primitives;
    expect(primitives.filter((p) => p.key.startsWith('persona:')).map((p) => [p.key, p.text])).toEqual([
      ['persona:claire', ''],
      ['persona:claire:name', 'Claire'],
      ['persona:claire:description', 'Busy'],
      ['persona:claire:goals:title', 'Objectifs'],
      ['persona:claire:goals', '• Fast'],
      ['persona:claire:frustrations:title', 'Frustrations'],
      ['persona:claire:frustrations', '• Paper\n• Queues'],
    ]);
    expect(keys(layoutJourney(journeyWith({ personas: rich }), { personaPanel: false }).primitives, 'persona:')).toEqual([]);
    const seen = [{ stageId: 's1', personaId: 'ana', score: 1 }, { stageId: 's1', personaId: 'bo', score: 0 }];
    expect(keys(layoutJourney(journeyWith({ personas, emotions: seen })).primitives, 'persona:')).toEqual([]);
  });

  it('persona panel: a persona with a name only that shows nowhere else (the blank template\'s) gets its box, so typing it has an effect', () => {
    const primitives = layoutJourney(journeyWith({ personas })).primitives;
    expect(primitives.filter((p) => p.key.startsWith('persona:')).map((p) => [p.key, p.text, p.style])).toEqual([
      ['persona:ana', '', 'persona'],
      ['persona:ana:name', 'Ana', 'persona3'],
      ['persona:bo', '', 'persona'],
      ['persona:bo:name', 'Bo', 'persona2'],
    ]);
  });

  it('ids holding ":" or "%" are escaped in keys, which stay unique', () => {
    const primitives = layoutJourney(
      journeyWith({ stages: [{ id: 'a:b', name: 'x' }, { id: 'a%3Ab', name: 'y' }], lanes: [{ id: 'l:1', kind: 'actions', title: 'L' }] }),
    ).primitives;
    expect(keys(primitives, 'stage:')).toEqual(['stage:a%3Ab', 'stage:a%253Ab']);
    expect(keys(primitives, 'lane:')).toEqual(['lane:l%3A1']);
  });

  it("a persona's own colour travels with its curve, whiskers, scores, legend and name; anything but a plain colour is dropped", () => {
    const coloured = [
      { id: 'ana', name: 'Ana', description: 'd', goals: [], motivations: [], frustrations: [], color: ' #3B82F6 ' },
      { id: 'bo', name: 'Bo', description: 'd', goals: [], motivations: [], frustrations: [], color: 'red;background:url(x)' },
    ];
    const emotions = ['s1', 's2'].flatMap((stageId) => [
      { stageId, personaId: 'ana', score: 1, min: 0, max: 2 },
      { stageId, personaId: 'bo', score: -1 },
    ]);
    const primitives = layoutJourney(journeyWith({ personas: coloured, lanes: [emotionLane], emotions })).primitives;
    const colours = (personaId: string) => [...new Set(primitives.filter((p) => p.ref?.personaId === personaId).map((p) => p.color))];
    expect(colours('ana')).toEqual([undefined, '#3b82f6']);
    expect(primitives.filter((p) => p.color === '#3b82f6').map((p) => p.key.replace(/:s\d$/, ''))).toEqual([
      'persona:ana:name',
      'emotion:feel:legend:ana',
      'emotion:feel:ana:range',
      'emotion:feel:ana:range',
      'emotion:feel:ana:curve',
      'emotion:feel:ana:score',
      'emotion:feel:ana:score',
    ]);
    expect(colours('bo')).toEqual([undefined]);
  });

  it('options that are not finite numbers fall back to the defaults instead of spreading NaN', () => {
    const journey = journeyWith({ cards: [{ stageId: 's1', laneId: 'actions', text: 'x' }] });
    expect(layoutJourney(journey, { stickySize: { w: Number.NaN, h: Infinity }, gap: Number.NaN, maxQuotesPerCell: Number.NaN })).toEqual(layoutJourney(journey));
  });

  it('palette option passes through to the layout', () => {
    expect(layoutJourney(journeyWith(), { palette: 'dark' }).palette).toBe('dark');
  });
});

describe('fitText', () => {
  it.each([
    ['fits on one line', 'Voit une pub', 200, 3, ['Voit une pub'], false],
    ['wraps at word boundaries', 'Compare les offres de trois banques', 130, 4, ['Compare les', 'offres de trois', 'banques'], false],
    ['keeps the line breaks it has', 'un\ndeux', 200, 3, ['un', 'deux'], false],
    ['collapses blank runs and blank lines', '  a   b \n\n c ', 200, 3, ['a b', 'c'], false],
    ['cuts a word longer than the line', 'abcdefghijklmnopqrstuvwxyz', 80, 5, ['abcdefghi', 'jklmnopq', 'rstuvwxy', 'z'], false],
    ['shortens with … past maxLines', 'un deux trois quatre cinq six', 70, 2, ['un deux', 'trois…'], true],
    ['gives one empty line for blank text', '   ', 100, 2, [''], false],
  ])('%s', (_, text, width, maxLines, lines, shortened) => {
    expect(fitText(text, { width, maxLines, fontSize: 16 })).toEqual({ lines, shortened });
  });

  it('counts emoji and capitals wider than small letters', () => {
    expect(estimateTextWidth('😀', 10)).toBeGreaterThan(estimateTextWidth('a', 10) * 1.5);
    expect(estimateTextWidth('WWW', 10)).toBeGreaterThan(estimateTextWidth('www', 10));
    expect(estimateTextWidth('é', 10)).toBe(estimateTextWidth('e', 10));
  });
});
