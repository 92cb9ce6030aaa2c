const TOKEN = /[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;
const COMMAND = /^[A-Za-z]$/;
/** How many numbers each supported command takes. */
const ARITY: Record<string, number> = { M: 2, L: 2, C: 6, Q: 4, Z: 0 };

/**
 * Converts an SVG path (as `layoutJourney` draws curves: absolute M, L, C, Q, Z commands, numbers
 * separated by commas or spaces) into FigJam's `VectorPath.data` subset, shifted so `origin` becomes
 * 0,0. Returns `null` for anything outside that subset (relative or arc commands), so the adapter
 * reports it instead of drawing something wrong.
 *
 * @example figmaVectorPath('M10,20C15,20,20,30,30,30', { x: 10, y: 20 }) === 'M 0 0 C 5 0 10 10 20 10'
 */
export function figmaVectorPath(svgPath: string, origin: { x: number; y: number }): string | null {
  const tokens = svgPath.match(TOKEN);
  if (!tokens || tokens.length === 0) return null;
  // Commands and numbers in order, joined once at the end: a curve of a 10,000-card map has
  // hundreds of segments.
  const out: (string | number)[] = [];
  let command = '';
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as string;
    if (COMMAND.test(token)) {
      if (!(token in ARITY)) return null;
      command = token;
      index++;
      if (command === 'Z') out.push('Z');
      continue;
    }
    // Repeated coordinates after a command repeat it (an implicit L after M, as in SVG).
    const count = ARITY[command];
    if (count === undefined || count === 0) return null;
    out.push(command);
    for (let position = 0; position < count; position++) {
      // A command letter or a missing token where a number belongs reads as NaN.
      const value = Number(tokens[index + position]);
      if (!Number.isFinite(value)) return null;
      out.push(round(value - (position % 2 === 0 ? origin.x : origin.y)));
    }
    if (command === 'M') command = 'L';
    index += count;
  }
  return out[0] === 'M' ? out.join(' ') : null;
}

function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}
