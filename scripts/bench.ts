/**
 * `npm run bench`: runs every `scripts/bench/*.bench.ts` and prints one JSON line per figure,
 * `{"name", "value", "unit", "target"}` (PRODUCT.md §8). Figures are measured side by side in the
 * same run; a ratio beats an absolute time on a shared, noisy machine.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** `higher`: the target is a floor (an accuracy), not a ceiling. */
  better?: 'lower' | 'higher';
  [detail: string]: unknown;
}

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'bench');
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only === undefined || file.includes(only))
  .sort();
let failures = 0;
for (const file of files) {
  const module = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<BenchLine[]> };
  for (const line of await module.run()) {
    console.log(JSON.stringify(line));
    if (line.better === 'higher' ? line.value < line.target : line.value > line.target) failures++;
  }
}
if (failures > 0) console.error(`${failures} figure(s) past target`);
