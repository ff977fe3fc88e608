import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome-path.mjs';
import { generateServices, servicesPage } from './bench/kaart-data.mjs';

const browsers = [
  chromeLauncher({
    launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
  }),
];

/** A page as strict as a careful gemeente site: no inline scripts, no eval. */
const strictCspHtml = (testFramework) => `<!doctype html>
<html lang="nl">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'">
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/** Feeds that fail in the ways real servers do, for the error-state tests. */
const flaky = new Map();
const served = new Set();
const smallRegelingen = (publisher) => ({
  publisher: { name: publisher },
  regelingen: [{ id: 'een', title: 'Een regeling', summary: 'Kort.', categories: ['geld'], source: 'test' }],
});
function testFeeds(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-feeds/')) return next();
  const kind = url.pathname.slice('/test-feeds/'.length);
  if (kind === 'status-500') {
    context.status = 500;
    context.body = 'Internal Server Error';
  } else if (kind === 'not-json') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Oops</title>';
  } else if (kind === 'empty') {
    context.type = 'application/json';
    context.body = '';
  } else if (kind === 'wrong-kind') {
    context.type = 'application/json';
    context.body = JSON.stringify({ kind: 'agenda', themalijnen: [] });
  } else if (kind === 'slow') {
    return new Promise((resolve) => setTimeout(() => {
      context.status = 504;
      resolve();
    }, 3000));
  } else if (kind === 'once') {
    // Serves a small feed the first time for a key, then fails: for the saved copy.
    const key = url.searchParams.get('key') ?? '';
    if (!served.has(key)) {
      served.add(key);
      context.type = 'application/json';
      context.body = JSON.stringify(smallRegelingen('Eerste versie'));
    } else {
      context.status = 503;
      context.body = 'Service Unavailable';
    }
  } else if (kind === 'delayed') {
    // A small feed named after `name`, after `ms` milliseconds: for rapid src changes.
    const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 3000);
    return new Promise((resolve) => setTimeout(() => {
      context.type = 'application/json';
      context.body = JSON.stringify(smallRegelingen(url.searchParams.get('name') ?? ''));
      resolve();
    }, ms));
  } else if (kind === 'flaky') {
    // Fails the first time for a key, then serves a small feed: for the retry button.
    const key = url.searchParams.get('key') ?? '';
    if (!flaky.has(key)) {
      flaky.set(key, true);
      context.status = 503;
      context.body = 'Service Unavailable';
    } else {
      context.type = 'application/json';
      context.body = JSON.stringify(smallRegelingen('Test'));
    }
  } else {
    context.status = 404;
  }
  return undefined;
}

/**
 * A local HSDS 3.0 API for <helder-sociale-kaart api="/hsds-test">: 1,000 generated services
 * with real search, filters and paging (bench/kaart-data.mjs), and `/services/{id}`. Under
 * `/hsds-test/broken/` the first service of every page has no name.
 */
let hsdsServices;
function hsdsApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const match = /^\/hsds-test\/(broken\/)?services(?:\/([^/]+))?$/.exec(url.pathname);
  if (!match) return next();
  hsdsServices ??= generateServices(1000);
  context.type = 'application/json';
  if (match[2]) {
    const found = hsdsServices.find((s) => s.id === decodeURIComponent(match[2]));
    if (found) context.body = JSON.stringify(found);
    else context.status = 404;
    return undefined;
  }
  const page = servicesPage(hsdsServices, url.searchParams);
  if (match[1] && page.contents.length) page.contents = [{ ...page.contents[0], name: undefined }, ...page.contents.slice(1)];
  context.body = JSON.stringify(page);
  return undefined;
}

/** `executeServerCommand('forced-colors', { active })`: Windows high-contrast mode, emulated. */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
    // Emulation lasts as long as its protocol session, so keep one per page.
    const page = session.browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      cdpSessions.set(page, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  },
};

export default {
  middleware: [testFeeds, hsdsApi],
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin],
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  groups: [
    { name: 'components', files: ['test/browser/**/*.test.ts', '!test/browser/csp.test.ts', '!test/browser/agenda-csp.test.ts', '!test/browser/sociale-kaart-csp.test.ts'] },
    { name: 'strict-csp', files: ['test/browser/csp.test.ts', 'test/browser/agenda-csp.test.ts', 'test/browser/sociale-kaart-csp.test.ts'], testRunnerHtml: strictCspHtml },
  ],
};
