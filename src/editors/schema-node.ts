import { LEVELS, type LevelText } from '../core/level.js';
import { levelTextSchema } from '../core/schemas/common.js';
import type { Path } from './json-edit.js';
import { isObject, own } from '../core/json-value.js';

/**
 * What the form needs to know of a JSON Schema node: which kind of field it becomes. Only the
 * keywords the feed schemas use are read; anything else becomes a JSON text field, so a new
 * schema never breaks the editor.
 */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

export type FieldShape =
  /** A feed text: one string, or a2/b1/c1 side by side. */
  | { kind: 'level-text' }
  /** One of several forms (a source: text, object or list; kernen: "alle" or a list). */
  | { kind: 'choice'; alternatives: readonly JsonSchema[] }
  | { kind: 'object'; properties: readonly (readonly [string, JsonSchema])[]; required: readonly string[]; closed: boolean }
  /** A list of values from a fixed set (categories): check boxes. */
  | { kind: 'enum-set'; options: readonly string[] }
  | { kind: 'list'; items: JsonSchema }
  | { kind: 'enum'; options: readonly unknown[] }
  | { kind: 'const'; value: unknown }
  | { kind: 'string' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  /** Anything else (a JSON Logic rule, an object without fields): edited as JSON text. */
  | { kind: 'json' };

const typeOf = (schema: JsonSchema): string | undefined => (typeof schema.type === 'string' ? schema.type : undefined);

/** Whether a schema is a feed text (levelTextSchema, or a copy of it with its own description). */
export function isLevelText(schema: JsonSchema): boolean {
  if (schema.oneOf === levelTextSchema.oneOf) return true;
  const forms = schema.oneOf;
  if (!forms || forms.length !== 2) return false;
  const text = forms.find((f) => typeOf(f) === 'string');
  const object = forms.find((f) => typeOf(f) === 'object');
  const keys = object?.properties ? Object.keys(object.properties).sort().join(',') : '';
  return text !== undefined && keys === [...LEVELS].sort().join(',');
}

/** The forms of a oneOf or anyOf, with nested oneOfs spread out (a source is text, object or list). */
export function alternativesOf(schema: JsonSchema): JsonSchema[] {
  const forms = schema.oneOf ?? schema.anyOf ?? [];
  return forms.flatMap((form) => (!isLevelText(form) && (form.oneOf ?? form.anyOf) && !typeOf(form) ? alternativesOf(form) : [form]));
}

export function shapeOf(schema: JsonSchema): FieldShape {
  // `{ allOf: [block] }` wraps a shared block (the validator compiler shares its code): the
  // block is the field's form, with the wrapper's own description.
  if (schema.allOf?.length === 1 && !schema.type && !schema.properties && !schema.oneOf && !schema.anyOf) {
    const { allOf, ...own } = schema;
    return shapeOf({ ...allOf[0]!, ...own });
  }
  if (isLevelText(schema)) return { kind: 'level-text' };
  if (schema.oneOf || schema.anyOf) return { kind: 'choice', alternatives: alternativesOf(schema) };
  if ('const' in schema) return { kind: 'const', value: schema.const };
  if (schema.enum) return { kind: 'enum', options: schema.enum };
  switch (typeOf(schema)) {
    case 'object':
      return schema.properties
        ? { kind: 'object', properties: Object.entries(schema.properties), required: schema.required ?? [], closed: schema.additionalProperties === false }
        : { kind: 'json' };
    case 'array': {
      const items = schema.items ?? {};
      const options = items.enum;
      if (options && options.every((o): o is string => typeof o === 'string')) return { kind: 'enum-set', options };
      return { kind: 'list', items };
    }
    case 'string':
      return { kind: 'string' };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: schema.type === 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    default:
      return { kind: 'json' };
  }
}


/** Whether a value has the outer form of a schema (its type, const or enum); the validator judges the rest. */
export function fits(schema: JsonSchema, value: unknown): boolean {
  if (value === undefined) return false;
  if ('const' in schema) return JSON.stringify(schema.const) === JSON.stringify(value);
  if (schema.enum) return schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value));
  if (isLevelText(schema)) return typeof value === 'string' || isObject(value);
  if (schema.oneOf || schema.anyOf) return alternativesOf(schema).some((form) => fits(form, value));
  const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
  if (types.length === 0) return schema.properties ? isObject(value) : true;
  return types.some((type) => {
    switch (type) {
      case 'object':
        return isObject(value);
      case 'array':
        return Array.isArray(value);
      case 'integer':
        return Number.isInteger(value);
      case 'null':
        return value === null;
      default:
        return typeof value === type;
    }
  });
}

/** Which of a choice's forms the value has, -1 for none (absent, or a form the schema lacks). */
export function alternativeIndex(alternatives: readonly JsonSchema[], value: unknown): number {
  return alternatives.findIndex((form) => fits(form, value));
}

/** The value a new field or list entry of this schema starts with. */
export function initialValue(schema: JsonSchema): unknown {
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case 'const':
      return shape.value;
    case 'enum':
      return shape.options[0];
    case 'object':
    case 'json':
      return {};
    case 'level-text':
      return { b1: '' };
    case 'list':
    case 'enum-set':
      return [];
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'choice':
      return shape.alternatives[0] ? initialValue(shape.alternatives[0]) : '';
    case 'string':
      return '';
  }
}

/** One feed text found in a value, with where it is. */
export interface FoundLevelText {
  path: Path;
  /** The field's name in the schema ("summary"). */
  key: string;
  text: LevelText;
}

/**
 * Every feed text in a value, in schema order, with its path (relative to `path`). Used to
 * measure an item's readability per level, for any kind of feed.
 */
export function levelTextsOf(schema: JsonSchema, value: unknown, path: Path = []): FoundLevelText[] {
  if (value === undefined) return [];
  const shape = shapeOf(schema);
  const key = String(path[path.length - 1] ?? '');
  switch (shape.kind) {
    case 'level-text': {
      const valid = typeof value === 'string' || (isObject(value) && Object.values(value).every((v) => typeof v === 'string'));
      return valid ? [{ path, key, text: value as LevelText }] : [];
    }
    case 'object':
      if (!isObject(value)) return [];
      return shape.properties.flatMap(([name, child]) =>
        own(value, name) ? levelTextsOf(child, value[name], [...path, name]) : [],
      );
    case 'list':
      return Array.isArray(value) ? value.flatMap((entry, index) => levelTextsOf(shape.items, entry, [...path, index]).map((f) => ({ ...f, key: f.key === String(index) ? key : f.key }))) : [];
    case 'choice': {
      const form = shape.alternatives[alternativeIndex(shape.alternatives, value)];
      return form ? levelTextsOf(form, value, path) : [];
    }
    default:
      return [];
  }
}

/** The schema of the value at a path below `schema`, when the schema says. */
export function schemaAt(schema: JsonSchema, value: unknown, path: Path): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  let current = value;
  for (const segment of path) {
    if (!node) return undefined;
    const shape = shapeOf(node);
    if (shape.kind === 'choice') {
      node = shape.alternatives[alternativeIndex(shape.alternatives, current)];
      if (!node) return undefined;
    }
    const next: unknown = isObject(current) ? current[String(segment)] : Array.isArray(current) ? current[Number(segment)] : undefined;
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
    current = next;
  }
  return node;
}
