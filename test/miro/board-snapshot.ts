import type { MiroFake } from '../fakes/miro-fake.js';

/** One placed item as a test compares it: what a user would see, keyed by its primitive key. */
export interface SnapshotItem {
  type: string;
  /** Key of the frame holding it, or null. */
  parent: string | null;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  /** `content`, card `title` or frame `title`, as stored. */
  text?: string;
  colour?: string;
  /** Keys of a connector's ends. */
  ends?: [string, string];
}

/**
 * The board as a map from metadata key (prefixed with the journey id when `byJourney`) to what is
 * placed, plus the items without our metadata. Two placements that look the same compare equal.
 */
export function boardSnapshot(fake: MiroFake, byJourney = false): { items: Record<string, SnapshotItem>; unmarked: number; duplicates: string[] } {
  const keyOf = new Map<string, string>();
  let unmarked = 0;
  for (const stored of fake.items()) {
    const data = stored.metadata.parcours as { j: string; k: string } | undefined;
    if (data) keyOf.set(stored.id, byJourney ? `${data.j}/${data.k}` : data.k);
    else unmarked++;
  }
  const items: Record<string, SnapshotItem> = {};
  const duplicates: string[] = [];
  for (const stored of fake.items()) {
    const key = keyOf.get(stored.id);
    if (!key) continue;
    if (items[key]) duplicates.push(key);
    const props = stored.props as Record<string, unknown> & { style?: Record<string, unknown> };
    const item: SnapshotItem = { type: stored.type, parent: stored.parentId ? (keyOf.get(stored.parentId) ?? 'unmarked') : null };
    if (stored.type === 'connector') {
      const start = props.start as { item: string };
      const end = props.end as { item: string };
      item.ends = [keyOf.get(start.item) ?? '?', keyOf.get(end.item) ?? '?'];
      item.colour = String(props.style?.strokeColor);
    } else {
      item.x = Number(props.x);
      item.y = Number(props.y);
      item.width = Number(props.width);
      // Miro sizes text and cards itself: their height is not ours to compare.
      if (stored.type !== 'text' && stored.type !== 'card') item.height = Number(props.height);
      item.text = String(props.content ?? props.title ?? '');
      item.colour = String(props.style?.fillColor ?? props.style?.cardTheme ?? props.style?.color);
    }
    items[key] = item;
  }
  return { items, unmarked, duplicates };
}
