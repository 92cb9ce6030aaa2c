import { describe, expect, it } from 'vitest';
import type { Primitive } from '../../core/src/layout/primitive.js';
import { forbiddenOverlaps } from './allowed-overlap.js';

const sticky = (key: string, x: number, y: number, laneId = 'a'): Primitive => ({
  kind: 'sticky',
  key,
  box: { x, y, w: 100, h: 100 },
  style: 'action',
  text: '',
  ref: { laneId },
});
const band = (laneId: string, y: number): Primitive => ({ kind: 'shape', shape: 'rectangle', key: `lane:${laneId}`, box: { x: 0, y, w: 500, h: 200 }, style: 'grid', text: '', ref: { laneId } });

describe('the overlap rules the layout is tested against', () => {
  it('forbids two stickies sharing area, allows them to touch', () => {
    expect(forbiddenOverlaps([sticky('a', 0, 0), sticky('b', 50, 50)])).toEqual(['a × b']);
    expect(forbiddenOverlaps([sticky('a', 0, 0), sticky('b', 100, 0)])).toEqual([]);
  });

  it('allows a band to hold the cards of its own lane only, and only whole', () => {
    expect(forbiddenOverlaps([band('a', 0), sticky('in', 10, 10, 'a')])).toEqual([]);
    expect(forbiddenOverlaps([band('a', 0), sticky('other', 10, 10, 'b')])).toEqual(['lane:a × other']);
    expect(forbiddenOverlaps([band('a', 0), sticky('across', 10, 150, 'a')])).toEqual(['lane:a × across']);
  });

  it('lets a curve cross marks of its own lane but not of another', () => {
    const curve: Primitive = { kind: 'curve', key: 'emotion:a:_:curve', box: { x: 0, y: 0, w: 300, h: 50 }, style: 'persona0', text: '', points: [], path: '', ref: { laneId: 'a' } };
    expect(forbiddenOverlaps([curve, sticky('mine', 10, 10, 'a')])).toEqual([]);
    expect(forbiddenOverlaps([curve, sticky('theirs', 10, 10, 'b')])).toEqual(['emotion:a:_:curve × theirs']);
  });

  it('lets a whisker hold the point of its own curve and stage only', () => {
    const whisker: Primitive = { kind: 'shape', shape: 'pill', key: 'emotion:a:_:range:s1', box: { x: 0, y: 0, w: 28, h: 100 }, style: 'persona0', text: '' };
    const point = (key: string): Primitive => ({ kind: 'shape', shape: 'circle', key, box: { x: 0, y: 30, w: 28, h: 28 }, style: 'neutral', text: '😐' });
    expect(forbiddenOverlaps([whisker, point('emotion:a:_:point:s1')])).toEqual([]);
    expect(forbiddenOverlaps([whisker, point('emotion:a:bo:point:s1')])).toEqual(['emotion:a:_:range:s1 × emotion:a:bo:point:s1']);
  });
});
