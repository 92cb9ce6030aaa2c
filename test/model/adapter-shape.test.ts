import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The two adapters, as docs/ARCHITECTURE.md names them: `X` in an export, `x` in a file name. */
const HOSTS = [
  { folder: 'miro-app/src', X: 'Miro', x: 'miro' },
  { folder: 'figma-plugin/src', X: 'FigJam', x: 'figjam' },
] as const;

/** Each step of a placement: its file and the function it exports, the same on both hosts. */
const STEPS = [
  { file: 'place-on-x.ts', exports: 'placeOnX' },
  { file: 'plan-x-sync.ts', exports: 'planXSync' },
  { file: 'apply-x-plan.ts', exports: 'applyXPlan' },
  { file: 'x-run.ts', exports: 'startXRun' },
  { file: 'write-x-frame.ts', exports: 'writeXFrame' },
  { file: 'write-x-items.ts', exports: 'writeXItems' },
  { file: 'finish-x-map.ts', exports: 'finishXMap' },
  { file: 'report-x-placement.ts', exports: 'reportXPlacement' },
];

describe('the two adapters take the same steps, in files and functions named alike', () => {
  for (const host of HOSTS) {
    test.each(STEPS)(`${host.X}: %o`, ({ file, exports }) => {
      const path = join(ROOT, host.folder, file.replace(/\bx\b/, host.x));
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`export (async )?function ${exports.replace('X', host.X)}\\(`));
    });

    test(`${host.X}: applyXPlan starts the run, then writes the frame, the items, and finishes the map, in that order`, () => {
      const apply = readFileSync(join(ROOT, host.folder, `apply-${host.x}-plan.ts`), 'utf8');
      const calls = [`start${host.X}Run(`, `write${host.X}Frame(run)`, `write${host.X}Items(run)`, `finish${host.X}Map(run)`];
      const at = calls.map((call) => apply.indexOf(call));
      expect(at.filter((index) => index < 0)).toEqual([]);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });
  }
});
