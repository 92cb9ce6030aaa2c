const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NAME = /^[a-z]{3,30}$/i;

/**
 * A user's colour if it is a plain CSS colour (`#3b82f6`, `#fa0`, `teal`), lower-cased; undefined
 * otherwise, so nothing but a colour ever reaches a style attribute.
 *
 * @example safeColor(' #3B82F6 ') // '#3b82f6'
 * @example safeColor('red;background:url(x)') // undefined
 */
export function safeColor(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return HEX.test(trimmed) || NAME.test(trimmed) ? trimmed.toLowerCase() : undefined;
}
