import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { JourneySchema, type Journey } from '../../core/src/model/journey.js';

/** Two stages × two lanes, one card per cell: small enough to state every primitive by hand. */
function tinyJourney(): Journey {
  return JourneySchema.parse({
    schemaVersion: 1,
    id: 'tiny',
    title: 'Tiny',
    locale: 'en',
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
    ],
    lanes: [
      { id: 'a', kind: 'actions', title: 'Actions' },
      { id: 'b', kind: 'painPoints', title: 'Pains' },
    ],
    cards: [
      { id: 'c1', stageId: 's1', laneId: 'a', text: 'Go' },
      { id: 'c2', stageId: 's2', laneId: 'a', text: 'Pay' },
      { id: 'c3', stageId: 's1', laneId: 'b', text: 'Slow' },
      { id: 'c4', stageId: 's2', laneId: 'b', text: 'Lost', count: 3 },
    ],
  });
}

describe('layoutJourney on a 2 × 2 journey', () => {
  // Default metrics (200 × 200 stickies): font 16 (line 21), header 18 (line 23), title 32 (line 42),
  // padding 12, gap 16, margin 32, lane-title column 220, band padding 12.
  // Columns start at 32 + 220 + 16 = 268 and 268 + 200 + 16 = 484; the map is 484 + 200 − 32 = 652 wide.
  // Title 32…74, stage headers at 74 + 16 = 90 (12 + 23 + 12 = 47 high), the moment-of-truth badge row
  // at 137 + 8 = 145 (one small line 17 + padding 12 = 29 high: "Lost", said by 3, is the most
  // reported pain), lanes at 174 + 8 = 182 and 182 + 224 + 8 = 414, each 12 + 200 + 12 = 224 high;
  // the frame ends 32 below the last lane (638).
  it('places every primitive where the grid says, with stable keys and tokens', () => {
    const layout = layoutJourney(tinyJourney());
    expect(layout.bounds).toEqual({ x: 0, y: 0, w: 716, h: 670 });
    expect(layout.journeyId).toBe('tiny');
    expect(layout.palette).toBe('light');
    expect(layout.primitives).toEqual([
      { kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 716, h: 670 }, style: 'frame', text: 'Tiny' },
      { kind: 'text', key: 'title', box: { x: 32, y: 32, w: 652, h: 42 }, style: 'title', text: 'Tiny', fontSize: 32, align: 'left', bold: true },
      { kind: 'shape', shape: 'round_rectangle', key: 'stage:s1', box: { x: 268, y: 90, w: 200, h: 47 }, style: 'stage', text: 'One', fit: { width: 176, maxLines: 1 }, fontSize: 18, ref: { stageId: 's1' } },
      { kind: 'shape', shape: 'round_rectangle', key: 'stage:s2', box: { x: 484, y: 90, w: 200, h: 47 }, style: 'stage', text: 'Two', fit: { width: 176, maxLines: 1 }, fontSize: 18, ref: { stageId: 's2' } },
      { kind: 'shape', shape: 'round_rectangle', key: 'badge:s2', box: { x: 484, y: 145, w: 200, h: 29 }, style: 'negative', text: 'Most reported pain', fit: { width: 188, maxLines: 1 }, fontSize: 13, ref: { stageId: 's2' } },
      { kind: 'shape', shape: 'rectangle', key: 'lane:a', box: { x: 32, y: 182, w: 652, h: 224 }, style: 'grid', text: '', ref: { laneId: 'a' } },
      { kind: 'text', key: 'laneTitle:a', box: { x: 44, y: 194, w: 196, h: 21 }, style: 'laneTitle', text: 'Actions', fontSize: 16, align: 'left', bold: true, ref: { laneId: 'a' } },
      { kind: 'sticky', key: 'card:c1', box: { x: 268, y: 194, w: 200, h: 200 }, style: 'action', text: 'Go', fontSize: 16, ref: { stageId: 's1', laneId: 'a', cardId: 'c1' } },
      { kind: 'sticky', key: 'card:c2', box: { x: 484, y: 194, w: 200, h: 200 }, style: 'action', text: 'Pay', fontSize: 16, ref: { stageId: 's2', laneId: 'a', cardId: 'c2' } },
      { kind: 'shape', shape: 'rectangle', key: 'lane:b', box: { x: 32, y: 414, w: 652, h: 224 }, style: 'grid', text: '', ref: { laneId: 'b' } },
      { kind: 'text', key: 'laneTitle:b', box: { x: 44, y: 426, w: 196, h: 21 }, style: 'laneTitle', text: 'Pains', fontSize: 16, align: 'left', bold: true, ref: { laneId: 'b' } },
      { kind: 'sticky', key: 'card:c3', box: { x: 268, y: 426, w: 200, h: 200 }, style: 'pain', text: 'Slow', fontSize: 16, ref: { stageId: 's1', laneId: 'b', cardId: 'c3' } },
      { kind: 'sticky', key: 'card:c4', box: { x: 484, y: 426, w: 200, h: 200 }, style: 'pain', text: 'Lost', fontSize: 16, ref: { stageId: 's2', laneId: 'b', cardId: 'c4' }, count: 3 },
    ]);
  });

  it('does not change the journey it lays out', () => {
    const journey = tinyJourney();
    const before = structuredClone(journey);
    layoutJourney(journey);
    expect(journey).toEqual(before);
  });

  it('gives the same layout for the same journey', () => {
    expect(layoutJourney(tinyJourney())).toEqual(layoutJourney(tinyJourney()));
  });
});
