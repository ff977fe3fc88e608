import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { generateDocument } from './kaart-data.mjs';
await build({ stdin: { contents: "export * from './src/core/sociale-kaart.ts'; export * from './src/core/search.ts'; export {parseJson} from './src/core/feed.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: 'bench/.b.tmp.mjs', logLevel: 'warning' });
const m = await import(pathToFileURL('bench/.b.tmp.mjs').href);
rmSync('bench/.b.tmp.mjs');
for (const n of [1000, 10000, 10000]) {
  const text = JSON.stringify(generateDocument(n));
  let t = performance.now();
  const out = m.parseSocialeKaart(m.parseJson(text).value);
  console.log(n, 'parse', (performance.now() - t).toFixed(0), 'ms', out.problemCount);
  t = performance.now();
  const docs = out.feed.services.map(m.searchDocument);
  const s = new m.TextSearch(docs, m.SEARCH_BOOSTS, { stem: true, synonyms: m.RESIDENT_SYNONYMS });
  console.log(n, 'index', (performance.now() - t).toFixed(0), 'ms');
  for (const q of ['sch', 'schu', 'schul', 'schuld', 'schulde', 'schulden', 'gel', 'geld', 'geldzorgen', 'eenzaam', 'mantelzorger', 'vroomshoop', 'hulp bij', 'rekeningen niet betalen', 'lezen en schrijven']) {
    const times = [];
    let len = 0;
    for (let r = 0; r < 5; r++) { t = performance.now(); len = s.search(q).length; times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    console.log('  ', q, len, times[2].toFixed(1), 'ms');
  }
}
