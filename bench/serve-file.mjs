// The bench pages' files, from the repository folder, for a local server on 127.0.0.1.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Answers with the file at `pathname` below the working folder, or 404; never outside it. */
export async function serveFile(res, pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(process.cwd(), path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}
