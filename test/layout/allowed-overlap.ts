/**
 * The layout's containment rules, stated once for the tests. Two primitives may share area only when
 * the design says so, and then one must contain the other (strokes excepted):
 *
 * 1. the frame contains every primitive (checked separately: everything inside the frame);
 * 2. a lane band (`lane:<id>`) contains every primitive of its lane (`ref.laneId`);
 * 3. a persona box (`persona:<id>`) contains its texts (`persona:<id>:…`);
 * 4. a min–max whisker (`…:range:<stage>`) contains the point of the same curve and stage (`…:point:<stage>`);
 * 5. strokes, i.e. an emotion curve and the zero line, are lines, not areas: they may cross any
 *    primitive of their own lane (and lie inside its band by rule 2).
 * Any other pair with a positive-area intersection is a forbidden overlap.
 */
import type { Box, Primitive } from '../../core/src/layout/primitive.js';

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

const isBand = (p: Primitive) => p.key.startsWith('lane:');
const isPersonaBox = (p: Primitive) => /^persona:[^:]*$/.test(p.key);
const isWhisker = (p: Primitive) => p.key.includes(':range:');
const isStroke = (p: Primitive) => p.kind === 'curve' || p.key.endsWith(':zero');

/** Whether a design rule lets `outer` hold `inner` (rules 1–4); the boxes must then nest. */
export function mayContain(outer: Primitive, inner: Primitive): boolean {
  if (outer.kind === 'frame') return true;
  if (isBand(outer)) return inner.ref?.laneId === outer.ref?.laneId;
  if (isPersonaBox(outer)) return inner.key.startsWith(`${outer.key}:`);
  if (isWhisker(outer)) return inner.key === outer.key.replace(':range:', ':point:');
  return false;
}

/** Why two intersecting primitives are allowed to, or undefined when the overlap is forbidden. */
export function overlapReason(a: Primitive, b: Primitive): string | undefined {
  if (mayContain(a, b) && contains(a.box, b.box)) return `${a.key} contains ${b.key}`;
  if (mayContain(b, a) && contains(b.box, a.box)) return `${b.key} contains ${a.key}`;
  if (isStroke(a) && b.ref?.laneId === a.ref?.laneId) return `${a.key} is a stroke`;
  if (isStroke(b) && a.ref?.laneId === b.ref?.laneId) return `${b.key} is a stroke`;
  return undefined;
}

/** Every forbidden overlap of a layout, as `key × key` strings (empty when the layout is clean). */
export function forbiddenOverlaps(primitives: readonly Primitive[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < primitives.length; i++) {
    const a = primitives[i];
    if (!a) continue;
    for (let j = i + 1; j < primitives.length; j++) {
      const b = primitives[j];
      if (!b || !intersects(a.box, b.box)) continue;
      if (overlapReason(a, b) === undefined) found.push(`${a.key} × ${b.key}`);
    }
  }
  return found;
}
