// Bundles the CLI into dist/cli.mjs so `npx parcours` runs plain Node, no TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/cli.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The lexicons' JSON is loaded by Node with its import attribute (Node 20.10+ has `with`).
  supported: { 'import-attributes': true },
  logLevel: 'warning',
});
