/**
 * The words of an error a host threw, for the panel to show.
 *
 * @example messageOf(new Error('Item 3 is locked')) // 'Item 3 is locked'
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
