import { regelingSchema, regelingenSchema } from './regelingen.js';

type ObjectSchema = { readonly properties: Readonly<Record<string, unknown>>; readonly required?: readonly string[] };

/**
 * A feed schema without its item list: the envelope. The items are validated one by one, so one
 * broken item never takes the others down, and the envelope need not look at them.
 */
export function envelopeSchema(schema: ObjectSchema, listKey: string): object {
  const { [listKey]: _list, ...properties } = schema.properties;
  void _list;
  return { ...schema, properties, required: (schema.required ?? []).filter((key) => key !== listKey) };
}

/**
 * The schemas compiled into src/generated/validators.js, by export name. After changing a schema,
 * run `node scripts/generate-validators.mjs`; a unit test fails while the file is stale.
 */
export const COMPILED_SCHEMAS: Readonly<Record<string, object>> = {
  regelingenEnvelope: envelopeSchema(regelingenSchema, 'regelingen'),
  regelingenItem: regelingSchema,
};
