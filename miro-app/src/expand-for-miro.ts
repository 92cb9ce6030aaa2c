import type { ConnectorPrimitive, Layout, Primitive, ShapePrimitive } from '../../core/src/index.js';

/** Side of the point marker drawn where a curve passes and no point shape exists yet (board units). */
export const CURVE_POINT_SIZE = 12;
/** A layout point shape this close to a curve point (board units) is reused as the connector's end. */
const POINT_MATCH = 1;

/**
 * Rewrites a layout into primitives Miro can draw. Everything goes in one frame. Miro has no free path and its connectors cannot
 * dangle, so each `curve` becomes the points it passes through joined by curved connectors: a point
 * shape the layout already draws there (a stage's emotion point) is reused, otherwise a small circle
 * is added with a derived stable key (`<curve>~p<i>`, connectors `<curve>~c<i>`). Pure; other
 * primitives pass through unchanged and in order, so `planSync` compares like with like.
 *
 * Why connectors rather than an image of the curve: a Web SDK image costs 500 credits to create
 * and again on every change, against 50 per connector create or update; the points are placed
 * anyway (one per stage), so a curve over S stages adds S − 1 connectors (2 calls each with their
 * metadata), cheaper than an image up to 6 stages, and on a re-import a changed score moves one
 * point (its connectors follow) instead of re-uploading a picture. Connectors also stay editable.
 *
 * @example expandForMiro(layout).primitives.some((p) => p.kind === 'curve') === false
 */
export function expandForMiro(layout: Layout): Layout {
  const withFrame = ensureFrame(layout);
  if (!withFrame.primitives.some((primitive) => primitive.kind === 'curve')) return withFrame;
  return expandCurves(withFrame);
}

/** Everything sits in one frame on Miro; a layout without one gets a frame over its bounds. */
function ensureFrame(layout: Layout): Layout {
  if (layout.primitives.some((primitive) => primitive.kind === 'frame')) return layout;
  const frame: Primitive = { kind: 'frame', key: `${layout.journeyId}~frame`, box: layout.bounds, style: 'frame', text: layout.title };
  return { ...layout, primitives: [frame, ...layout.primitives] };
}

function expandCurves(layout: Layout): Layout {
  const points = layout.primitives.filter(isPointShape);
  const primitives: Primitive[] = [];
  const connectors: Primitive[] = [];
  for (const primitive of layout.primitives) {
    if (primitive.kind !== 'curve') {
      primitives.push(primitive);
      continue;
    }
    const keys = primitive.points.map((point, index) => {
      const existing = points.find((shape) => near(center(shape), point));
      if (existing) return existing.key;
      const half = CURVE_POINT_SIZE / 2;
      const marker: ShapePrimitive = {
        kind: 'shape',
        shape: 'circle',
        key: `${primitive.key}~p${index}`,
        box: { x: point.x - half, y: point.y - half, w: CURVE_POINT_SIZE, h: CURVE_POINT_SIZE },
        style: primitive.style,
        text: '',
        ...(primitive.color !== undefined ? { color: primitive.color } : {}),
        ...(primitive.ref ? { ref: primitive.ref } : {}),
      };
      primitives.push(marker);
      return marker.key;
    });
    for (let index = 1; index < keys.length; index++) {
      const from = primitive.points[index - 1]!;
      const to = primitive.points[index]!;
      const connector: ConnectorPrimitive = {
        kind: 'connector',
        key: `${primitive.key}~c${index}`,
        box: {
          x: Math.min(from.x, to.x),
          y: Math.min(from.y, to.y),
          w: Math.abs(to.x - from.x),
          h: Math.abs(to.y - from.y),
        },
        style: primitive.style,
        text: '',
        from: keys[index - 1]!,
        to: keys[index]!,
        // A persona's own colour carries over to its connectors, as the SVG strokes its curve; so does a dash.
        ...(primitive.color !== undefined ? { color: primitive.color } : {}),
        ...(primitive.dashed === true ? { dashed: true } : {}),
        ...(primitive.ref ? { ref: primitive.ref } : {}),
      };
      connectors.push(connector);
    }
  }
  // Connectors last: Miro needs both ends on the board first.
  return { ...layout, primitives: [...primitives, ...connectors] };
}

function isPointShape(primitive: Primitive): primitive is ShapePrimitive {
  return primitive.kind === 'shape' && primitive.shape === 'circle';
}

function center(primitive: Primitive): { x: number; y: number } {
  return { x: primitive.box.x + primitive.box.w / 2, y: primitive.box.y + primitive.box.h / 2 };
}

function near(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) <= POINT_MATCH && Math.abs(a.y - b.y) <= POINT_MATCH;
}
