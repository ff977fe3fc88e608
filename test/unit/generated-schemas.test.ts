import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { BLOCKS_MODULE, schemaModules } from '../../scripts/schema-modules.js';
import { AGENDA_SCHEMAS, KAART_SCHEMAS, REGELINGEN_SCHEMAS, SCHEMA_MODULES } from '../../src/core/schemas/shipped.js';
import * as regelingen from '../../src/generated/regelingen-schemas.js';
import * as agenda from '../../src/generated/agenda-schemas.js';
import * as kaart from '../../src/generated/sociale-kaart-schemas.js';
import * as blocks from '../../src/generated/schema-blocks.js';
import { parseRegelingen } from '../../src/core/regelingen.js';
import { parseAgenda } from '../../src/core/agenda.js';
import { parseSocialeKaart } from '../../src/core/sociale-kaart.js';

const read = (file: string) => readFileSync(new URL(`../../src/generated/${file}`, import.meta.url), 'utf8');
const generate = (schemas: Record<string, object>) => schemaModules({ only: schemas });

describe('src/generated/*-schemas.js', () => {
  it('is what the schemas give today (run npm run generate:schemas after a schema change)', () => {
    const files = schemaModules(SCHEMA_MODULES);
    expect(Object.keys(files).sort()).toEqual(
      [BLOCKS_MODULE, ...Object.keys(SCHEMA_MODULES)].flatMap((name) => [`${name}.js`, `${name}.d.ts`]).sort(),
    );
    for (const [file, text] of Object.entries(files)) expect(read(file) === text, `src/generated/${file} is stale`).toBe(true);
  });

  it('exports one schema per shipped schema, as plain data without documentation', () => {
    for (const [module, names] of [
      [regelingen, REGELINGEN_SCHEMAS],
      [agenda, AGENDA_SCHEMAS],
      [kaart, KAART_SCHEMAS],
    ] as const) {
      expect(Object.keys(module).sort()).toEqual(Object.keys(names).sort());
      for (const schema of Object.values(module)) expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    }
    expect(JSON.stringify(kaart.kaartService)).not.toMatch(/"(title|format|\$id|\$schema)":"/);
  });

  it('keeps a description only where a problem quotes it as a hint (oneOf, anyOf, pattern)', () => {
    const descriptions: object[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if ('description' in node && typeof node.description === 'string') descriptions.push(node);
        Object.entries(node).forEach(([key, value]) => key !== 'description' && walk(value));
      }
    };
    for (const module of [regelingen, agenda, kaart]) Object.values(module).forEach(walk);
    expect(descriptions.length).toBeGreaterThan(0);
    for (const node of descriptions) expect(Object.keys(node).some((k) => ['oneOf', 'anyOf', 'pattern'].includes(k)), JSON.stringify(node)).toBe(true);
  });

  it('imports nothing but the shared blocks; no eval, no Function constructor', () => {
    for (const name of [BLOCKS_MODULE, ...Object.keys(SCHEMA_MODULES)]) {
      const js = read(`${name}.js`);
      for (const line of js.split('\n').filter((l) => /\bimport\b/.test(l))) expect(line, name).toMatch(/ from '\.\/schema-blocks\.js';$/);
      expect(js, name).not.toMatch(/\brequire\(|\beval\(|\bFunction\(|=>|\bfunction\b/);
    }
  });

  it('writes a block that several widgets use once, in schema-blocks.js', () => {
    // A level text: a regeling's title and a service's name are the same object, from schema-blocks.js.
    const title = regelingen.regelingenItem.properties!.title!;
    const name = kaart.kaartService.properties!.helder!.properties!.name!.allOf![0]!;
    expect(title.oneOf).toHaveLength(2);
    expect(name).toBe(title);
    expect(Object.values(blocks)).toContain(title);
    for (const module of Object.keys(SCHEMA_MODULES)) expect(read(`${module}.js`)).toMatch(/^import \{ .+ \} from '\.\/schema-blocks\.js';$/m);
  });

  it('writes a block used in several places once, and the same literal only once', () => {
    const text = { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object', properties: { a2: { type: 'string' } } }] };
    const files = generate({ a: { type: 'object', properties: { x: text, y: text, z: { type: 'object', properties: { a2: { type: 'string' } } } } } });
    expect(files['only.js']!.match(/"oneOf"/g)).toHaveLength(1);
    expect(files['only.js']!.match(/"a2"/g)).toHaveLength(1);
  });

  it('parses every kind without generating code at run time (strict Content-Security-Policy)', () => {
    const functionSpy = vi.spyOn(globalThis, 'Function');
    const evalSpy = vi.spyOn(globalThis, 'eval');
    try {
      const outcomes = [
        parseRegelingen({ publisher: { name: 'x' }, regelingen: [{ id: 'a' }, 5] }),
        parseAgenda({ publisher: { name: 'x' }, themes: [{ id: 't' }, 5] }),
        parseSocialeKaart({ publisher: { name: 'x' }, services: [{ id: 's', name: 'S', phones: [{ number: 5 }] }, 5] }),
      ];
      for (const outcome of outcomes) expect(outcome.ok && outcome.problemCount).toBeGreaterThan(0);
      expect(functionSpy).not.toHaveBeenCalled();
      expect(evalSpy).not.toHaveBeenCalled();
    } finally {
      functionSpy.mockRestore();
      evalSpy.mockRestore();
    }
  });
});

describe('schemaModules refuses what the interpreter would not check', () => {
  it('a keyword it does not know, naming where', () => {
    expect(() => generate({ odd: { type: 'object', properties: { n: { type: 'integer', multipleOf: 2 } } } })).toThrow(/odd\/properties\/n.*multipleOf/);
    expect(() => generate({ odd: { $ref: '#/definitions/x' } })).toThrow(/\$ref/);
  });

  it('uniqueItems on a list of objects (=== never finds two equal objects)', () => {
    expect(() => generate({ lists: { type: 'array', items: { type: 'object' }, uniqueItems: true } })).toThrow(/uniqueItems/);
    expect(() => generate({ lists: { type: 'array', items: { type: 'string' }, uniqueItems: true } })).not.toThrow();
  });

  it('a list of types (the interpreter reads one)', () => {
    expect(() => generate({ odd: { type: ['string', 'null'] } })).toThrow(/type is one of/);
  });

  it('enum or const with lists or objects', () => {
    expect(() => generate({ odd: { enum: ['a', { b: 1 }] } })).toThrow(/enum/);
    expect(() => generate({ odd: { const: [1] } })).toThrow(/const/);
  });

  it('a field named "__proto__" (an object literal would set the prototype)', () => {
    expect(() => generate({ odd: JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}') as object })).toThrow(/__proto__/);
  });

  it('accepts HSDS-style format keywords and leaves them out (links are cleaned by the kind)', () => {
    const files = generate({ service: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } } });
    expect(files['only.js']).not.toContain('format');
  });
});
