// node scripts/generate-validators.mjs [--check]: compiles the feed schemas into
// src/generated/validators.js (and .d.ts). With --check, only says whether the files are stale.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const bundled = 'scripts/.validators.tmp.mjs';
await build({
  stdin: {
    contents: "export { compileValidators } from './scripts/compile-validators.ts';\nexport { COMPILED_SCHEMAS } from './src/core/schemas/validators.ts';\n",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: ['ajv', 'esbuild'],
  outfile: bundled,
  logLevel: 'warning',
});
let output;
try {
  const { compileValidators, COMPILED_SCHEMAS } = await import(pathToFileURL(bundled).href);
  output = compileValidators(COMPILED_SCHEMAS);
} finally {
  rmSync(bundled, { force: true });
}

const files = { 'src/generated/validators.js': output.js, 'src/generated/validators.d.ts': output.dts };
const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
const stale = Object.keys(files).filter((file) => read(file) !== files[file]);
if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(`Stale: ${stale.join(', ')}. Run node scripts/generate-validators.mjs.`);
    process.exit(1);
  }
  console.log('src/generated/validators.js is up to date.');
} else {
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'src/generated/validators.js was already up to date.');
}
