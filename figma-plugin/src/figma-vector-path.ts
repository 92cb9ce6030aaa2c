/**
 * Converts an SVG path (as `layoutJourney` draws curves: absolute M, L, C, Q, Z commands, numbers
 * separated by commas or spaces) into FigJam's `VectorPath.data` subset, shifted so `origin` becomes
 * 0,0. Returns `null` for anything outside that subset (relative or arc commands), so the adapter
 * reports it instead of drawing something wrong.
 *
 * @example figmaVectorPath('M10,20C15,20,20,30,30,30', { x: 10, y: 20 }) === 'M 0 0 C 5 0 10 10 20 10'
 */
export function figmaVectorPath(svgPath: string, origin: { x: number; y: number }): string | null {
  const tokens = svgPath.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g);
  if (!tokens || tokens.length === 0) return null;
  const arity: Record<string, number> = { M: 2, L: 2, C: 6, Q: 4, Z: 0 };
  const out: string[] = [];
  let command = '';
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as string;
    if (/^[A-Za-z]$/.test(token)) {
      if (!(token in arity)) return null;
      command = token;
      index++;
      if (command === 'Z') out.push('Z');
      continue;
    }
    // Repeated coordinates after a command repeat it (an implicit L after M, as in SVG).
    const count = arity[command];
    if (count === undefined || count === 0 || index + count > tokens.length) return null;
    const numbers = tokens.slice(index, index + count).map(Number);
    if (numbers.some((value) => !Number.isFinite(value))) return null;
    const shifted = numbers.map((value, position) => round(value - (position % 2 === 0 ? origin.x : origin.y)));
    out.push(`${command} ${shifted.join(' ')}`);
    if (command === 'M') command = 'L';
    index += count;
  }
  return out.length > 0 && out[0]?.startsWith('M') ? out.join(' ') : null;
}

function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}
