// npm run build: translations, bundles, type declarations, custom-elements.json, schemas, data.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const run = (command) => execSync(command, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx lit-localize build');
run('npx vite build --logLevel warn');
run('npx tsc -p tsconfig.build.json');
run('node scripts/manifest.mjs dist/custom-elements.json');
run('node scripts/build-cli.mjs');
run('node scripts/schema-docs.mjs');

// The schemas are TypeScript (types derive from them); publish them as JSON too.
const { SCHEMAS } = await importTs("export { SCHEMAS } from './src/core/schemas/index.ts';\n");
mkdirSync('dist/schemas', { recursive: true });
for (const [kind, schema] of Object.entries(SCHEMAS)) {
  writeFileSync(`dist/schemas/${kind}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
}

cpSync('src/data', 'dist/data', { recursive: true });
console.log('Built dist/: helder.js, one script per widget, types, custom-elements.json, schemas, data.');
