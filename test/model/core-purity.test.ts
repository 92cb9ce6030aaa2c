import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The compiler cannot enforce this alone: @types/papaparse pulls Node's types into core's program.
const coreDir = join(__dirname, '../../core/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const forbidden: [string, RegExp][] = [
  ['a Node built-in', /from ['"](node:|fs|path|os|child_process|http)['"/]/],
  // A host global, not a message code such as 'miro.kept' (a quote before it).
  ['a host typing', /@figma\/plugin-typings|@mirohq\/websdk-types|(?<!['"])\bfigma\.|(?<!['"])\bmiro\./],
  ['the DOM', /\b(document|window|localStorage|navigator)\./],
  ['a UI library', /from ['"]preact/],
  ['process state', /\bprocess\.(env|argv|exit)/],
];

/** The source without its comments (`/* … */` blocks and `//` line ends outside strings are rare enough in core to strip crudely). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('core stays pure', () => {
  const files = sourceFiles(coreDir);

  it('reads comments out of the code it checks', () => {
    expect(withoutComments('/** see developers.figma.com */\n// figma.notify\nconst a = 1;')).toBe('\nconst a = 1;');
  });

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(forbidden)('no core file uses %s', (_what, pattern) => {
    // Code only: a comment may link to a host's docs (developers.figma.com) to say why.
    const offenders = files.filter((file) => pattern.test(withoutComments(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
