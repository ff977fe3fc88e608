import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileValidators } from '../../scripts/compile-validators.js';
import { COMPILED_MODULES, COMPILED_SCHEMAS } from '../../src/core/schemas/validators.js';
import * as generated from '../../src/generated/validators.js';
import { parseRegelingen } from '../../src/core/regelingen.js';

const read = (file: string) => readFileSync(new URL(`../../src/generated/${file}`, import.meta.url), 'utf8');

describe('src/generated/validators.js', () => {
  const output = compileValidators(COMPILED_SCHEMAS);

  it('is what the schemas compile to today (run node scripts/generate-validators.mjs after a schema change)', () => {
    expect(read('validators.js') === output.js, 'src/generated/validators.js is stale').toBe(true);
    expect(read('validators.d.ts')).toBe(output.dts);
  });

  it('exports one validator per compiled schema', () => {
    expect(Object.keys(generated).sort()).toEqual(Object.keys(COMPILED_SCHEMAS).sort());
    for (const validate of Object.values(generated)) expect(typeof validate).toBe('function');
  });

  it('is plain code: no imports (Ajv stays a build tool), no eval, no Function constructor', () => {
    for (const name of Object.keys(COMPILED_MODULES)) {
      const js = read(`${name}.js`);
      expect(js, name).not.toMatch(/\bimport\b|\brequire\(/);
      expect(js, name).not.toMatch(/\beval\(|\bFunction\(/);
    }
  });

  it('has every module of a widget up to date (run node scripts/generate-validators.mjs after a schema change)', () => {
    for (const [name, schemas] of Object.entries(COMPILED_MODULES)) {
      const compiled = compileValidators(schemas);
      expect(read(`${name}.js`) === compiled.js, `src/generated/${name}.js is stale`).toBe(true);
      expect(read(`${name}.d.ts`), name).toBe(compiled.dts);
    }
  });

  it('parses a feed without generating code at run time (strict Content-Security-Policy)', () => {
    const functionSpy = vi.spyOn(globalThis, 'Function');
    const evalSpy = vi.spyOn(globalThis, 'eval');
    try {
      const outcome = parseRegelingen({ publisher: { name: 'x' }, regelingen: [{ id: 'a' }, 5] });
      expect(outcome.ok && outcome.problemCount).toBeGreaterThan(0);
      expect(functionSpy).not.toHaveBeenCalled();
      expect(evalSpy).not.toHaveBeenCalled();
    } finally {
      functionSpy.mockRestore();
      evalSpy.mockRestore();
    }
  });

  it('refuses a schema whose compiled code would need an Ajv runtime helper', () => {
    const schema = { type: 'array', items: { type: 'object' }, uniqueItems: true };
    expect(() => compileValidators({ lists: schema })).toThrow(/ajv\/dist\/runtime\/equal/);
  });

  it('refuses a field named like an Object.prototype member (generated code reads data.field)', () => {
    const schema = { type: 'object', properties: { constructor: { type: 'string' } } };
    expect(() => compileValidators({ odd: schema })).toThrow(/constructor/);
  });

  it('accepts HSDS-style format keywords without checking them (links are cleaned by the kind)', () => {
    const schema = { type: 'object', properties: { url: { type: 'string', format: 'uri' }, email: { type: 'string', format: 'email' } } };
    expect(() => compileValidators({ service: schema })).not.toThrow();
  });

  it('shares a block used in several places as one function, and keeps oneOf branches inline', () => {
    const text = { oneOf: [{ type: 'string' }, { type: 'object', properties: { a2: { type: 'string' } } }] };
    const once = compileValidators({ a: { type: 'object', properties: { x: text } } }).js;
    const often = compileValidators({ a: { type: 'object', properties: { x: text, y: text, z: text } } }).js;
    const functions = (js: string) => js.match(/^function validate/gm)!.length;
    expect(functions(often)).toBe(functions(once) + 1);
  });
});
