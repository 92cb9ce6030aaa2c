const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Anything that needs work: markup characters, and characters XML 1.0 cannot hold even escaped. */
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
/** Controls other than tab, newline and return; lone surrogates; U+FFFE and U+FFFF. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escapes text for SVG or HTML content and attribute values: journey text is data, never markup.
 * Characters XML cannot hold at all are replaced by U+FFFD so the document stays well-formed.
 * Text that needs nothing comes back as it is, without a copy.
 *
 * @example escapeXml('<script>alert("x") & co</script>') // '&lt;script&gt;alert(&quot;x&quot;) &amp; co&lt;/script&gt;'
 */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, '\ufffd').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
