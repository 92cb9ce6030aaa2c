/**
 * A solid FigJam paint from a `#RRGGBB` colour.
 *
 * @example solidPaint('#FF0000') // { type: 'SOLID', color: { r: 1, g: 0, b: 0 } }
 */
export function solidPaint(hex: string): SolidPaint {
  const value = Number.parseInt(hex.slice(1), 16);
  return { type: 'SOLID', color: { r: ((value >> 16) & 255) / 255, g: ((value >> 8) & 255) / 255, b: (value & 255) / 255 } };
}

/**
 * The `#RRGGBB` colour of the first visible solid paint, or `null` (no paint, a gradient, mixed fills).
 * Channels are rounded to 8 bits, so a colour written with `solidPaint` reads back identical.
 *
 * @example paintHex([solidPaint('#FFE8A3')]) === '#FFE8A3'
 */
export function paintHex(paints: ReadonlyArray<Paint> | symbol): string | null {
  if (typeof paints === 'symbol') return null;
  const paint = paints.find((candidate) => candidate.visible !== false);
  if (!paint || paint.type !== 'SOLID') return null;
  const channel = (value: number) => Math.round(value * 255).toString(16).padStart(2, '0');
  return `#${channel(paint.color.r)}${channel(paint.color.g)}${channel(paint.color.b)}`.toUpperCase();
}
