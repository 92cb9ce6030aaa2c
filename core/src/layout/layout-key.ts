/**
 * Makes an id safe to join with others in a primitive key: `:` separates the parts of a key, so an
 * id holding one is escaped (and `%`, the escape itself). Keys stay readable for ordinary ids.
 *
 * @example keyPart('stage:1') // 'stage%3A1'
 */
export function keyPart(id: string): string {
  if (!id.includes(':') && !id.includes('%')) return id;
  return id.replace(/%/g, '%25').replace(/:/g, '%3A');
}
