/**
 * The TextDecoder/TextEncoder of the running platform (Node and browsers both have them), typed here
 * because core compiles without DOM or Node typings. Returns `undefined` where the platform has none
 * (the FigJam main thread), so callers can say so instead of crashing.
 *
 * @example platformDecoder('utf-8', true)?.decode(bytes)
 */
export interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
type EncoderConstructor = new () => TextEncoderLike;

const platform = globalThis as unknown as { TextDecoder?: DecoderConstructor; TextEncoder?: EncoderConstructor };

/** A decoder for `label`, strict when `fatal` (throws on invalid bytes), or `undefined` if unavailable. */
export function platformDecoder(label: string, fatal: boolean): TextDecoderLike | undefined {
  const Decoder = platform.TextDecoder;
  if (Decoder === undefined) return undefined;
  return new Decoder(label, { fatal, ignoreBOM: true });
}

/** UTF-8 bytes of `text` via the platform's TextEncoder, or `undefined` if unavailable. */
export function platformUtf8(text: string): Uint8Array | undefined {
  const Encoder = platform.TextEncoder;
  return Encoder === undefined ? undefined : new Encoder().encode(text);
}
