import type { Box, Primitive } from '../layout/primitive.js';

/**
 * The hidden data every placed item carries (Miro item metadata, FigJam plugin data). Kept small:
 * Miro limits metadata size, FigJam stores it per node.
 */
export interface PlacedData {
  /** Data version, for migrations. */
  v: 1;
  /** Journey id: several maps on one board never interfere. */
  j: string;
  /** Primitive key. */
  k: string;
  /** Content hash of what was placed (`hashPrimitive`, over the text the host shows and its look: hollow, dashed). */
  h: string;
}

/** One item read back from the board. Adapters build these; `planSync` decides from them. */
export interface PlacedRecord {
  /** Host item id. */
  hostId: string;
  journeyId: string;
  key: string;
  /** Hash stored when the item was placed. */
  hash: string;
  /** Hash of the content the item holds now (same function, over what the adapter reads back). */
  currentHash: string;
  /** Where the item is now, in layout coordinates (the adapter subtracts the map origin it placed at). */
  box: Box;
  /** The text the item shows now, as read back: how a report names an item the data no longer has. */
  text?: string;
}

export interface SyncChange {
  record: PlacedRecord;
  primitive: Primitive;
}

/** What a re-import will do, shown to the user before it is applied. */
export interface SyncPlan {
  journeyId: string;
  add: Primitive[];
  /** Content changed (and possibly moved too). */
  update: SyncChange[];
  /** Same content, new position or size. */
  move: SyncChange[];
  /** Unedited items whose primitive disappeared from the data. */
  remove: PlacedRecord[];
  /**
   * Items edited by hand since placement: never overwritten nor removed. `beside` is the data's
   * version of a kept card (key `updatedKey(record.key)`), laid out beside it and marked.
   */
  keep: KeptItem[];
  /** Changes held back because they would cover an item edited by hand: nothing is placed on one. */
  waiting: WaitingChange[];
  /** Count of items already up to date. */
  unchanged: number;
}

/** An item edited by hand that a re-import keeps as it is, where it is. */
export interface KeptItem {
  record: PlacedRecord;
  /** The layout's primitive of the same key, when the data still has it. */
  primitive?: Primitive;
  reason: 'edited';
  /** The data's version of this item, laid out beside it and marked as updated from the data. */
  beside?: Primitive;
}

/** An add, update or move that would put an item over one edited by hand: not applied. */
export interface WaitingChange {
  change: 'add' | 'update' | 'move';
  primitive: Primitive;
  /** The item the update or move was for (absent for an add). */
  record?: PlacedRecord;
  /** The item edited by hand it would cover. */
  covers: PlacedRecord;
}
