/**
 * Longest text a Miro board notification holds, in UTF-16 code units (what `String.length`
 * counts; a character outside the BMP counts twice, so this can only be stricter than Miro):
 * https://developers.miro.com/docs/notifications_notifications, "Maximum length: 80 characters,
 * spaces included". A longer message is refused, so detail stays in the panel.
 */
export const MIRO_NOTIFICATION_MAX = 80;

/**
 * The first of `wordings` (longest and most telling first) that a notification holds; if none
 * does, the last one cut to fit with "…".
 *
 * @example fitMiroNotification(['Placing 1,052 items: 155,000 credits, about 35 s.', 'Placing the map.']) // the first
 */
export function fitMiroNotification(wordings: readonly string[]): string {
  const fitting = wordings.find((wording) => wording.length <= MIRO_NOTIFICATION_MAX);
  if (fitting !== undefined) return fitting;
  const last = wordings.at(-1) ?? '';
  return `${last.slice(0, MIRO_NOTIFICATION_MAX - 1)}…`;
}
