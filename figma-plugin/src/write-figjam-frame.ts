import { cancelled, step, type FigJamRun } from './figjam-run.js';
import { findFreeOrigin } from './find-free-origin.js';
import { rollBack, writeData } from './figjam-item-writes.js';
import { writeContent, writeGeometry } from './write-figjam-node.js';

/**
 * The first write of a placement, as `writeMiroFrame` on Miro: the map's section, which everything
 * else goes in. A new map's section is created in free space near the view (`options.origin` when
 * given); a section renamed by hand is kept, yet it must still hold the map: its size is the one thing
 * changed, or new stages would spill outside it. A section whose own text or colour changed is
 * updated with the other items (`writeFigJamItems`), FigJam writing it like any node. Returns `false`
 * when the placement stops here (cancelled, or the create threw and was rolled back).
 *
 * @example if (writeFigJamFrame(run)) await writeFigJamItems(run)
 */
export function writeFigJamFrame(run: FigJamRun): boolean {
  const { frame, sync } = run;
  if (sync.plan.keep.some(({ record }) => record.key === frame.key)) fitKeptSection(run);
  if (!sync.plan.add.includes(frame)) return true;
  if (cancelled(run)) return false;
  try {
    createSection(run);
  } catch (error) {
    rollBack(run, frame, error);
    return false;
  }
  step(run, 'create');
  return true;
}

function fitKeptSection(run: FigJamRun): void {
  const { placedFrame: section, frame } = run;
  if (!section || (section.width === frame.box.w && section.height === frame.box.h)) return;
  section.resizeWithoutConstraints(frame.box.w, frame.box.h);
  run.wrote = true;
}

function createSection(run: FigJamRun): void {
  const { figma, frame } = run;
  const section = figma.createSection();
  run.created.push(section);
  run.wrote = true;
  const origin =
    run.options.origin ??
    findFreeOrigin(
      frame.box,
      figma.viewport.center,
      figma.currentPage.children.flatMap((node) => ('absoluteBoundingBox' in node && node.absoluteBoundingBox ? [node.absoluteBoundingBox] : [])),
    );
  section.x = origin.x;
  section.y = origin.y;
  writeContent(section, frame, run.context, true);
  writeGeometry(section, frame, run.context, true);
  writeData(run, section, frame, true);
  run.placedFrame = section;
  run.result.created++;
}
