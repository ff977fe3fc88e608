/** Building blocks shared by every feed schema. Written `as const` so types derive from them. */
import type { FromSchema } from 'json-schema-to-ts';

/**
 * Schema ids are names, not addresses that are fetched; dist/schemas/ has the files. Each feed
 * schema writes its top fields ($schema, kind, publisher, updated) itself: a spread or a call in
 * a schema literal makes the bundler keep the documented schemas in the widgets' scripts
 * (measured: 0.9 KiB gzip more for <helder-regelingen>, and a chunk of its own).
 */
export const SCHEMA_BASE = 'https://helder.example/schemas/';

export const levelTextSchema = {
  description:
    'Een tekst: dezelfde op elk taalniveau (string), of per niveau geschreven (a2 eenvoudig, b1 standaard, c1 oorspronkelijke beleidstekst), met minstens één niveau. Lege regels maken alinea’s, regels die beginnen met "- " een lijst; verder geen opmaak.',
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      properties: {
        a2: { type: 'string', minLength: 1 },
        b1: { type: 'string', minLength: 1 },
        c1: { type: 'string', minLength: 1 },
      },
      additionalProperties: false,
      minProperties: 1,
    },
  ],
} as const;

export const sourceRefSchema = {
  description: 'Waar de feiten vandaan komen: een document, met hoofdstuk of paragraaf.',
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      properties: {
        file: { type: 'string', minLength: 1 },
        title: {
          type: 'string',
          minLength: 1,
          description: 'Titel en jaar van het document, zoals inwoners het kennen ("Maatschappelijke Agenda 2025"). Inwoners zien dit, nooit de bestandsnaam.',
        },
        section: { type: 'string' },
        url: { type: 'string' },
      },
      required: ['file'],
      additionalProperties: false,
    },
  ],
} as const;

export const sourceSchema = {
  description: 'Eén bron of een lijst van bronnen.',
  oneOf: [sourceRefSchema, { type: 'array', items: sourceRefSchema, minItems: 1 }],
} as const;

/**
 * How residents reach the publisher when an item names no contact of its own. Every field is
 * optional: leave out what the sources do not give, a widget reads well without it.
 */
export const publisherContactSchema = {
  type: 'object',
  description: 'Hoe inwoners de uitgever bereiken: voor elk onderdeel zonder eigen contact. Laat weg wat u niet zeker weet.',
  properties: {
    phone: { type: 'string', description: 'Telefoonnummer, zoals inwoners het bellen.' },
    email: { type: 'string', description: 'E-mailadres.' },
    url: { type: 'string', description: 'Contactpagina (http of https).' },
    address: { type: 'string', minLength: 1, description: 'Adres van het loket, zoals op een brief.' },
    hours: { type: 'string', minLength: 1, description: 'Wanneer het loket of de telefoon open is, in woorden ("ma t/m vr 9.00-12.30").' },
  },
  additionalProperties: false,
} as const;

export const publisherSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    url: { type: 'string', description: 'Website van de uitgever (http of https).' },
    contact: publisherContactSchema,
    places: {
      type: 'array',
      description: 'De kernen (dorpen en wijken) van de gemeente, zodat inwoners hun woonplaats herkennen.',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
  },
  required: ['name'],
  additionalProperties: false,
} as const;
export type Publisher = FromSchema<typeof publisherSchema>;
export type PublisherContact = FromSchema<typeof publisherContactSchema>;

export const dateSchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'Datum als JJJJ-MM-DD.',
} as const;

export const idSchema = {
  type: 'string',
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'Unieke naam in kleine letters, cijfers en streepjes, bijvoorbeeld "bijzondere-bijstand".',
} as const;
