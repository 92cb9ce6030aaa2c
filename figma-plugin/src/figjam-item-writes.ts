import { hostErrorSaid, say, type Primitive, type Said } from '../../core/src/index.js';
import type { FigJamNode, FigJamSection } from './figjam-api.js';
import { FULL_TEXT_KEY, PLACED_DATA_KEY } from './figjam-placed-data.js';
import { encodeSourcesData, SOURCES_KEY } from './figjam-sources-data.js';
import { describe } from './figjam-report-text.js';
import type { FigJamRun } from './figjam-run.js';
import { geometryFingerprint, writeContent, writeGeometry } from './write-figjam-node.js';

/**
 * Puts a new node in the section and writes it whole, its plugin data included (as
 * `miroItemWrites`' create on Miro); a primitive it cannot draw removes it again and gives the reason.
 *
 * @example writeNew(run, section, createFigJamNode(figma, sticky), sticky) // null
 */
export function writeNew(run: FigJamRun, section: FigJamSection, node: FigJamNode, primitive: Primitive): Said | null {
  section.appendChild(node);
  writeContent(node, primitive, run.context, true);
  const problem = writeGeometry(node, primitive, run.context, true);
  if (problem !== null) {
    node.remove();
    return problem;
  }
  writeData(run, node, primitive, true);
  return null;
}

/** Writes the plugin data that makes a node ours; on a node already placed, only what differs. */
export function writeData(run: FigJamRun, node: FigJamNode, primitive: Primitive, fresh: boolean): void {
  const data = run.encode(primitive.key, run.hashOf(primitive), primitive.kind, primitive.style, geometryFingerprint(primitive));
  if (fresh || node.getPluginData(PLACED_DATA_KEY) !== data) node.setPluginData(PLACED_DATA_KEY, data);
  const full = primitive.fullText ?? '';
  if (fresh ? full !== '' : node.getPluginData(FULL_TEXT_KEY) !== full) node.setPluginData(FULL_TEXT_KEY, full);
  // Who said it, within the plugin-data entry limit (the full list is in the HTML report).
  const sources = primitive.kind === 'sticky' || primitive.kind === 'card' ? encodeSourcesData(primitive.sources, primitive.kind === 'card' ? primitive.count : (primitive.count ?? primitive.sources?.length)) : '';
  if (fresh ? sources !== '' : node.getPluginData(SOURCES_KEY) !== sources) node.setPluginData(SOURCES_KEY, sources);
}

/**
 * After a create threw: removes what this run created, so the board is as before, and says so; what
 * the host refuses to remove is counted and named.
 */
export function rollBack(run: FigJamRun, primitive: Primitive, error: unknown): void {
  // The host may refuse the removals too (still busy, rate limited): what stays is reported, not
  // thrown, and what carries its plugin data is picked up by the next placement.
  const { result } = run;
  let marked = 0;
  let bare = 0;
  for (const node of run.created.reverse()) {
    if (node.removed) continue;
    try {
      node.remove();
    } catch {
      if (node.getPluginData(PLACED_DATA_KEY) === '') bare++;
      else marked++;
    }
  }
  if (run.placedFrame?.removed) run.placedFrame = null;
  result.failed++;
  result.problems.push({ ...say('figjam.couldNotCreate', { item: describe(primitive, primitive.key), error: hostErrorSaid(error) }), field: primitive.key });
  if (marked + bare === 0) {
    result.problems.push(say('figjam.rolledBack', { created: result.created }));
  } else {
    result.problems.push(say('figjam.leftOver', { left: marked + bare, bare }));
  }
  result.created = marked;
}
