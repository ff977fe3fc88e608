import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome-path.mjs';

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

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  groups: [
    { name: 'components', files: ['test/browser/**/*.test.ts', '!test/browser/csp.test.ts'] },
    { name: 'strict-csp', files: ['test/browser/csp.test.ts'], testRunnerHtml: strictCspHtml },
  ],
};
