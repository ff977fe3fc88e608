// The sociale kaart's figures, for `npm run bench` (run.mjs imports this after the regelingen
// figures) or on its own after `npm run build`: node bench/kaart.mjs. With --serve it only
// serves bench/kaart-page.html?n=10000 to look at the widget with generated data.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome-path.mjs';
import { staticGraph } from './bundle-graph.mjs';
import { serveFile } from './serve-file.mjs';
import { generateDocument } from './kaart-data.mjs';

const SIZES = [1_000, 10_000];
const ROUNDS = Number(process.env.BENCH_KAART_ROUNDS) || 3;
const QUERIES = ['schulden', 'geldzorgen', 'eenzaam', 'mantelzorger', 'vroomshoop', 'taal'];
const feeds = new Map();

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const generated = /^\/bench\/kaart-(\d+)\.json$/.exec(url.pathname);
  if (generated) {
    const n = Math.min(Number(generated[1]), 50_000);
    if (!feeds.has(n)) feeds.set(n, JSON.stringify(generateDocument(n)));
    res.writeHead(200, { 'content-type': 'application/json' }).end(feeds.get(n));
    return;
  }
  await serveFile(res, url.pathname);
});
await new Promise((resolve) => server.listen(process.argv.includes('--serve') ? 8090 : 0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
if (process.argv.includes('--serve')) {
  console.log(`${base}/bench/kaart-page.html (the widget is placed by the bench; add it in the console with window.mount('/bench/kaart-10000.json'))`);
} else {
  await run();
  server.close();
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run() {
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  try {
    console.log(`Helder sociale kaart benchmark (Chromium ${await browser.version()}, generated data)`);
    for (const n of SIZES) {
      const src = `/bench/kaart-${n}.json`;
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.goto(`${base}/bench/kaart-page.html`, { waitUntil: 'networkidle0' });
      const first = await page.evaluate((s, r) => window.firstRender(s, r), src, ROUNDS);
      const widget = percentile(first.widget, 50);
      const plain = percentile(first.plain, 50);
      await page.close();

      // A fresh page for the heap: what the widget holds with its data and index, after GC.
      const live = await browser.newPage();
      await live.setViewport({ width: 1000, height: 800 });
      await live.goto(`${base}/bench/kaart-page.html`, { waitUntil: 'networkidle0' });
      const cdp = await live.createCDPSession();
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await live.metrics()).JSHeapUsedSize;
      };
      const before = await heap();
      const count = await live.evaluate((s) => window.mount(s), src);
      const { times, indexMs } = await live.evaluate((q) => window.keystrokes(q), QUERIES);
      const after = await heap();
      await live.close();

      console.log(`  ${n.toLocaleString('en')} services (${count.trim()}):`);
      console.log(`    first render, widget vs the same ${first.cards} cards as static HTML: ${(widget / plain).toFixed(0)}× (${widget.toFixed(0)} ms vs ${plain.toFixed(1)} ms; median of ${ROUNDS})`);
      console.log(`    keystroke to updated list: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${times.length} keystrokes; the index was built once in ${indexMs.toFixed(0)} ms, in slices)`);
      console.log(`    JS heap with the data and the index: ${((after - before) / 1024 / 1024).toFixed(1)} MB`);
    }
  } finally {
    await browser.close();
  }

  // Size: what <helder-sociale-kaart> downloads beyond what <helder-regelingen> already loads.
  const gz = async (file) => gzipSync(await readFile(file)).length;
  const kaart = await staticGraph('dist/sociale-kaart.js');
  const regelingen = await staticGraph('dist/regelingen.js');
  let own = 0;
  for (const file of kaart) if (!regelingen.has(file)) own += await gz(file);
  const chunks = await readdir('dist/chunks');
  const size = async (prefix) => {
    const name = chunks.find((chunk) => chunk.startsWith(`${prefix}-`));
    return name ? `${((await gz(`dist/chunks/${name}`)) / 1024).toFixed(1)} KiB` : '?';
  };
  console.log(`  code for <helder-sociale-kaart> beyond <helder-regelingen>, gzip: ${(own / 1024).toFixed(1)} KiB (${own.toLocaleString('en')} bytes)`);
  console.log(
    `    fetched when used: search ${await size('search')}, opening hours ${await size('hours.render')}, Mijn lijst ${await size('shortlist.render')}, ` +
      `sorting by distance ${await size('near')}, api mode ${await size('api-controller')}`,
  );
}
