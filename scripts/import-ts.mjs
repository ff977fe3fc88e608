// Node scripts read the schemas and core modules from their TypeScript source: esbuild bundles
// what `source` exports into a temporary module, which is imported and then deleted.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** `source`: export statements with paths from the repository root, e.g. "export { X } from './src/x.ts';". */
export async function importTs(source) {
  const bundled = `scripts/.import-ts-${process.pid}-${Date.now()}.tmp.mjs`;
  await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Packages stay imports: they resolve from node_modules as usual.
    packages: 'external',
    outfile: bundled,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(bundled).href);
  } finally {
    rmSync(bundled, { force: true });
  }
}
