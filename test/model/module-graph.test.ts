import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import madge from 'madge';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

/**
 * The source folders whose imports must form no cycle: `npx madge --circular --extensions ts,tsx
 * --ts-config tsconfig.json` over them finds none (issue 15), type-only imports included.
 */
const ACYCLIC_FOLDERS = ['core/src', 'ui', 'figma-plugin/src', 'miro-app/src', 'playground/src', 'scripts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The files `file` imports or re-exports from, `import type` included, resolved to their source. */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
      return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? '';
    })
    .filter((target) => target !== '');
}

/**
 * madge's graph of `folders` as the command line builds it: TypeScript files resolved with our
 * tsconfig (`./x.js` to `x.ts`), `import type` counted (a cycle through types alone still ties the
 * files together), paths relative to the repository.
 */
function madgeGraph(folders: readonly string[]) {
  const typeImports = { skipTypeImports: false };
  return madge(
    folders.map((folder) => join(root, folder)),
    { baseDir: root, fileExtensions: ['ts', 'tsx'], tsConfig: join(root, 'tsconfig.json'), detectiveOptions: { ts: typeImports, tsx: typeImports } },
  );
}

describe('the import graph (madge)', () => {
  it('finds a cycle when there is one, through types alone', async () => {
    const graph = await madgeGraph(['test/model/cycle-fixture']);
    expect(graph.circular()).toEqual([['test/model/cycle-fixture/a.ts', 'test/model/cycle-fixture/b.ts']]);
  }, 60_000);

  // One graph for every folder: madge parses each file with typescript-estree, some 15 s for the
  // 440 files on this machine when idle, so the folders are read once.
  it(`has no cycle in ${ACYCLIC_FOLDERS.join(', ')}, and resolves every relative import`, async () => {
    const graph = await madgeGraph(ACYCLIC_FOLDERS);
    const files = Object.keys(graph.obj());
    for (const folder of ACYCLIC_FOLDERS) expect(files.filter((file) => file.startsWith(`${folder}/`)).length).toBeGreaterThan(10);
    expect(graph.circular()).toEqual([]);
    // An import madge cannot resolve (listed as written, './missing.js') is an edge it cannot see:
    // none, or "no cycle" would mean less.
    expect(graph.warnings().skipped).toEqual([]);
  }, 180_000);
});

/**
 * The folders that use core as a library: they reach it only through its front door, `core/src/index.ts`,
 * or its second door for the workbook reader, loaded apart (`core/src/workbook-reader.ts`).
 */
const CORE_USERS = ['miro-app/src', 'figma-plugin/src', 'playground/src', 'ui'];

/** Each import in `files` of a file inside `inside` other than the `doors`, as "importer -> imported". */
function pastTheDoor(files: readonly string[], inside: string, ...doors: string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => target.startsWith(`${inside}/`) && !doors.includes(target))
      .map((target) => `${relative(root, file)} -> ${relative(root, target)}`),
  );
}

describe("core's front door", () => {
  // A host that imports core files one by one ties itself to core's inner layout; through the index
  // it sees one public surface, and "sideEffects": false lets the bundler drop what it does not use.
  it('finds an import past the door when there is one', () => {
    const dir = join(root, 'test/model/cycle-fixture');
    expect(pastTheDoor([join(dir, 'a.ts')], dir, join(dir, 'a.ts'))).toEqual(['test/model/cycle-fixture/a.ts -> test/model/cycle-fixture/b.ts']);
  });

  it.each(CORE_USERS)('is the only core file %s imports', (folder) => {
    const files = sourceFiles(join(root, folder));
    expect(files.length).toBeGreaterThan(10);
    expect(pastTheDoor(files, join(root, 'core/src'), join(root, 'core/src/index.ts'), join(root, 'core/src/workbook-reader.ts'))).toEqual([]);
  });
});

describe('core modules run nothing when loaded', () => {
  // package.json says "sideEffects": false, which lets a bundler drop a core module whose exports go
  // unused: true only if loading one changes nothing outside it. A statement at the top level that is
  // not a declaration (a call such as `z.config(…)`) would change something.
  it('has no statement at the top level of a core file but imports, exports and declarations', () => {
    const files = sourceFiles(join(root, 'core/src'));
    expect(files.length).toBeGreaterThan(50);
    const effects = files.flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
      return source.statements.filter((statement) => ts.isExpressionStatement(statement)).map((statement) => `${relative(root, file)}: ${statement.getText(source)}`);
    });
    expect(effects).toEqual([]);
  });

  it('tells a module-level call from a declaration', () => {
    const source = ts.createSourceFile('x.ts', "const kept = [];\nkept.push(1);\nexport function f() {}", ts.ScriptTarget.Latest);
    expect(source.statements.filter((statement) => ts.isExpressionStatement(statement)).length).toBe(1);
  });
});
