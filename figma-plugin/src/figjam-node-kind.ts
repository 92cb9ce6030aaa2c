import type { PrimitiveKind } from '../../core/src/index.js';

/** The FigJam node type each primitive kind becomes. */
export type FigJamNodeType = 'SECTION' | 'STICKY' | 'SHAPE_WITH_TEXT' | 'TEXT' | 'VECTOR' | 'CONNECTOR';

const NODE_TYPE: Record<PrimitiveKind, FigJamNodeType> = {
  frame: 'SECTION',
  sticky: 'STICKY',
  card: 'SHAPE_WITH_TEXT',
  shape: 'SHAPE_WITH_TEXT',
  text: 'TEXT',
  curve: 'VECTOR',
  connector: 'CONNECTOR',
};

/**
 * The FigJam node type for a primitive kind: the frame is a section (one container, so one undo
 * removes the map), cards are stickies, touchpoint cards and headers are shapes with text, the emotion
 * curve is a vector (FigJam draws a smooth stroked path; connectors would snap to nodes instead).
 *
 * @example figJamNodeType('sticky') === 'STICKY'
 */
export function figJamNodeType(kind: PrimitiveKind): FigJamNodeType {
  return NODE_TYPE[kind];
}

/** Which colour of the token a node of this kind shows: filled shapes use `fill`, text and lines `ink`. */
export function colourRole(kind: PrimitiveKind): 'fill' | 'ink' {
  return kind === 'text' || kind === 'curve' || kind === 'connector' ? 'ink' : 'fill';
}
