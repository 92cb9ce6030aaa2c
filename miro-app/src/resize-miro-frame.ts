import type { Point } from '../../core/src/index.js';
import type { HostWrite } from './host-write.js';
import type { MiroFrame } from './miro-board-api.js';

/**
 * Resizes a frame keeping its top-left corner where it is: its children are positioned from that
 * corner, so they stay put. Returns whether a write was needed (sizes within half a unit are equal:
 * Miro rounds).
 *
 * @example await resizeMiroFrame(frame, origin, 1600, 900, write) // true
 */
export async function resizeMiroFrame(frame: MiroFrame, origin: Point, width: number, height: number, write: HostWrite): Promise<boolean> {
  if (Math.abs(frame.width - width) <= 0.5 && Math.abs(frame.height - height) <= 0.5) return false;
  frame.width = width;
  frame.height = height;
  frame.x = origin.x + width / 2;
  frame.y = origin.y + height / 2;
  await write('frame.sync', () => frame.sync());
  return true;
}
