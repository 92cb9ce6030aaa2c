/**
 * The words of an error, whatever was thrown (an `Error`, a host's string or object): for a report
 * or the panel to show.
 *
 * @example messageOf(new Error('Item 3 is locked')) // 'Item 3 is locked'
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
