/**
 * Compiles feed schemas into plain JavaScript validators with Ajv's standalone mode, at build
 * time, so the browser never generates code (strict CSP) and Ajv is not shipped. Used by
 * scripts/generate-validators.mjs and by the unit test that keeps src/generated/ in step.
 */
import Ajv, { type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { transformSync } from 'esbuild';

/**
 * allErrors: report every problem of an item at once. verbose: errors carry the failing value
 * and the schema that holds the keyword (its description gives a hint). messages: off, the
 * interface says them. unicode: off, lengths count UTF-16 units: only `minLength: 1` is used,
 * and counting code points would scan every text. validateFormats: off, `format` (HSDS has
 * "uri", "email") is a note: links are cleaned by the kind's declared link fields.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  messages: false,
  strict: true,
  inlineRefs: false,
  unicode: false,
  validateFormats: false,
} satisfies Options;

/** Ajv warns that `unicode` is deprecated; that choice is made above on purpose. */
const logger = {
  log: () => {},
  warn: (...args: unknown[]) => {
    if (!String(args[0]).includes('option unicode')) throw new Error(`Ajv: ${args.map(String).join(' ')}`);
  },
  error: (...args: unknown[]) => {
    throw new Error(`Ajv: ${args.map(String).join(' ')}`);
  },
};

/** An Ajv instance with the same options, for tests that compile small schemas at run time. */
export function createAjv(source = false): Ajv {
  return new Ajv({ ...AJV_OPTIONS, logger, ...(source ? { code: { source: true, esm: true } } : {}) });
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose value is a map of schemas, a list of schemas, or one schema. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONE = ['items', 'additionalItems', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
/** Only for people; a description stays where a problem quotes it as a hint (see hintOf). */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default']);
const hasHint = (node: Node) => 'oneOf' in node || 'anyOf' in node || 'pattern' in node;
/** Inside these, everything stays inline: see problemsFrom in src/core/validate.ts. */
const BRANCHING = new Set(['anyOf', 'oneOf', 'not', 'if', 'then', 'else']);

function children(node: Node): [keyword: string, child: Node][] {
  const out: [string, Node][] = [];
  for (const [keyword, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.includes(keyword) && isNode(value)) {
      for (const child of Object.values(value)) if (isNode(child)) out.push([keyword, child]);
    } else if (SCHEMA_LISTS.includes(keyword) || (keyword === 'items' && Array.isArray(value))) {
      if (Array.isArray(value)) for (const child of value) if (isNode(child)) out.push([keyword, child]);
    } else if (SCHEMA_ONE.includes(keyword) && isNode(value)) {
      out.push([keyword, value]);
    }
  }
  return out;
}

/**
 * The schemas are TypeScript objects that share building blocks by reference (levelTextSchema in
 * ten places). Each shared block becomes one definition and one function, instead of ten copies
 * of its code; blocks inside a oneOf stay inline, so a oneOf's errors all carry its schema path.
 */
function shareDefinitions(roots: Record<string, Node>): { roots: Record<string, Node>; definitions: Record<string, Node> } {
  const uses = new Map<Node, number>();
  const count = (node: Node) => {
    const seen = uses.get(node) ?? 0;
    uses.set(node, seen + 1);
    if (seen === 0) for (const [, child] of children(node)) count(child);
  };
  Object.values(roots).forEach(count);

  const names = new Map<Node, string>();
  const definitions: Record<string, Node> = {};
  const rewrite = (node: Node, inBranch: boolean, isRoot = false): Node => {
    if (!isRoot && !inBranch && (uses.get(node) ?? 0) > 1) {
      let name = names.get(node);
      if (!name) {
        name = `shared${names.size + 1}`;
        names.set(node, name);
        definitions[name] = rewrite(node, false, true);
      }
      return { $ref: `definitions#/definitions/${name}` };
    }
    const out: Node = {};
    for (const [keyword, value] of Object.entries(node)) {
      const branch = inBranch || BRANCHING.has(keyword);
      if (SCHEMA_MAPS.includes(keyword) && isNode(value)) {
        out[keyword] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isNode(v) ? rewrite(v, branch) : v]));
      } else if ((SCHEMA_LISTS.includes(keyword) || keyword === 'items') && Array.isArray(value)) {
        out[keyword] = value.map((v: unknown) => (isNode(v) ? rewrite(v, branch) : v));
      } else if (SCHEMA_ONE.includes(keyword) && isNode(value)) {
        out[keyword] = rewrite(value, branch);
      } else if (keyword === 'description' ? hasHint(node) : !ANNOTATIONS.has(keyword)) {
        out[keyword] = value;
      }
    }
    return out;
  };
  const rewritten = Object.fromEntries(
    Object.entries(roots).map(([name, root]) => {
      // Names, not addresses: the compiled code never resolves them.
      const { $schema: _schema, $id: _id, ...rest } = root;
      void _schema;
      void _id;
      return [name, rewrite(rest, false, true)];
    }),
  );
  return { roots: rewritten, definitions };
}

/**
 * Generated code reads fields as `data.name`; a field named like an Object.prototype member
 * ("constructor") would then read the inherited one. Refuse such schemas rather than guess.
 */
function assertPlainFieldNames(node: Node, seen = new Set<Node>()): void {
  if (seen.has(node)) return;
  seen.add(node);
  if (isNode(node.properties)) {
    for (const key of Object.keys(node.properties)) {
      if (key in Object.prototype) throw new Error(`compile-validators: field "${key}" shadows Object.prototype.${key}`);
    }
  }
  for (const [, child] of children(node)) assertPlainFieldNames(child, seen);
}

const HEADER = '// Generated by scripts/generate-validators.mjs from src/core/schemas/validators.ts. Do not edit.\n';

/** The module text (JavaScript) and its type declarations. */
export function compileValidators(schemas: Readonly<Record<string, object>>): { js: string; dts: string } {
  const roots = schemas as Record<string, Node>;
  Object.values(roots).forEach((root) => assertPlainFieldNames(root));
  const shared = shareDefinitions(roots);
  // One document holds everything, so each shared definition compiles to one function for all roots.
  const ajv = createAjv(true);
  ajv.addSchema({ $id: 'definitions', definitions: { ...shared.definitions, ...shared.roots } });
  const names = Object.keys(shared.roots);
  const raw = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, `definitions#/definitions/${name}`])));
  // Ajv's runtime helpers (deep equality, unicode length …) would make it a runtime dependency.
  const helper = /require\("([^"]+)"\)/.exec(raw);
  if (helper) {
    throw new Error(
      `compile-validators: the code needs ${helper[1]}; give the schema's list items a "type" (uniqueItems) or avoid the keyword`,
    );
  }
  const js = HEADER + transformSync(raw, { format: 'esm', target: 'es2022', legalComments: 'none' }).code;
  const dts =
    HEADER +
    "import type { CompiledValidator } from '../core/validate.js';\n\n" +
    names.map((name) => `export declare const ${name}: CompiledValidator;\n`).join('');
  return { js, dts };
}
