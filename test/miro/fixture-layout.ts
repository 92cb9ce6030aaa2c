import type { Layout, Primitive } from '../../core/src/index.js';

/**
 * A small hand-made layout: a frame, a title, two stages, a lane title, three stickies, a
 * touchpoint card, two emotion points and the curve through them. Positions are round numbers so
 * expectations can be written by hand.
 */
export function fixtureLayout(overrides: { journeyId?: string; cards?: string[]; title?: string } = {}): Layout {
  const cards = overrides.cards ?? ['Voit une pub', 'Lit un avis', 'Prix peu clair'];
  const primitives: Primitive[] = [
    { kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 1000, h: 600 }, style: 'frame', text: overrides.title ?? 'Parcours achat' },
    { kind: 'text', key: 'title', box: { x: 20, y: 20, w: 400, h: 40 }, style: 'title', text: overrides.title ?? 'Parcours achat', fontSize: 28, bold: true },
    { kind: 'shape', shape: 'round_rectangle', key: 'stage:s1', box: { x: 200, y: 80, w: 300, h: 60 }, style: 'stage', text: 'Découverte', ref: { stageId: 's1' } },
    { kind: 'shape', shape: 'round_rectangle', key: 'stage:s2', box: { x: 520, y: 80, w: 300, h: 60 }, style: 'stage', text: 'Achat', ref: { stageId: 's2' } },
    { kind: 'text', key: 'lane:actions', box: { x: 20, y: 160, w: 160, h: 40 }, style: 'laneTitle', text: 'Actions' },
    { kind: 'sticky', key: 'card:c1', box: { x: 200, y: 160, w: 140, h: 140 }, style: 'action', text: cards[0] ?? '', ref: { cardId: 'c1', stageId: 's1' } },
    { kind: 'sticky', key: 'card:c2', box: { x: 360, y: 160, w: 140, h: 140 }, style: 'action', text: cards[1] ?? '', ref: { cardId: 'c2', stageId: 's1' } },
    { kind: 'sticky', key: 'card:c3', box: { x: 520, y: 160, w: 140, h: 140 }, style: 'pain', text: cards[2] ?? '', ref: { cardId: 'c3', stageId: 's2' } },
    { kind: 'card', key: 'card:t1', box: { x: 520, y: 320, w: 280, h: 60 }, style: 'touchpoint', text: 'Site web', badge: 'web', ref: { cardId: 't1', stageId: 's2' } },
    { kind: 'shape', shape: 'circle', key: 'emotion:p1', box: { x: 340, y: 440, w: 20, h: 20 }, style: 'positive', text: '' },
    { kind: 'shape', shape: 'circle', key: 'emotion:p2', box: { x: 660, y: 500, w: 20, h: 20 }, style: 'negative', text: '' },
    {
      kind: 'curve',
      key: 'emotion:curve',
      box: { x: 350, y: 450, w: 320, h: 60 },
      style: 'persona0',
      text: 'Claire',
      points: [
        { x: 350, y: 450 },
        { x: 670, y: 510 },
      ],
      path: 'M350,450C457,450 563,510 670,510',
    },
  ];
  return { journeyId: overrides.journeyId ?? 'journey-1', title: overrides.title ?? 'Parcours achat', primitives, bounds: { x: 0, y: 0, w: 1000, h: 600 }, palette: 'light' };
}

/**
 * A generated layout of `cards` stickies over `stages` stage columns with one emotion point per
 * stage and a curve through them, like `layoutJourney` of a large map (for the benches).
 */
export function gridLayout(cards: number, stages = 10, journeyId = 'journey-big'): Layout {
  const perStage = Math.ceil(cards / stages);
  const columns = Math.ceil(Math.sqrt(perStage));
  const cell = 220;
  const stageW = columns * cell + 40;
  const rows = Math.ceil(perStage / columns);
  const primitives: Primitive[] = [];
  const width = 200 + stages * stageW;
  const height = 200 + rows * cell + 300;
  primitives.push({ kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: width, h: height }, style: 'frame', text: 'Big map' });
  const points: { x: number; y: number }[] = [];
  for (let stage = 0; stage < stages; stage++) {
    const x0 = 200 + stage * stageW;
    primitives.push({ kind: 'shape', shape: 'round_rectangle', key: `stage:${stage}`, box: { x: x0, y: 40, w: stageW - 40, h: 60 }, style: 'stage', text: `Stage ${stage}` });
    const point = { x: x0 + stageW / 2, y: height - 150 + (stage % 3) * 30 };
    points.push(point);
    primitives.push({ kind: 'shape', shape: 'circle', key: `emotion:point:${stage}`, box: { x: point.x - 10, y: point.y - 10, w: 20, h: 20 }, style: 'neutral', text: '' });
  }
  primitives.push({ kind: 'text', key: 'lane:actions', box: { x: 20, y: 120, w: 160, h: 40 }, style: 'laneTitle', text: 'Actions' });
  for (let index = 0; index < cards; index++) {
    const stage = index % stages;
    const slot = Math.floor(index / stages);
    const x = 200 + stage * stageW + (slot % columns) * cell;
    const y = 120 + Math.floor(slot / columns) * cell;
    primitives.push({ kind: 'sticky', key: `card:${index}`, box: { x, y, w: 200, h: 200 }, style: 'action', text: `Card ${index}` });
  }
  primitives.push({ kind: 'curve', key: 'emotion:curve', box: { x: 0, y: 0, w: width, h: height }, style: 'persona0', text: 'All', points, path: '' });
  return { journeyId, title: 'Big map', primitives, bounds: { x: 0, y: 0, w: width, h: height }, palette: 'light' };
}

/**
 * One column per stage (300 wide, 20 apart): a stage header, one sticky and an emotion point, and
 * the curve through the points. Inserting a stage shifts the columns after it.
 */
export function stagesLayout(stages: string[], journeyId = 'journey-1'): Layout {
  const width = 200 + stages.length * 320;
  const primitives: Primitive[] = [{ kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: width, h: 600 }, style: 'frame', text: 'Stages' }];
  const points: { x: number; y: number }[] = [];
  stages.forEach((stage, index) => {
    const x = 200 + index * 320;
    primitives.push({ kind: 'shape', shape: 'round_rectangle', key: `stage:${stage}`, box: { x, y: 40, w: 300, h: 60 }, style: 'stage', text: stage });
    primitives.push({ kind: 'sticky', key: `card:${stage}`, box: { x, y: 120, w: 200, h: 200 }, style: 'action', text: `Do ${stage}` });
    const point = { x: x + 150, y: 450 + (index % 2) * 60 };
    points.push(point);
    primitives.push({ kind: 'shape', shape: 'circle', key: `point:${stage}`, box: { x: point.x - 10, y: point.y - 10, w: 20, h: 20 }, style: 'neutral', text: '' });
  });
  primitives.push({ kind: 'curve', key: 'curve', box: { x: 0, y: 0, w: width, h: 600 }, style: 'persona0', text: '', points, path: '' });
  return { journeyId, title: 'Stages', primitives, bounds: { x: 0, y: 0, w: width, h: 600 }, palette: 'light' };
}
