import type { LaneKind } from '../model/journey.js';
import type { StyleToken } from './primitive.js';

/** How the cards of a lane are drawn: a sticky note or a card (with a badge), and its style token. */
export interface LaneStyle {
  item: 'sticky' | 'card';
  token: StyleToken;
}

const STYLES: Record<LaneKind, LaneStyle> = {
  actions: { item: 'sticky', token: 'action' },
  touchpoints: { item: 'card', token: 'touchpoint' },
  painPoints: { item: 'sticky', token: 'pain' },
  questions: { item: 'sticky', token: 'question' },
  thoughts: { item: 'sticky', token: 'thought' },
  emotions: { item: 'sticky', token: 'neutral' },
  opportunities: { item: 'card', token: 'opportunity' },
  frontstage: { item: 'sticky', token: 'frontstage' },
  backstage: { item: 'sticky', token: 'backstage' },
  support: { item: 'sticky', token: 'support' },
  custom: { item: 'sticky', token: 'custom' },
};

/**
 * The drawing style of a lane kind: touchpoints and opportunities are cards (channel, rank), the
 * rest are sticky notes coloured by kind.
 *
 * @example laneStyle('painPoints') // { item: 'sticky', token: 'pain' }
 */
export function laneStyle(kind: LaneKind): LaneStyle {
  return STYLES[kind];
}
