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

/** A JSON Logic rule: the schema checks its outer shape, validateRule the rest. */
const ruleSchema = {
  description:
    'JSON Logic met alleen: var, ==, !=, ===, !==, <, <=, >, >=, and, or, !, in. Een ontbrekend antwoord maakt de uitkomst "misschien".',
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
} as const;

export const conditionSchema = {
  type: 'object',
  description:
    'Eén voorwaarde: een JSON Logic-regel over de antwoorden van de check, met een tekst voor "voldaan" en "niet voldaan".',
  properties: {
    id: { type: 'string', minLength: 1 },
    rule: ruleSchema,
    met: levelTextSchema,
    notMet: levelTextSchema,
    source: sourceSchema,
    example: {
      type: 'boolean',
      description:
        'Voorbeeldvoorwaarde: niet uit de bronnen van de gemeente. Zo\'n voorwaarde maakt een regeling nooit "waarschijnlijk niet": als zij niet klopt, is de uitslag "misschien".',
    },
  },
  required: ['id', 'rule', 'met', 'notMet'],
  additionalProperties: false,
} as const;

/**
 * A regeling's texts in another interface language, shown when the interface is in that
 * language. Plain strings: a translation has no language levels.
 */
export const translationSchema = {
  type: 'object',
  description: 'De teksten van een regeling in een andere taal, getoond als de interface in die taal is.',
  properties: {
    title: { type: 'string', minLength: 1 },
    summary: { type: 'string', minLength: 1 },
    forWhom: { type: 'string', minLength: 1 },
    whatYouGet: { type: 'string', minLength: 1 },
    apply: { type: 'string', minLength: 1, description: 'De tekst van apply.text.' },
    bring: { type: 'string', minLength: 1, description: 'De tekst van apply.bring.' },
  },
  additionalProperties: false,
} as const;

/** What the sources say about whether a regeling still runs. */
export const statusSchema = {
  type: 'object',
  description:
    'Loopt de regeling nog? "unconfirmed": de bronnen beschrijven haar tot en met `year`; vraag na of zij er nog is. "ended": gestopt sinds `year`; niet in de check.',
  properties: {
    code: { enum: ['unconfirmed', 'ended'] },
    year: { type: 'integer', minimum: 1900, maximum: 2200 },
  },
  required: ['code', 'year'],
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
    officialName: {
      type: 'string',
      minLength: 1,
      description: 'De officiële naam ("Meedoenregeling"). Staat naast een eenvoudiger titel, zodat inwoners de naam herkennen op een formulier of aan de telefoon.',
    },
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
        desk: {
          ...levelTextSchema,
          description: 'Waar u langs kunt gaan: loket, adres en wanneer het open is. Alleen wat de uitvoerder zelf zegt.',
        },
        bring: levelTextSchema,
      },
      additionalProperties: false,
    },
    eligibility: { type: 'array', items: conditionSchema },
    openToAll: {
      type: 'boolean',
      description:
        'Voor iedere inwoner (zoals een meldpunt): alleen een voorwaarde over de woonplaats kan hem "waarschijnlijk niet" maken; de andere voorwaarden zeggen of hij nu bij u past.',
    },
    receivedWhen: {
      ...ruleSchema,
      description: 'JSON Logic: waar is het als de antwoorden zeggen dat de inwoner dit al krijgt. De check vraagt dan niet om aan te vragen.',
    },
    inCheck: { type: 'boolean', description: 'false: niet in de check (informatie, een folder, iets dat gestopt is). Standaard true.' },
    status: statusSchema,
    keywords: {
      type: 'array',
      description: 'Woorden die inwoners zoeken ("wasmachine", "zwemles"), op elk taalniveau. Alleen voor het zoeken; ze worden niet getoond.',
      items: { type: 'string', minLength: 1 },
    },
    translations: {
      type: 'object',
      description: 'Vertalingen per taal ("en", "uk", "ar"). Zonder vertaling toont de widget de Nederlandse tekst en zegt dat.',
      propertyNames: { pattern: '^[a-z]{2,3}$' },
      additionalProperties: translationSchema,
    },
    reviewed: { ...dateSchema, description: 'Wanneer de tekst voor het laatst is nagekeken tegen de bronnen (JJJJ-MM-DD).' },
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
  description:
    'Inkomensnormen per huishouden en de grens in procenten. Zeg in limitNote waar de grens in procenten van is, en markeer bedragen die niet uit uw bronnen komen met example.',
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
export type Regeling = Omit<FromSchema<typeof regelingSchema>, 'eligibility' | 'receivedWhen'> & {
  eligibility?: RegelingCondition[];
  receivedWhen?: Rule;
};
export type RegelingTranslation = FromSchema<typeof translationSchema>;
export type Norms = FromSchema<typeof normsSchema>;
export type RegelingenFeed = Omit<FromSchema<typeof regelingenSchema>, 'regelingen'> & { regelingen: Regeling[] };
