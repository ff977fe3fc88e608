// node scripts/generate-validators.mjs [--check]: compiles the feed schemas into
// src/generated/<module>.js (and .d.ts), one module per entry of COMPILED_MODULES. With --check,
// only says whether the files are stale.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const bundled = 'scripts/.validators.tmp.mjs';
await build({
  stdin: {
    contents: "export { compileValidators } from './scripts/compile-validators.ts';\nexport { COMPILED_MODULES } from './src/core/schemas/validators.ts';\n",
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
const files = {};
try {
  const { compileValidators, COMPILED_MODULES } = await import(pathToFileURL(bundled).href);
  for (const [name, schemas] of Object.entries(COMPILED_MODULES)) {
    const output = compileValidators(schemas);
    files[`src/generated/${name}.js`] = output.js;
    files[`src/generated/${name}.d.ts`] = output.dts;
  }
} finally {
  rmSync(bundled, { force: true });
}

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
  console.log('src/generated/ validators are up to date.');
} else {
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'src/generated/ validators were already up to date.');
}
