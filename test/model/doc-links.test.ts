import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The relative targets of a markdown text's links and images (`[text](target)`, `![alt](target)`,
 * `[label]: target`), without their `#fragment` or title; code spans and fenced code are not links.
 * Web addresses and in-page anchors are left out: only files are checked.
 */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!),
    ...[...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((match) => match[1]!),
  ];
  return targets.filter((target) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target)).map((target) => decodeURI(target.split('#')[0]!));
}

/** The links of `markdown`, read from the folder `from`, that do not name a file or folder inside the repository. */
function brokenLinks(markdown: string, from: string): string[] {
  return relativeLinks(markdown).filter((target) => {
    const path = resolve(from, target);
    return relative(ROOT, path).startsWith('..') || !existsSync(path);
  });
}

describe('relativeLinks', () => {
  test('finds links, images and reference definitions, and leaves out web addresses, anchors and code', () => {
    const markdown = [
      'See [the model](core/src/model/journey.ts#L10) and ![a map](docs/map.png "A map").',
      '[Miro](https://miro.com), [mail](mailto:a@b.c), [below](#adding-a-host), `[code](not/a/link.md)`.',
      '[brief]: ../shared/PRODUCT.md',
      '```md',
      '[fenced](not/a/link/either.md)',
      '```',
      '[spaced](docs/a%20b.md)',
    ].join('\n');
    expect(relativeLinks(markdown)).toEqual(['core/src/model/journey.ts', 'docs/map.png', 'docs/a b.md', '../shared/PRODUCT.md']);
  });

  test('a link out of the repository or to a missing file is broken; one to a file or folder in it is not', () => {
    const markdown = '[brief](../PRODUCT.md) [gone](GONE.md) [here](ARCHITECTURE.md) [up](../README.md) [folder](../core/src/)';
    expect(brokenLinks(markdown, join(ROOT, 'docs'))).toEqual(['../PRODUCT.md', 'GONE.md']);
    expect(brokenLinks('[brief](../shared/PRODUCT.md)', ROOT)).toEqual(['../shared/PRODUCT.md']);
  });
});

const markdownFiles = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('every relative link in the repository’s markdown names a file in the repository', () => {
  test('README.md and docs/ are among the files checked', () => {
    expect(markdownFiles).toContain('README.md');
    expect(markdownFiles).toContain('docs/ARCHITECTURE.md');
  });

  test.each(markdownFiles)('%s', (file) => {
    expect(brokenLinks(readFileSync(join(ROOT, file), 'utf8'), dirname(join(ROOT, file)))).toEqual([]);
  });
});
