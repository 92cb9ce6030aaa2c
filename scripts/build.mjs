// `npm run build`: runs every target in scripts/build/*.mjs (FigJam plugin, Miro app, playground, CLI).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'build');
for (const file of readdirSync(dir).filter((name) => name.endsWith('.mjs')).sort()) {
  const target = await import(pathToFileURL(join(dir, file)).href);
  await target.build();
  console.log(`built ${file.replace(/\.mjs$/, '')}`);
}
