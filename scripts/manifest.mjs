// Writes dist/custom-elements.json from the source, so it cannot drift from what the elements do.
//
// The analyzer reads each element's class (attributes, properties, methods). What it cannot see
// is collected here from every file an element imports: the CSS parts its templates render
// (`part="…"`), the events it fires (`emit(…, 'helder-…'`), and the public CSS properties of the
// token list. A part or event without a description, or a description of a part that no template
// renders, stops the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** The .ts files a module imports, transitively, within src/ (relative `.js` imports). */
function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)) {
      const ts = resolve(dirname(file), `${spec}.ts`);
      visit(existsSync(ts) ? ts : resolve(dirname(file), `${spec}.js`));
    }
  };
  visit(resolve(ROOT, entry));
  return [...seen];
}

/** `@tag name - description` from the JSDoc comments of a file. */
function docTags(text, tag) {
  const found = [];
  for (const [comment] of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const re = new RegExp(`@${tag}\\s+([\\w-]+)\\s+-\\s+([^@]*?)(?=\\n\\s*\\*\\s*(?:@|$)|\\*\\/)`, 'g');
    for (const [, name, description] of comment.matchAll(re)) {
      found.push({ name, description: description.replace(/\s*\n\s*\*\s*/g, ' ').trim() });
    }
  }
  return found;
}

/** The public CSS properties, from the token list (src/components/shared/tokens.ts). */
function tokenProperties() {
  const text = readFileSync(join(ROOT, 'src/components/shared/tokens.ts'), 'utf8');
  return [...text.matchAll(/\{ name: '([^']+)'.*?value: '([^']*)', description: '([^']+)' \}/g)].map(([, name, value, description]) => ({
    name: `--helder-${name}`,
    description,
    default: value,
  }));
}

/**
 * What an element renders and fires, from all files it imports. Parts: `part="a b"` literals, and
 * `part=${`prefix-${…}`}` templates whose documented names start with the prefix. Descriptions:
 * `@csspart` tags in any file of the graph; `@event` tags in the event's own file.
 */
export function collect(entry) {
  const files = moduleGraph(entry).map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }));
  const literal = new Set();
  const prefixes = new Set();
  const fired = new Set();
  for (const { text } of files) {
    for (const [, names] of text.matchAll(/\spart="([^"$]+)"/g)) names.split(/\s+/).forEach((n) => literal.add(n));
    for (const [, prefix] of text.matchAll(/\spart=\$\{`([\w-]*)\$\{/g)) prefixes.add(prefix);
    for (const [, name] of text.matchAll(/emit\([^,]+,\s*'(helder-[\w-]+)'/g)) fired.add(name);
  }
  const documented = new Map(files.flatMap(({ text }) => docTags(text, 'csspart')).map((p) => [p.name, p.description]));
  const problems = [];
  for (const name of literal) if (!documented.has(name)) problems.push(`part "${name}" is rendered but has no @csspart description`);
  for (const name of documented.keys()) {
    if (!literal.has(name) && ![...prefixes].some((prefix) => prefix && name.startsWith(prefix))) {
      problems.push(`@csspart "${name}" is documented but no template renders it`);
    }
  }
  for (const prefix of prefixes) {
    if (![...documented.keys()].some((name) => name.startsWith(prefix))) problems.push(`parts "${prefix}…" are rendered but none is documented`);
  }
  const events = [...fired].sort().map((name) => {
    const own = files.find(({ file }) => file.endsWith(`/events/${name}.ts`));
    const description = own ? docTags(own.text, 'event').find((e) => e.name === name)?.description : undefined;
    if (!description) problems.push(`event "${name}" is fired but events/${name}.ts has no @event description`);
    const detail = own && /export interface (\w+Detail)\b/.exec(own.text)?.[1];
    return { name, description: description ?? '', type: { text: detail ? `CustomEvent<${detail}>` : 'CustomEvent' } };
  });
  const parts = [...documented].filter(([name]) => literal.has(name) || [...prefixes].some((p) => p && name.startsWith(p)));
  return { parts: parts.map(([name, description]) => ({ name, description })).sort((a, b) => a.name.localeCompare(b.name)), events, problems };
}

/** Adds what the analyzer cannot see to each element, and drops what it guessed. */
function helderPlugin() {
  return {
    name: 'helder-parts-events-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const properties = tokenProperties();
      const problems = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const found = collect(module.path);
          problems.push(...found.problems.map((p) => `<${declaration.tagName}>: ${p}`));
          declaration.cssParts = found.parts;
          declaration.events = found.events;
          declaration.cssProperties = properties;
          delete declaration.slots;
        }
      }
      if (problems.length) throw new Error(`custom-elements.json would not tell the truth:\n- ${problems.join('\n- ')}`);
    },
  };
}

/** Builds the manifest for the element modules given (paths relative to the repository). */
export function buildManifest(paths) {
  const modules = paths.map((path) => ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.ES2022, true));
  return create({ modules, plugins: [...litPlugin(), helderPlugin()] });
}

/**
 * The base class and every element the package ships: the `*.component.ts` files that the entry
 * point src/helder.ts reaches. Editors' tools that are not in dist/ are not listed.
 */
export const ELEMENT_MODULES = [
  'src/components/shared/helder-element.ts',
  ...moduleGraph('src/helder.ts')
    .map((file) => relative(ROOT, file))
    .filter((file) => file.endsWith('.component.ts'))
    .sort(),
];

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const out = process.argv[2] ?? 'dist/custom-elements.json';
  writeFileSync(join(ROOT, out), `${JSON.stringify(buildManifest(ELEMENT_MODULES), null, 2)}\n`);
}
