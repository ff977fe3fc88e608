// npm run bench: Helder's speed and size, as ratios measured in one run on this machine.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome-path.mjs';
import { staticGraph } from './bundle-graph.mjs';
import { serveFile } from './serve-file.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 30;

const server = createServer((req, res) => serveFile(res, new URL(req.url, 'http://x').pathname));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${base}/bench/page.html`, { waitUntil: 'networkidle0' });
  const data = JSON.parse(await readFile('src/data/twenterand/regelingen.json', 'utf8'));
  const result = await page.evaluate((d, n) => window.runBench(d, n), data, ROUNDS);
  const widget = median(result.widget);
  const plain = median(result.plain);

  // Size: what a resident's phone downloads for the regelingen widget (the entry and the chunks
  // it imports, gzip). Translations and the search code are imported on first use, not counted.
  const chunks = await readdir('dist/chunks');
  const gz = async (file) => gzipSync(await readFile(file)).length;
  const regelingenFiles = await staticGraph('dist/regelingen.js');
  let gzip = 0;
  for (const file of regelingenFiles) gzip += await gz(file);
  const dataGzip = await gz('src/data/twenterand/regelingen.json');
  const sizeOf = async (prefix) => {
    const name = chunks.find((n) => n.startsWith(prefix));
    return name ? gz(`dist/chunks/${name}`) : 0;
  };
  const localeGzip = await sizeOf('en-');
  const searchGzip = await sizeOf('search-');

  console.log(`Helder benchmark (${ROUNDS} rounds, median, Chromium ${await browser.version()})`);
  console.log(`  first render of the overview (${result.count} cards), widget vs the same content as static HTML: ${(widget / plain).toFixed(1)}× (${widget.toFixed(1)} ms vs ${plain.toFixed(1)} ms)`);
  console.log(`  code for <helder-regelingen>, gzip: ${(gzip / 1024).toFixed(1)} KiB = ${(gzip / dataGzip).toFixed(1)}× the Twenterand feed (${(dataGzip / 1024).toFixed(1)} KiB gzip); on first use, search adds ${(searchGzip / 1024).toFixed(1)} KiB and one translation ${(localeGzip / 1024).toFixed(1)} KiB`);

  // The agenda: first render of its overview, and what it adds to a page that has the regelingen.
  await page.goto(`${base}/bench/agenda.html`, { waitUntil: 'networkidle0' });
  const agendaData = JSON.parse(await readFile('src/data/twenterand/agenda.json', 'utf8'));
  const agenda = await page.evaluate((d, n) => window.runBench(d, n), agendaData, ROUNDS);
  const agendaWidget = median(agenda.widget);
  const agendaPlain = median(agenda.plain);
  let own = 0;
  let all = 0;
  for (const file of await staticGraph('dist/agenda.js')) {
    const size = await gz(file);
    all += size;
    if (!regelingenFiles.has(file)) own += size;
  }
  const agendaDataGzip = await gz('src/data/twenterand/agenda.json');
  console.log(`  first render of the agenda overview (${agenda.count} themalijnen, ${(JSON.stringify(agendaData).length / 1024).toFixed(0)} KiB feed), widget vs the same content as static HTML: ${(agendaWidget / agendaPlain).toFixed(1)}× (${agendaWidget.toFixed(1)} ms vs ${agendaPlain.toFixed(1)} ms)`);
  const chartGzip = await sizeOf('chart.render-');
  console.log(`  code for <helder-agenda>, gzip: ${(all / 1024).toFixed(1)} KiB in all, ${(own / 1024).toFixed(1)} KiB beyond what <helder-regelingen> loads; the charts add ${(chartGzip / 1024).toFixed(1)} KiB when the first meting is shown (the Twenterand agenda feed: ${(agendaDataGzip / 1024).toFixed(1)} KiB gzip)`);
} finally {
  await browser.close();
  server.close();
}

// Parsing in Node: no browser needed, so it also runs on its own (node bench/parse.mjs).
await import('./parse.mjs');

// The sociale kaart with generated data (1,000 and 10,000 services).
await import('./kaart.mjs');
