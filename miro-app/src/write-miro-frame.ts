import { METADATA_KEY } from './placed-metadata.js';
import type { MiroFrame } from './miro-board-api.js';
import { findMapOrigin } from './find-map-origin.js';
import { miroCreateCall } from './miro-create-call.js';
import { fail, onBoard, type MiroRun } from './miro-run.js';
import { resizeMiroFrame } from './resize-miro-frame.js';
import { assignMiroProps } from './write-miro-item.js';

/**
 * The first write of a placement, as `writeFigJamFrame` on FigJam: the map's frame, which everything
 * else is positioned from. A new map's frame is created in free space near the viewport
 * (`options.origin` when given); a frame already there has its title and colour rewritten when they
 * changed, and grows before anything moves, since Miro refuses children outside their frame (it
 * shrinks last, in `finishMiroMap`). Returns `false` when the placement stops here (the frame
 * could not be written).
 *
 * @example if (await writeMiroFrame(run)) await writeMiroItems(run)
 */
export async function writeMiroFrame(run: MiroRun): Promise<boolean> {
  const { board, write, frame, options, result } = run;
  try {
    if (!run.placedFrame) {
      run.origin = options.origin ?? (await findMapOrigin(board, frame, write));
      const center = onBoard(run, { x: frame.box.w / 2, y: frame.box.h / 2 });
      run.placedFrame = (await run.items.create(frame, miroCreateCall(frame, center, options.style))) as MiroFrame;
      run.createdFrame = true;
      result.created++;
    } else {
      const placed = run.placedFrame;
      if (run.frameUpdated) {
        assignMiroProps(placed, miroCreateCall(frame, { x: placed.x, y: placed.y }, options.style).props, ['title', 'style']);
        await write('frame.sync', () => placed.sync());
        await write('frame.setMetadata', () => placed.setMetadata(METADATA_KEY, run.data(frame)));
        result.updated++;
      }
      // Grow before anything moves: Miro refuses children outside their frame.
      run.frameResized = await resizeMiroFrame(placed, run.origin!, Math.max(placed.width, frame.box.w), Math.max(placed.height, frame.box.h), write);
    }
    return true;
  } catch (error) {
    fail(run, error, 'frame', frame);
    return false;
  }
}
