import { actionSchema, agendaSchema, challengeSchema, goalSchema, indicatorSchema, partnerSchema, themeSchema } from './agenda.js';
import { regelingSchema, regelingenSchema } from './regelingen.js';
import { organizationSchema, serviceAtLocationSchema, servicePageSchema, serviceSchema, socialeKaartSchema } from './sociale-kaart.js';

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

/** A service's id and name: without them a service is skipped, whatever else it has. */
const serviceCoreSchema = {
  type: 'object',
  properties: { id: serviceSchema.properties.id, name: serviceSchema.properties.name },
  required: ['id', 'name'],
};

/**
 * A schema whose nested lists are only checked to be lists: their items are validated one by
 * one (see src/core/agenda.ts), so one broken action never takes its doel or themalijn down.
 */
export function shellSchema(schema: ObjectSchema, listKeys: readonly string[]): object {
  const properties: Record<string, unknown> = { ...schema.properties };
  for (const key of listKeys) {
    const list = properties[key] as { description?: string } | undefined;
    properties[key] = { type: 'array', ...(list?.description ? { description: list.description } : {}) };
  }
  return { ...schema, properties };
}

/**
 * The regelingen's schemas as shipped in src/generated/regelingen-schemas.js, by export name.
 * After changing a schema, run `npm run generate:schemas`; a unit test fails while the
 * generated files are stale.
 */
export const REGELINGEN_SCHEMAS: Readonly<Record<string, object>> = {
  regelingenEnvelope: envelopeSchema(regelingenSchema, 'regelingen'),
  regelingenItem: regelingSchema,
};

/** The sociale kaart's schemas, in a module of their own, like the agenda's. */
export const KAART_SCHEMAS: Readonly<Record<string, object>> = {
  // The sociale kaart (src/core/sociale-kaart.ts): one envelope per accepted document, the part
  // of a service without which it is skipped, and the whole service, whose broken parts are
  // dropped one by one. A /service_at_locations entry is a place with its service inside: the
  // place and the service are checked apart. (`allOf` around a block that is also used inside
  // another schema lets the generated module write it once.)
  kaartEnvelope: envelopeSchema(socialeKaartSchema, 'services'),
  kaartOrganization: { allOf: [organizationSchema] },
  kaartPage: envelopeSchema(servicePageSchema, 'contents'),
  kaartServiceCore: serviceCoreSchema,
  kaartService: serviceSchema,
  kaartEntryCore: { type: 'object', properties: { service: serviceCoreSchema }, required: ['service'] },
  kaartServiceAtLocation: { allOf: [serviceAtLocationSchema] },
};

/**
 * The agenda's schemas, in a module of their own (src/generated/agenda-schemas.js): a bundle
 * then carries them only for the agenda, not for every widget that shares the core.
 */
export const AGENDA_SCHEMAS: Readonly<Record<string, object>> = {
  agendaEnvelope: shellSchema(envelopeSchema(agendaSchema, 'themes') as ObjectSchema, ['partners', 'indicators']),
  agendaTheme: shellSchema(themeSchema, ['challenges', 'goals']),
  agendaChallenge: shellSchema(challengeSchema, ['actions']),
  agendaGoal: shellSchema(goalSchema, ['actions']),
  agendaAction: actionSchema,
  agendaPartner: partnerSchema,
  agendaIndicator: indicatorSchema,
};

/**
 * Every generated module (src/generated/<name>.js) and the schemas in it; the blocks they share
 * go to src/generated/schema-blocks.js.
 */
export const SCHEMA_MODULES: Readonly<Record<string, Readonly<Record<string, object>>>> = {
  'regelingen-schemas': REGELINGEN_SCHEMAS,
  'agenda-schemas': AGENDA_SCHEMAS,
  'sociale-kaart-schemas': KAART_SCHEMAS,
};
