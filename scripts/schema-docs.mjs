// node scripts/schema-docs.mjs [--check]: writes docs/schemas/<kind>.md from the JSON Schemas in
// src/core/schemas/ (every field with its type, whether it is required, allowed values, the
// schema's description and an example from the default data). Run by `npm run build`; the
// docs are committed, and a unit test fails while they are stale. With --check, only says so.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DATA_DIR = 'src/data/twenterand';
const OUT_DIR = 'docs/schemas';
const GENERATED = '<!-- Gemaakt door scripts/schema-docs.mjs uit src/core/schemas/. Niet met de hand bewerken: draai `npm run build`. -->';

// --- Reading schemas ------------------------------------------------------------------------------

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema without its description, as text: two uses of one building block compare equal. */
const shape = (schema) => JSON.stringify(schema, (key, value) => (key === 'description' ? undefined : value));

/** The named building blocks each doc explains once, recognised by their shape. */
function blockNamer(blocks) {
  const byShape = new Map(blocks.map((block) => [shape(block.schema), block]));
  return (schema) => (isObject(schema) ? byShape.get(shape(schema)) : undefined);
}

const TYPE_NAMES = { string: 'tekst', number: 'getal', integer: 'heel getal', boolean: 'true of false', object: 'object', array: 'lijst', null: 'null' };

const code = (value) => `\`${String(value).replace(/`/g, "'")}\``;
const anchorOf = (path) => `veld-${path.replace(/\[\]/g, '').replace(/[^a-z0-9_]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'feed'}`;

/** The anchor of an object's table: the first path it appears at (HSDS repeats phones and schedules). */
function sectionOf(schema, path, ctx) {
  const key = shape(schema);
  if (!ctx.sections.has(key)) ctx.sections.set(key, anchorOf(path));
  return ctx.sections.get(key);
}

/** The type of a field in words, with a link to where its parts are explained. */
function typeOf(schema, path, ctx) {
  const block = ctx.block(schema);
  if (block) {
    ctx.used.add(block);
    return `[${block.title}](#${block.anchor})`;
  }
  if (isObject(schema.properties)) return `object ([velden](#${sectionOf(schema, path, ctx)}))`;
  if (schema.type === 'array' || isObject(schema.items)) {
    const items = schema.items ?? {};
    const inner = isObject(items.properties) ? `objecten ([velden](#${sectionOf(items, `${path}[]`, ctx)}))` : typeOf(items, `${path}[]`, ctx);
    return `lijst van ${inner}`;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives)) return alternatives.map((alt) => typeOf(alt, path, ctx)).join(' of ');
  if (schema.const !== undefined) return 'vaste waarde';
  if (Array.isArray(schema.enum)) return 'keuze';
  if (typeof schema.type === 'string') return TYPE_NAMES[schema.type] ?? schema.type;
  return 'elke waarde';
}

/** What values are allowed, as far as the schema says more than the type. */
function allowedOf(schema, ctx) {
  if (ctx.block(schema)) return [];
  const parts = [];
  if (Array.isArray(schema.enum)) parts.push(schema.enum.map((v) => code(JSON.stringify(v))).join(', '));
  if (schema.const !== undefined) parts.push(code(JSON.stringify(schema.const)));
  if (schema.minLength === 1) parts.push('niet leeg');
  else if (schema.minLength !== undefined) parts.push(`minstens ${schema.minLength} tekens`);
  if (schema.maxLength !== undefined) parts.push(`hoogstens ${schema.maxLength} tekens`);
  if (schema.pattern !== undefined) parts.push(`vorm ${code(schema.pattern)}`);
  if (schema.minimum !== undefined) parts.push(`vanaf ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`tot en met ${schema.maximum}`);
  if (schema.minItems !== undefined) parts.push(`minstens ${schema.minItems}`);
  if (schema.uniqueItems) parts.push('niets dubbel');
  if (schema.minProperties !== undefined && schema.minProperties === schema.maxProperties) parts.push(`precies ${schema.minProperties} veld`);
  if (isObject(schema.items) && !isObject(schema.items.properties)) parts.push(...allowedOf(schema.items, ctx).map((p) => `elk: ${p}`));
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives)) for (const alt of alternatives) parts.push(...allowedOf(alt, ctx));
  return parts;
}

// --- Examples from the default data ----------------------------------------------------------------

/** The first value at a path of field names ("[]" for any list element) in the data. */
function exampleAt(data, segments) {
  if (segments.length === 0) return data;
  const [first, ...rest] = segments;
  if (first === '[]') {
    if (!Array.isArray(data)) return undefined;
    for (const item of data) {
      const found = exampleAt(item, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return isObject(data) && Object.prototype.hasOwnProperty.call(data, first) ? exampleAt(data[first], rest) : undefined;
}

const MAX_EXAMPLE = 90;

function exampleText(value) {
  if (value === undefined) return '';
  let text = JSON.stringify(value);
  if (text.length > MAX_EXAMPLE) text = `${text.slice(0, MAX_EXAMPLE - 1)}…`;
  return code(text);
}

// --- Writing Markdown ------------------------------------------------------------------------------

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The path of a field for people: "regelingen[].apply.url". */
const join = (path, key) => (path ? `${path}.${key}` : key);

function objectSection(schema, path, segments, ctx, sections) {
  const required = new Set(schema.required ?? []);
  const rows = [];
  const nested = [];
  for (const [key, field] of Object.entries(schema.properties)) {
    const fieldPath = join(path, key);
    const fieldSegments = [...segments, key];
    // Objects and lists of objects get their own table, with examples per field.
    const hasSection = !ctx.block(field) && (isObject(field.properties) || isObject(field.items?.properties));
    const example = hasSection ? '' : exampleText(exampleAt(ctx.data, fieldSegments));
    // A building block's own description is in its section; a field's own words are shown.
    const block = ctx.block(field);
    const description = block && field.description === block.schema.description ? '' : (field.description ?? '');
    rows.push(
      `| ${code(key)} | ${cell(typeOf(field, fieldPath, ctx))} | ${required.has(key) ? 'ja' : 'nee'} | ${cell(allowedOf(field, ctx).join('; '))} | ${cell(description)} | ${cell(example)} |`,
    );
    if (!hasSection) continue;
    const [child, childPath, childSegments] = isObject(field.properties) ? [field, fieldPath, fieldSegments] : [field.items, `${fieldPath}[]`, [...fieldSegments, '[]']];
    // An object already explained elsewhere links there instead.
    if (ctx.sections.get(shape(child)) === anchorOf(childPath)) nested.push([child, childPath, childSegments]);
  }
  const heading = path === '' ? 'De feed' : code(path);
  const lines = [`<a id="${anchorOf(path)}"></a>`, '', `## ${heading}`, ''];
  if (schema.description && path !== '') lines.push(schema.description, '');
  lines.push(
    schema.additionalProperties === false ? 'Andere velden zijn niet toegestaan.' : 'Andere velden mogen; Helder slaat ze over.',
    '',
    '| veld | type | verplicht | toegestaan | uitleg | voorbeeld uit de standaardgegevens |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  );
  sections.push(lines.join('\n'));
  for (const [child, childPath, childSegments] of nested) objectSection(child, childPath, childSegments, ctx, sections);
}

/** The forms a building block allows, in words, its alternatives flattened. */
function formsOf(schema) {
  if (Array.isArray(schema.oneOf)) return schema.oneOf.flatMap(formsOf);
  if (isObject(schema.properties)) {
    const required = new Set(schema.required ?? []);
    const fields = Object.entries(schema.properties).map(
      ([key, field]) => `${code(key)} (${TYPE_NAMES[field.type] ?? 'elke waarde'}${field.minLength === 1 ? ', niet leeg' : ''}${required.has(key) ? ', verplicht' : ''})`,
    );
    const rules = [schema.minProperties ? `minstens ${schema.minProperties} van deze velden` : '', schema.additionalProperties === false ? 'geen andere velden' : ''].filter(Boolean);
    return [`een object met ${fields.join(', ')}${rules.length ? `; ${rules.join(', ')}` : ''}`];
  }
  if (schema.type === 'array') {
    const min = schema.minItems ? `, minstens ${schema.minItems}` : '';
    return [`een lijst${min} met in elk element: ${formsOf(schema.items ?? {}).join(', of ')}`];
  }
  return [`${TYPE_NAMES[schema.type] ?? 'elke waarde'}${schema.minLength === 1 ? ' (niet leeg)' : ''}`];
}

function blockSection(block) {
  const lines = [`<a id="${block.anchor}"></a>`, '', `## ${block.title}`, '', block.schema.description ?? '', '', 'Toegestaan:', ''];
  for (const form of formsOf(block.schema)) lines.push(`- ${form}`);
  lines.push('');
  if (block.example !== undefined) lines.push('Voorbeeld uit de standaardgegevens:', '', '```json', JSON.stringify(block.example, null, 2), '```', '');
  return lines.join('\n');
}

/** The first object in the data that `matches` (a block's richest example). */
function blockExample(data, matches) {
  let found;
  const visit = (value) => {
    if (found !== undefined) return;
    if (isObject(value) && matches(value)) {
      found = value;
      return;
    }
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) Object.values(value).forEach(visit);
  };
  visit(data);
  return found;
}

/**
 * The Markdown for every kind: { "<kind>.md": text }. `schemas` by kind; `blocks` the shared
 * building blocks ({ name, title, schema, matches(value) }); `data` the default data by kind.
 */
export function renderSchemaDocs(schemas, blocks, data) {
  const files = {};
  const kinds = Object.keys(schemas);
  for (const kind of kinds) {
    const schema = schemas[kind];
    const named = blocks.map((block) => ({ ...block, anchor: `bouwsteen-${block.name}` }));
    const ctx = { block: blockNamer(named), data: data[kind], used: new Set(), sections: new Map() };
    const sections = [];
    objectSection(schema, '', [], ctx, sections);
    const dataFile = `${DATA_DIR}/${kind}.json`;
    const header = [
      `# Schema: ${kind}`,
      '',
      GENERATED,
      '',
      `${schema.description ?? ''}`,
      '',
      `- JSON Schema: \`dist/schemas/${kind}.schema.json\` (na \`npm run build\`), bron \`src/core/schemas/\`; \`$id\` ${code(schema.$id ?? '')}.`,
      data[kind] !== undefined ? `- De voorbeelden komen uit de standaardgegevens van Twenterand: \`${dataFile}\`.` : '- Er zijn nog geen standaardgegevens voor deze soort.',
      `- Controleer een feed met \`npx helder-check <bestand> --kind ${kind}\` (zie [Een feed schrijven](../een-feed-schrijven.md)).`,
      `- Andere soorten: ${kinds.filter((k) => k !== kind).map((k) => `[${k}](${k}.md)`).join(', ')}.`,
      '',
      'Een veld in een lijst heet hier `lijst[].veld`. "Verplicht" betekent: zonder dit veld wordt het onderdeel overgeslagen (of, in de envelop, het veld gemeld).',
      '',
    ].join('\n');
    const blockText = named.filter((block) => ctx.used.has(block)).map((block) => blockSection({ ...block, example: blockExample(data[kind], block.matches) }));
    const text = [header, ...sections, ...(blockText.length ? ['# Bouwstenen\n', ...blockText] : [])].join('\n');
    files[`${kind}.md`] = `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  }
  return files;
}

/** The building blocks of src/core/schemas/common.ts that the docs explain once. */
export function commonBlocks(common) {
  const levels = ['a2', 'b1', 'c1'];
  return [
    {
      name: 'tekst-op-niveau',
      title: 'Tekst op niveau',
      schema: common.levelTextSchema,
      matches: (v) => Object.keys(v).length === 3 && Object.keys(v).every((k) => levels.includes(k)),
    },
    { name: 'bron', title: 'Bron', schema: common.sourceSchema, matches: (v) => typeof v.file === 'string' && typeof v.section === 'string' },
  ];
}

/** The default data by kind, for the kinds that have a file. */
export function readDefaultData(kinds, root = '.') {
  const data = {};
  for (const kind of kinds) {
    const file = `${root}/${DATA_DIR}/${kind}.json`;
    if (existsSync(file)) data[kind] = JSON.parse(readFileSync(file, 'utf8'));
  }
  return data;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const { importTs } = await import('./import-ts.mjs');
  const { SCHEMAS, common } = await importTs(
    "export { SCHEMAS } from './src/core/schemas/index.ts';\nexport * as common from './src/core/schemas/common.ts';\n",
  );
  const files = renderSchemaDocs(SCHEMAS, commonBlocks(common), readDefaultData(Object.keys(SCHEMAS)));
  const existing = existsSync(OUT_DIR) ? readdirSync(OUT_DIR).filter((f) => f.endsWith('.md')) : [];
  const stale = [...Object.keys(files).filter((f) => !existsSync(`${OUT_DIR}/${f}`) || readFileSync(`${OUT_DIR}/${f}`, 'utf8') !== files[f]), ...existing.filter((f) => !(f in files))];
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`Stale in ${OUT_DIR}: ${stale.join(', ')}. Run node scripts/schema-docs.mjs.`);
      process.exitCode = 1;
    }
  } else {
    mkdirSync(OUT_DIR, { recursive: true });
    for (const file of existing) if (!(file in files)) rmSync(`${OUT_DIR}/${file}`);
    for (const [file, text] of Object.entries(files)) writeFileSync(`${OUT_DIR}/${file}`, text);
  }
}
