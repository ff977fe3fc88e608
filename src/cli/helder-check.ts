/// <reference types="node" />
/**
 * The helder-check command for Node: real files, fetch and streams around main(). Built to
 * dist/helder-check.js by scripts/build-cli.mjs.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from './main.js';

async function jsonFilesIn(path: string): Promise<string[] | undefined> {
  try {
    if (!(await stat(path)).isDirectory()) return undefined;
  } catch {
    return undefined; // readFile says why
  }
  return (await readdir(path)).filter((name) => name.endsWith('.json')).sort().map((name) => join(path, name));
}

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  fetch: globalThis.fetch,
  jsonFilesIn,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in the check, not in the feed: one line, no stack trace.
    process.stderr.write(`helder-check: onverwachte fout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
