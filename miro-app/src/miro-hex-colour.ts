/**
 * A colour as Miro's Web SDK takes it (`#rrggbb`), from a CSS colour a user gave (a persona's
 * `color`): `#rgb` is expanded, an alpha channel dropped, and anything that is not hex (a colour
 * name) gives `undefined`, so the token's colour is used instead of a value Miro would refuse.
 *
 * @example miroHexColour('#F60') // '#ff6600'
 */
export function miroHexColour(colour: string | undefined): string | undefined {
  if (colour === undefined) return undefined;
  const match = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(colour.trim());
  const digits = match?.[1]?.toLowerCase();
  if (digits === undefined) return undefined;
  if (digits.length <= 4) return `#${[...digits.slice(0, 3)].map((digit) => digit + digit).join('')}`;
  return `#${digits.slice(0, 6)}`;
}
