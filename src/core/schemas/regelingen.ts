import type { FromSchema } from 'json-schema-to-ts';
import type { Rule } from '../rules.js';
import {
  SCHEMA_BASE,
  dateSchema,
  idSchema,
  levelTextSchema,
  publisherSchema,
  sourceSchema,
} from './common.js';

/** The categories a regeling can have, in the order the widget shows them. */
export const CATEGORIES = [
  'geld',
  'zorg',
  'kinderen',
  'school',
  'sport-en-cultuur',
  'schulden',
  'wonen',
  'werk',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const HOUSEHOLDS = ['alleenstaand', 'alleenstaande-ouder', 'paar'] as const;
export type Household = (typeof HOUSEHOLDS)[number];

export const conditionSchema = {
  type: 'object',
  description:
    'Eén voorwaarde: een JSON Logic-regel over de antwoorden van de check, met een tekst voor "voldaan" en "niet voldaan".',
  properties: {
    id: { type: 'string', minLength: 1 },
    rule: {
      description:
        'JSON Logic met alleen: var, ==, !=, ===, !==, <, <=, >, >=, and, or, !, in. Een ontbrekend antwoord maakt de uitkomst "misschien".',
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
    },
    met: levelTextSchema,
    notMet: levelTextSchema,
    source: sourceSchema,
    example: { type: 'boolean', description: 'Voorbeeldvoorwaarde: niet uit de bronnen van de gemeente.' },
  },
  required: ['id', 'rule', 'met', 'notMet'],
  additionalProperties: false,
} as const;

export const amountSchema = {
  type: 'object',
  properties: {
    value: { type: 'number', minimum: 0 },
    period: { enum: ['eenmalig', 'maand', 'jaar'] },
    per: { enum: ['persoon', 'huishouden', 'kind'] },
    example: { type: 'boolean', description: 'Voorbeeldbedrag: niet uit de bronnen; getoond als "voorbeeldbedrag".' },
    note: levelTextSchema,
  },
  required: ['value'],
  additionalProperties: false,
} as const;

export const regelingSchema = {
  type: 'object',
  description: 'Eén regeling of voorziening voor inwoners met een laag inkomen.',
  properties: {
    id: idSchema,
    title: levelTextSchema,
    summary: levelTextSchema,
    categories: {
      type: 'array',
      items: { type: 'string', enum: CATEGORIES },
      minItems: 1,
      uniqueItems: true,
    },
    forWhom: levelTextSchema,
    whatYouGet: levelTextSchema,
    amount: amountSchema,
    apply: {
      type: 'object',
      description: 'De volgende stap: hoe vraagt u het aan, en wie helpt.',
      properties: {
        text: levelTextSchema,
        organisation: { type: 'string', minLength: 1 },
        url: { type: 'string', description: 'Link (http, https). Andere soorten links worden niet getoond.' },
        phone: { type: 'string' },
        email: { type: 'string' },
        bring: levelTextSchema,
      },
      additionalProperties: false,
    },
    eligibility: { type: 'array', items: conditionSchema },
    upl: { type: 'string', description: 'Uniforme Productnaam (URI), om te koppelen aan de productcatalogus.' },
    source: sourceSchema,
  },
  required: ['id', 'title', 'summary', 'categories', 'source'],
  additionalProperties: false,
} as const;

export const incomeNormSchema = {
  type: 'object',
  properties: {
    household: { enum: HOUSEHOLDS },
    aow: { type: 'boolean', description: 'Norm voor mensen met AOW-leeftijd.' },
    monthlyNet: { type: 'number', minimum: 0 },
    example: { type: 'boolean' },
  },
  required: ['household', 'monthlyNet'],
  additionalProperties: false,
} as const;

export const normsSchema = {
  type: 'object',
  description: 'Inkomensnormen per huishouden (het sociaal minimum) en de grens in procenten.',
  properties: {
    validFrom: dateSchema,
    source: sourceSchema,
    limitPercent: { type: 'number', minimum: 0 },
    limitNote: levelTextSchema,
    incomeNorms: { type: 'array', items: incomeNormSchema },
    assetLimits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          household: { enum: HOUSEHOLDS },
          amount: { type: 'number', minimum: 0 },
          example: { type: 'boolean' },
        },
        required: ['household', 'amount'],
        additionalProperties: false,
      },
    },
  },
  required: ['validFrom', 'source'],
  additionalProperties: false,
} as const;

export const regelingenSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}regelingen.schema.json`,
  title: 'Helder regelingen',
  description: 'De minimaregelingen van een gemeente, voor <helder-regelingen>.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    kind: { const: 'regelingen' },
    publisher: publisherSchema,
    updated: dateSchema,
    norms: normsSchema,
    regelingen: { type: 'array', items: regelingSchema },
  },
  required: ['publisher', 'regelingen'],
  additionalProperties: false,
} as const;

/** A rule is recursive JSON Logic: the schema checks its outer shape, validateRule the rest. */
export type RegelingCondition = Omit<FromSchema<typeof conditionSchema>, 'rule'> & { rule: Rule };
export type Regeling = Omit<FromSchema<typeof regelingSchema>, 'eligibility'> & { eligibility?: RegelingCondition[] };
export type Norms = FromSchema<typeof normsSchema>;
export type RegelingenFeed = Omit<FromSchema<typeof regelingenSchema>, 'regelingen'> & { regelingen: Regeling[] };
