// The files a built entry loads before it runs: the entry and the chunks it imports statically,
// transitively. Chunks it imports with import() (search, translations) are fetched on first use.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function staticGraph(entry) {
  const seen = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const [, from, bare] of text.matchAll(/(?:^|[;}\s])import\s*[^("'`]*?from\s*"\.\/(?:chunks\/)?([^"]+)"|(?:^|[;}\s])import\s*"\.\/(?:chunks\/)?([^"]+)"/g)) {
      await visit(join('dist/chunks', from ?? bare));
    }
  };
  await visit(entry);
  return seen;
}
