// node scripts/build-cli.mjs [outfile]: bundles the helder-check command (src/cli/) into dist/helder-check.js,
// one file for Node 20+ with no dependencies. Fast (well under a second), so `npm run check-data`
// runs it every time and is never stale.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/helder-check.js';
await build({
  entryPoints: ['src/cli/helder-check.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile,
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
