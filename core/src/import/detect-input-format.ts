/** Lines looked at for a Mermaid header behind front matter, directives and comments. */
const MAX_LINES = 200;

/**
 * Which reader a text needs, from the file name's extension, else from the content: JSON when it
 * starts with `{`, Mermaid when the first meaningful line (after `---` front matter, `%%{init}%%`
 * directives, `%%` comments and blank lines) is `journey`, CSV otherwise.
 *
 * @example detectInputFormat('%% notes\njourney\n  title Day', undefined) // 'mermaid'
 */
export function detectInputFormat(text: string, filename: string | undefined): 'json' | 'mermaid' | 'csv' {
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'mmd' || extension === 'mermaid') return 'mermaid';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  const start = text.search(/\S/);
  if (start !== -1 && text.charAt(start) === '{') return 'json';
  return firstMeaningfulLine(text) === 'journey' ? 'mermaid' : 'csv';
}

function firstMeaningfulLine(text: string): string | undefined {
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let inFrontMatter = false;
  let seenContent = false;
  for (let count = 0; count < MAX_LINES && position <= text.length; count++) {
    const end = text.indexOf('\n', position);
    const line = text.slice(position, end === -1 ? text.length : end).trim();
    position = end === -1 ? text.length + 1 : end + 1;
    if (line === '---' && (inFrontMatter || !seenContent)) {
      inFrontMatter = !inFrontMatter;
      seenContent = true;
      continue;
    }
    if (inFrontMatter || line === '' || line.startsWith('%%')) continue;
    seenContent = true;
    return /^journey\b/.exec(line)?.[0] ?? line;
  }
  return undefined;
}
