/**
 * Ajv, the reference the schema interpreter (src/core/validate.ts) is compared with. The options
 * match what the widgets promise: every problem of an item at once (allErrors), errors that
 * carry the failing value and its schema (verbose), lengths in UTF-16 units (unicode off: only
 * `minLength: 1` is used), and `format` as a note (links are cleaned by the kind's link fields).
 */
import Ajv from 'ajv';
import type { SchemaError } from '../../src/core/validate.js';

export function createAjv(): Ajv {
  return new Ajv({
    allErrors: true,
    verbose: true,
    messages: false,
    strict: true,
    unicode: false,
    validateFormats: false,
    logger: { log: () => {}, warn: () => {}, error: (...args: unknown[]) => { throw new Error(args.map(String).join(' ')); } },
  });
}

/** A schema compiled by Ajv: its errors for a value, in the interpreter's shape. */
export function ajvErrors(ajv: Ajv, schema: object): (value: unknown) => SchemaError[] {
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : ((validate.errors ?? []) as unknown as SchemaError[]));
}
