// node bench/parse.mjs: how long parsing a regelingen feed takes in Node, and what its schema
// check (the shipped schemas and the interpreter) weighs. Bundles the core parser with esbuild, minified as in dist/, so it needs no
// browser; `npm run bench` runs it after the browser benchmark.
import { readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 7;
const SIZES = [1_000, 10_000, 50_000];

const bundled = 'bench/.parse.tmp.mjs';
await build({
  stdin: {
    contents:
      "export { parseJson } from './src/core/feed.ts';\nexport { parseRegelingen, parseRegelingenAsync } from './src/core/regelingen.ts';\nexport { validateRule } from './src/core/rules.ts';\n",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  platform: 'neutral',
  format: 'esm',
  outfile: bundled,
  logLevel: 'warning',
});
let parser;
try {
  parser = await import(pathToFileURL(bundled).href);
} finally {
  rmSync(bundled, { force: true });
}
const { parseJson, parseRegelingen, parseRegelingenAsync, validateRule } = parser;

// Items like the real ones (texts at three levels, conditions with rules, sources), each with its
// own id; and the same items without conditions: no rules, and none of the conditions' texts.
const data = JSON.parse(readFileSync('src/data/twenterand/regelingen.json', 'utf8'));
const feedOf = (count, withRules = true) => ({
  ...data,
  regelingen: Array.from({ length: count }, (_, i) => {
    const { eligibility, ...rest } = data.regelingen[i % data.regelingen.length];
    return { ...rest, ...(withRules && eligibility ? { eligibility } : {}), id: `regeling-${i}` };
  }),
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rulesOf = (feed) => feed.regelingen.flatMap((regeling) => (regeling.eligibility ?? []).map((condition) => condition.rule));
const perItem = rulesOf(feedOf(data.regelingen.length)).length / data.regelingen.length;

console.log(`Helder parse benchmark (Node ${process.version}, median of ${ROUNDS} rounds, parseRegelingen after parseJson)`);
for (const withRules of [true, false]) {
  console.log(
    withRules
      ? `  items as in the Twenterand feed (texts at three levels, ${perItem.toFixed(1)} conditions with a rule each on average):`
      : '  the same items without conditions:',
  );
  for (const count of SIZES) {
    const text = JSON.stringify(feedOf(count, withRules));
    const times = [];
    let kept = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const value = parseJson(text).value; // As a widget does; JSON.parse itself is not timed.
      const start = performance.now();
      const outcome = parseRegelingen(value, 'https://www.example.nl/');
      times.push(performance.now() - start);
      kept = outcome.ok ? outcome.feed.regelingen.length : 0;
    }
    if (kept !== count) throw new Error(`expected ${count} items, kept ${kept}`);
    const ms = median(times);
    console.log(`    ${count.toLocaleString('en').padStart(6)} items (${(text.length / 1e6).toFixed(1)} MB, ${(text.length / count / 1024).toFixed(1)} KiB each): ${ms.toFixed(1)} ms, ${((ms / count) * 1000).toFixed(1)} µs per item`);
  }
}

// The rules alone: validateRule on every rule of 10,000 items, as parseRegelingen checks them.
{
  const text = JSON.stringify(feedOf(10_000));
  const times = [];
  let count = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const rules = rulesOf(parseJson(text).value);
    count = rules.length;
    const start = performance.now();
    for (const rule of rules) if (validateRule(rule).length > 0) throw new Error('expected valid rules');
    times.push(performance.now() - start);
  }
  const ms = median(times);
  console.log(`  validateRule alone, the ${count.toLocaleString('en')} rules of 10,000 items: ${ms.toFixed(1)} ms, ${((ms / count) * 1000).toFixed(2)} µs per rule`);
}

// The longest the async parse keeps the event loop busy, measured by a timer that should fire every ms.
{
  const value = parseJson(JSON.stringify(feedOf(50_000))).value;
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  await parseRegelingenAsync(value, { baseUrl: 'https://www.example.nl/' });
  const total = performance.now() - start;
  clearInterval(tick);
  console.log(`  50,000 items in slices: ${total.toFixed(0)} ms in all, the event loop waited at most ${longest.toFixed(1)} ms`);
}

const check = await build({
  stdin: {
    contents: "export { validatorFrom } from './src/core/validate.ts';\nexport * from './src/generated/regelingen-schemas.js';\n",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  logLevel: 'warning',
});
console.log(`  schema check of the regelingen (interpreter and shipped schemas), minified + gzip: ${(gzipSync(check.outputFiles[0].text).length / 1024).toFixed(1)} KiB`);
