// scratch: heap after mount and after search index
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome-path.mjs';
import { serveFile } from './serve-file.mjs';
import { generateDocument } from './kaart-data.mjs';
const feed = JSON.stringify(generateDocument(10000));
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/bench/kaart-10000.json') { res.writeHead(200, { 'content-type': 'application/json' }).end(feed); return; }
  await serveFile(res, url.pathname);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
await page.goto(`${base}/bench/kaart-page.html`, { waitUntil: 'networkidle0' });
const cdp = await page.createCDPSession();
const heap = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await page.metrics()).JSHeapUsedSize; };
const before = await heap();
await page.evaluate((s) => window.mount(s), '/bench/kaart-10000.json');
const mounted = await heap();
await page.evaluate((q) => window.keystrokes(q), ['schulden']);
const after = await heap();
console.log('mounted', ((mounted - before) / 1048576).toFixed(1), 'MB; with index', ((after - before) / 1048576).toFixed(1), 'MB');
if (process.argv.includes('--snapshot')) {
  const chunks = []; cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  (await import('node:fs')).writeFileSync('/tmp/kaart.heapsnapshot', chunks.join(''));
}
await browser.close(); server.close();
