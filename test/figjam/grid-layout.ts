import type { Layout, Primitive } from '../../core/src/index.js';

export interface GridSpec {
  journeyId?: string;
  stages: string[];
  lanes: number;
  cardsPerCell: number;
  palette?: 'light' | 'dark';
  /** Card text by key, to change one card. */
  text?: Record<string, string>;
}

const STICKY = 240;
const GAP = 20;
const STYLES = ['action', 'pain', 'thought', 'opportunity'] as const;

/**
 * A synthetic map in the shape `layoutJourney` produces, sized by stage names, lane count and cards
 * per cell: stage headers, stickies in columns, one curve. Keys depend on stage names, not
 * positions, so adding a stage in the middle moves the later stages and keeps their keys.
 */
export function gridLayout(spec: GridSpec): Layout {
  const cellW = STICKY * Math.min(spec.cardsPerCell, 3) + GAP * 2;
  const rows = Math.ceil(spec.cardsPerCell / 3);
  const cellH = rows * (STICKY + GAP) + GAP;
  const left = 200;
  const top = 100;
  const width = left + spec.stages.length * cellW + GAP;
  const height = top + spec.lanes * cellH + 200;
  const primitives: Primitive[] = [
    { kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: width, h: height }, style: 'frame', text: 'Synthetic journey' },
  ];
  spec.stages.forEach((stage, column) => {
    const x = left + column * cellW;
    primitives.push({ kind: 'shape', key: `stage:${stage}`, box: { x, y: 20, w: cellW - GAP, h: 60 }, style: 'stage', text: stage, shape: 'round_rectangle' });
    for (let lane = 0; lane < spec.lanes; lane++) {
      for (let card = 0; card < spec.cardsPerCell; card++) {
        const key = `card:${stage}:${lane}:${card}`;
        primitives.push({
          kind: 'sticky',
          key,
          box: { x: x + GAP + (card % 3) * STICKY, y: top + lane * cellH + GAP + Math.floor(card / 3) * (STICKY + GAP), w: STICKY, h: STICKY },
          style: STYLES[lane % STYLES.length] ?? 'action',
          text: spec.text?.[key] ?? `${stage} ${lane + 1}.${card + 1}`,
        });
      }
    }
  });
  const points = spec.stages.map((_, column) => ({ x: left + column * cellW + cellW / 2, y: height - 100 + (column % 2) * 40 }));
  primitives.push({
    kind: 'curve',
    key: 'curve:emotion',
    box: { x: left, y: height - 120, w: width - left - GAP, h: 80 },
    style: 'persona0',
    text: '',
    points,
    path: points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(''),
  });
  return {
    journeyId: spec.journeyId ?? 'journey-synthetic',
    title: 'Synthetic journey',
    primitives,
    bounds: { x: 0, y: 0, w: width, h: height },
    palette: spec.palette ?? 'light',
  };
}
