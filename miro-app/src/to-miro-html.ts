/**
 * Turns user text into the HTML Miro stores in `content` (sticky notes, shapes, text) and card
 * titles. Text from files is data, never markup: `& < > " '` are escaped, so `<script>`, an
 * `<img onerror>` or a `javascript:` link arrive as visible characters; each line becomes one `<p>`.
 * `fromMiroHtml` undoes exactly this, so an unedited item reads back as the text placed.
 *
 * @example toMiroHtml('Prix < 10 €\nPaie & part') // '<p>Prix &lt; 10 €</p><p>Paie &amp; part</p>'
 */
export function toMiroHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
