import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

/**
 * The source folders whose imports must form no cycle (what `npx madge --circular` checks, type-only
 * imports included). miro-app/src joins this list once `apply-miro-plan.ts` no longer sits in a
 * cycle with `find-map-origin.ts` and `resize-miro-frame.ts` (issue 15).
 */
const ACYCLIC_FOLDERS = ['core/src', 'ui', 'figma-plugin/src', 'miro-app/src', 'playground/src'];

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

/** Every import cycle among `files`, each as the list of files around it (Tarjan's strongly connected components). */
function importCycles(files: readonly string[]): string[][] {
  const edges = new Map<string, string[]>();
  const pending = [...files];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (edges.has(file)) continue;
    const targets = importsOf(file);
    edges.set(file, targets);
    pending.push(...targets);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(relative(root, member));
    } while (member !== file);
    if (component.length > 1 || (edges.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

describe('the import graph', () => {
  it('finds a cycle when there is one', () => {
    const dir = join(root, 'test/model/cycle-fixture');
    expect(importCycles(sourceFiles(dir))).toEqual([['test/model/cycle-fixture/a.ts', 'test/model/cycle-fixture/b.ts']]);
  });

  it.each(ACYCLIC_FOLDERS)('has no cycle in %s', (folder) => {
    const files = sourceFiles(join(root, folder));
    expect(files.length).toBeGreaterThan(10);
    expect(importCycles(files)).toEqual([]);
  });
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
