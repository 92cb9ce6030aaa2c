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
  logLevel: 'warning',
});
