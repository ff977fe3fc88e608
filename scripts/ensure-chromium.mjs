// Makes sure a Chromium is there for the browser tests; installs Debian's when it can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './chrome-path.mjs';

if (findChrome()) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no browser there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    // Reported below.
  }
  if (findChrome()) process.exit(0);
}

console.error(
  'No Chrome or Chromium found for the browser tests: install one (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
);
process.exit(1);
