import type { Lane } from '../../model/journey.js';
import { ROLE_OF_LANE_KIND } from '../columns/column-role.js';
import { recognizeHeader } from '../columns/recognize-header.js';

/**
 * The wide-CSV header for a lane that the wide import reads back as the same kind and title: the
 * title itself when it already reads that way (`Points de contact`, or any unknown title for a
 * custom lane), else the title with a `[kind]` tag (`Ce que dit le client [thoughts]`). The emotions
 * lane's header states the −2…+2 scale.
 *
 * @example wideCsvLaneHeader({ kind: 'painPoints', title: 'Irritants' }) // 'Irritants'
 * @example wideCsvLaneHeader({ kind: 'actions', title: 'Phase' }) // 'Phase [actions]'
 */
export function wideCsvLaneHeader(lane: Pick<Lane, 'kind' | 'title'>): string {
  const plain = lane.kind === 'emotions' ? `${lane.title} (-2..+2)` : lane.title;
  const read = recognizeHeader(plain);
  const title = lane.kind === 'emotions' ? read.bareTitle : read.title;
  const role = read.role ?? 'custom';
  if (!read.tagged && role === ROLE_OF_LANE_KIND[lane.kind] && title === lane.title.trim() && title === lane.title) return plain;
  return `${plain} [${lane.kind}]`;
}
