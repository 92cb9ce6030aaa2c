import * as z from 'zod/mini';
import { hashPrimitive, hashText, type PlacedData, type Primitive } from '../../core/src/index.js';
import { miroVisibleText } from './miro-visible-text.js';

/** The item metadata key Parcours writes under (Miro keeps metadata per app, per item). */
export const METADATA_KEY = 'parcours';

/**
 * Miro's limit for one item's app metadata: 256 bytes (Web SDK changelog 2023-02-13, "AppMetadata
 * can store up to 256 bytes"; setMetadata throws past it). We count the key and the JSON value.
 */
export const METADATA_MAX_BYTES = 256;

/**
 * What a placed Miro item carries: the shared `PlacedData` plus `c`, a digest of the text as the
 * user sees it (`miroVisibleText`). Reading back, the same digest over the item's visible text tells whether the user
 * edited it, whatever HTML or whitespace normalisation Miro applied in between.
 */
export interface MiroPlacedData extends PlacedData {
  c: string;
}

const bounded = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const MiroPlacedDataSchema = z.object({
  v: z.literal(1),
  j: bounded(1, 200),
  k: bounded(1, 200),
  h: bounded(1, 40),
  c: bounded(1, 40),
});

/** Prefix of a key or journey id stored as its digest because it did not fit the size limit. */
const DIGEST = '#';

/**
 * The metadata to store on the item placed for `primitive`, within Miro's size limit: a key or
 * journey id too long to fit is stored as `#` + its digest, which `decodePlacedData` resolves
 * against the layout's keys.
 *
 * @example encodePlacedData('journey-1', sticky) // { v: 1, j: 'journey-1', k: 'card-…', h: '…', c: '…' }
 */
export function encodePlacedData(journeyId: string, primitive: Primitive): MiroPlacedData {
  const data: MiroPlacedData = {
    v: 1,
    j: journeyId,
    k: primitive.key,
    h: hashPrimitive(primitive),
    c: visibleTextDigest(miroVisibleText(primitive)),
  };
  if (metadataBytes(data) > METADATA_MAX_BYTES) data.k = DIGEST + hashText(primitive.key);
  if (metadataBytes(data) > METADATA_MAX_BYTES) data.j = DIGEST + hashText(journeyId);
  return data;
}

/** Bytes Miro counts for this metadata (UTF-8 JSON of `{ [METADATA_KEY]: data }`). */
export function metadataBytes(data: MiroPlacedData): number {
  return new TextEncoder().encode(JSON.stringify({ [METADATA_KEY]: data })).length;
}

/**
 * Validates metadata read back from an item (host data is checked like any input) and, when it
 * belongs to `journeyId`, returns it with digested keys resolved. Anything else (another journey,
 * another app's shape, an item added by hand) gives `undefined`: such items are never touched.
 *
 * @example decodePlacedData(await item.getMetadata('parcours'), 'journey-1', keys)
 */
export function decodePlacedData(
  value: unknown,
  journeyId: string,
  keysByDigest: ReadonlyMap<string, string>,
): MiroPlacedData | undefined {
  const data = parsePlacedData(value);
  if (data === undefined) return undefined;
  if (data.j !== journeyId && data.j !== DIGEST + hashText(journeyId)) return undefined;
  const key = data.k.startsWith(DIGEST) ? (keysByDigest.get(data.k) ?? data.k) : data.k;
  return { ...data, j: journeyId, k: key };
}

/**
 * Validates metadata read back from an item, whatever its journey: `undefined` when it is not ours.
 *
 * @example parsePlacedData(await frame.getMetadata('parcours'))?.j // 'journey-1'
 */
export function parsePlacedData(value: unknown): MiroPlacedData | undefined {
  const parsed = MiroPlacedDataSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Map from `#digest` to key for every primitive of a layout, to resolve shortened keys. */
export function keysByDigest(primitives: readonly Primitive[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const primitive of primitives) map.set(DIGEST + hashText(primitive.key), primitive.key);
  return map;
}

/**
 * Digest of text as a reader sees it: runs of whitespace (line breaks, non-breaking spaces) count
 * as one space, ends are trimmed. Hosts re-wrap and normalise whitespace; users edit words.
 *
 * @example visibleTextDigest('Prix\npeu  clair') === visibleTextDigest('Prix peu clair')
 */
export function visibleTextDigest(text: string): string {
  return hashText(text.replace(/[\s\u00a0]+/g, ' ').trim());
}

/** The metadata as the SDK's JSON value type (an interface has no index signature). */
export function placedDataJson(data: MiroPlacedData): { v: 1; j: string; k: string; h: string; c: string } {
  return { v: data.v, j: data.j, k: data.k, h: data.h, c: data.c };
}
