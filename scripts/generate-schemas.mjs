// npm run generate:schemas [-- --check]: writes the feed schemas as the widgets ship them into
// src/generated/ (one module per entry of SCHEMA_MODULES, plus schema-blocks.js). With --check,
// only says whether the files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const { schemaModules, SCHEMA_MODULES } = await importTs(
  "export { schemaModules } from './scripts/schema-modules.ts';\nexport { SCHEMA_MODULES } from './src/core/schemas/shipped.ts';\n",
);
const files = Object.fromEntries(Object.entries(schemaModules(SCHEMA_MODULES)).map(([name, text]) => [`src/generated/${name}`, text]));

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
    console.error(`Stale: ${stale.join(', ')}. Run npm run generate:schemas.`);
    process.exit(1);
  }
  console.log('src/generated/ schemas are up to date.');
} else {
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'src/generated/ schemas were already up to date.');
}
