/**
 * Reads back the text a user sees in a Miro item's HTML `content`: paragraphs and `<br>` become
 * line breaks, other tags (bold, links a user added) are dropped, entities are decoded. It is the
 * exact inverse of `toMiroHtml`, so hashing what we read back tells an edited item from an
 * unedited one.
 *
 * @example fromMiroHtml('<p>Prix &lt; 10 €</p><p>Paie &amp; part</p>') // 'Prix < 10 €\nPaie & part'
 */
export function fromMiroHtml(html: string): string {
  const text = html
    // Miro may store an empty line as <p><br></p>: it is one empty paragraph, not two breaks.
    .replace(/<p(?:\s[^>]*)?>\s*<br\s*\/?>\s*<\/p>/gi, '<p></p>')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p(?:\s[^>]*)?>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
