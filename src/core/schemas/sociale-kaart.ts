import type { FromSchema } from 'json-schema-to-ts';
import { dateSchema, levelTextSchema, publisherSchema, sourceSchema } from './common.js';

/**
 * The sociale kaart is a profile of Open Referral HSDS 3.0: every HSDS field keeps its HSDS
 * meaning, and the schema checks only the fields the widget reads. Other HSDS fields (and any
 * field HSDS adds later) are allowed and passed over, so a valid HSDS service stays valid here.
 * What HSDS lacks lives in one extension object per service, `helder`.
 */

/** What a resident may need help with, in the order the widget offers them. */
export const NEEDS = [
  'geldzorgen',
  'eenzaamheid',
  'opvoeden-en-opgroeien',
  'mantelzorg',
  'dementie',
  'werk',
  'taal-en-digitale-vaardigheden',
  'gezond-en-bewegen',
  'mentale-gezondheid',
  'verslaving',
  'wonen',
  'vervoer',
  'veiligheid-thuis',
  'leven-met-een-beperking',
  'sport-en-cultuur',
] as const;
export type Need = (typeof NEEDS)[number];

/** Who a service is meant for, when it is meant for some residents more than others. */
export const AUDIENCES = [
  'jeugd',
  'ouders',
  'ouderen',
  'mantelzorgers',
  'nieuwkomers',
  'mensen-met-een-beperking',
  'werkzoekenden',
  'vrijwilligers',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** HSDS's service status values. */
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** The `helder.kernen` value for a service open to the whole gemeente. */
export const ALL_KERNEN = 'alle';

/** HSDS dates are ISO 8601; the widget reads the date part. */
const hsdsDateSchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}',
  description: 'Datum als JJJJ-MM-DD (ISO 8601).',
} as const;

const hsdsTimeSchema = {
  type: 'string',
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}(:?\\d{2})?)?$|^24:00(:00)?$',
  description:
    'Tijd als UU:MM of UU:MM:SS. Zonder tijdzone is het Nederlandse tijd (Europe/Amsterdam); met Z of een afwijking (+01:00) rekent Helder om.',
} as const;

export const phoneSchema = {
  type: 'object',
  description: 'HSDS phone: een telefoonnummer. Helder leest number, extension, type en description.',
  properties: {
    id: { type: 'string' },
    number: { type: 'string', minLength: 1, description: 'Het nummer zoals u het belt, bijvoorbeeld "0546 123 456".' },
    extension: { type: 'number', description: 'Toestelnummer.' },
    type: { type: 'string', description: 'Soort nummer, bijvoorbeeld "voice" of "text".' },
    description: { type: 'string', description: 'Wanneer of waarvoor u dit nummer belt.' },
  },
  required: ['number'],
} as const;

export const scheduleSchema = {
  type: 'object',
  description:
    'HSDS schedule (RFC 5545-regel): wanneer de dienst open is. Helder rekent "nu open" en "opent om" uit met freq WEEKLY (byday "MO,TU") of MONTHLY (byday "1MO", "-1FR" en/of bymonthday "1,15,-1"), opens_at en closes_at; een sluitingstijd vóór de openingstijd loopt door na middernacht.',
  properties: {
    id: { type: 'string' },
    freq: { enum: ['WEEKLY', 'MONTHLY'], description: 'WEEKLY: elke week; MONTHLY: elke maand.' },
    interval: { type: 'number', minimum: 1, description: 'Om de hoeveel weken of maanden (2 = om de week). Vraagt dtstart.' },
    byday: {
      type: 'string',
      pattern: '^\\s*[+-]?\\d{0,2}(MO|TU|WE|TH|FR|SA|SU)\\s*(,\\s*[+-]?\\d{0,2}(MO|TU|WE|TH|FR|SA|SU)\\s*)*$',
      description: 'Dagen, met komma’s: MO, TU, WE, TH, FR, SA, SU. Bij MONTHLY met een getal ervoor: 1MO is de eerste maandag, -1FR de laatste vrijdag.',
    },
    bymonthday: {
      type: 'string',
      pattern: '^\\s*-?\\d{1,2}(\\s*,\\s*-?\\d{1,2})*\\s*$',
      description: 'Bij MONTHLY: dagen van de maand, met komma’s; -1 is de laatste dag.',
    },
    opens_at: { allOf: [hsdsTimeSchema], description: 'Openingstijd (UU:MM of UU:MM:SS, Nederlandse tijd).' },
    closes_at: { allOf: [hsdsTimeSchema], description: 'Sluitingstijd (UU:MM of UU:MM:SS); vóór de openingstijd: de volgende dag.' },
    valid_from: { allOf: [hsdsDateSchema], description: 'Geldt vanaf deze datum (JJJJ-MM-DD).' },
    valid_to: { allOf: [hsdsDateSchema], description: 'Geldt tot en met deze datum (JJJJ-MM-DD).' },
    dtstart: { allOf: [hsdsDateSchema], description: 'De eerste keer (JJJJ-MM-DD); nodig bij interval.' },
    until: { allOf: [hsdsDateSchema], description: 'De laatste keer (JJJJ-MM-DD).' },
    wkst: { enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], description: 'De eerste dag van de week, voor interval.' },
    description: { type: 'string', description: 'De openingstijden in woorden, bijvoorbeeld "Niet op feestdagen."' },
  },
} as const;

export const addressSchema = {
  type: 'object',
  description: 'HSDS address. Helder leest address_1, address_2, postal_code, city, region, state_province en country.',
  properties: {
    address_1: { type: 'string', description: 'Straat en huisnummer.' },
    address_2: { type: 'string', description: 'Tweede adresregel.' },
    postal_code: { type: 'string', description: 'Postcode.' },
    city: { type: 'string', description: 'Plaats.' },
    region: { type: 'string', description: 'Regio.' },
    state_province: { type: 'string', description: 'Provincie.' },
    country: { type: 'string', description: 'Land, als ISO-code ("NL").' },
    address_type: { enum: ['physical', 'postal', 'virtual'], description: 'physical: bezoekadres; postal: postadres.' },
  },
} as const;

export const locationSchema = {
  type: 'object',
  description:
    'HSDS location: waar de dienst is. Helder leest location_type, name, description, url, latitude, longitude, addresses, accessibility, phones en schedules.',
  properties: {
    id: { type: 'string' },
    location_type: { enum: ['physical', 'postal', 'virtual'], description: 'physical: een plek; virtual: online.' },
    name: { type: 'string', description: 'Naam van de plek, bijvoorbeeld een buurthuis.' },
    description: { type: 'string', description: 'Beschrijving van de plek.' },
    url: { type: 'string', description: 'Bij een online plek: de link (http of https).' },
    latitude: { type: 'number', description: 'Breedtegraad (WGS84), bijvoorbeeld 52.47.' },
    longitude: { type: 'number', description: 'Lengtegraad (WGS84), bijvoorbeeld 6.58.' },
    addresses: { type: 'array', items: addressSchema },
    accessibility: {
      type: 'array',
      description: 'Toegankelijkheid, bijvoorbeeld een ringleiding of een lift.',
      items: { type: 'object', properties: { description: { type: 'string' }, details: { type: 'string' } } },
    },
    phones: { type: 'array', items: phoneSchema },
    schedules: {
      type: 'array',
      items: scheduleSchema,
      description: 'Openingstijden van de plek; de schedules van service_at_location gaan voor.',
    },
  },
} as const;

export const serviceAtLocationSchema = {
  type: 'object',
  description: 'HSDS service_at_location: de dienst op één plek, met de openingstijden en telefoonnummers van die plek.',
  properties: {
    id: { type: 'string' },
    description: { type: 'string', description: 'Wat de dienst op deze plek doet.' },
    location: locationSchema,
    schedules: { type: 'array', items: scheduleSchema },
    phones: { type: 'array', items: phoneSchema },
  },
} as const;

export const organizationSchema = {
  type: 'object',
  description: 'HSDS organization: wie de dienst aanbiedt. Helder leest id, name, description, website en email.',
  properties: {
    id: { type: 'string' },
    name: { type: 'string', minLength: 1, description: 'Naam van de organisatie.' },
    description: { type: 'string', description: 'Wat de organisatie doet.' },
    website: { type: 'string', description: 'Website (http of https).' },
    email: { type: 'string', description: 'E-mailadres.' },
  },
  required: ['name'],
} as const;

export const languageSchema = {
  type: 'object',
  description: 'HSDS language: een taal waarin u geholpen wordt.',
  properties: { name: { type: 'string', description: 'Naam van de taal.' }, code: { type: 'string', description: 'Taalcode (ISO 639), bijvoorbeeld "nl" of "uk".' }, note: { type: 'string' } },
} as const;

export const costOptionSchema = {
  type: 'object',
  description: 'HSDS cost_option: wat de dienst kost.',
  properties: {
    option: { type: 'string', description: 'Voor wie of wat deze prijs geldt.' },
    amount: { type: 'number', minimum: 0, description: 'Bedrag; 0 is gratis.' },
    currency: { type: 'string', description: 'Munteenheid (ISO 4217), bijvoorbeeld "EUR".' },
    amount_description: { type: 'string', description: 'Uitleg bij het bedrag, bijvoorbeeld "per keer".' },
    valid_from: hsdsDateSchema,
    valid_to: hsdsDateSchema,
  },
} as const;

export const serviceAreaSchema = {
  type: 'object',
  description: 'HSDS service_area: het gebied van de dienst, in woorden.',
  properties: { name: { type: 'string', description: 'Naam van het gebied.' }, description: { type: 'string', description: 'Beschrijving van het gebied.' } },
} as const;

export const attributeSchema = {
  type: 'object',
  description: 'HSDS attribute: een term uit een taxonomie (bijvoorbeeld een onderwerp).',
  properties: {
    value: { type: 'string' },
    taxonomy_term: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        code: { type: 'string', description: 'Code van de term.' },
        name: { type: 'string', description: 'Naam van de term.' },
        description: { type: 'string' },
        taxonomy: { type: 'string', description: 'Naam van de taxonomie.' },
      },
    },
  },
} as const;

export const helderExtensionSchema = {
  type: 'object',
  description:
    'Helder-uitbreiding: wat HSDS niet kent. Andere HSDS-programma’s slaan dit veld over. Elk veld is los; een fout veld wordt weggelaten en gemeld, de dienst blijft staan.',
  properties: {
    name: {
      allOf: [levelTextSchema],
      description: 'De naam per taalniveau (a2, b1, c1). Zonder dit veld, of zonder een niveau, toont Helder de HSDS-naam (name).',
    },
    description: {
      allOf: [levelTextSchema],
      description:
        'Wat de dienst doet, per taalniveau (a2, b1, c1). Lege regels maken alinea’s, regels met "- " een lijst. Zonder dit veld toont Helder de HSDS-beschrijving (description), zonder opmaak.',
    },
    needs: {
      type: 'array',
      items: { type: 'string', enum: NEEDS },
      uniqueItems: true,
      description:
        'Waarmee de dienst helpt, in woorden die inwoners kennen: geldzorgen, eenzaamheid, opvoeden-en-opgroeien, mantelzorg, dementie, werk, taal-en-digitale-vaardigheden, gezond-en-bewegen, mentale-gezondheid, verslaving, wonen, vervoer, veiligheid-thuis, leven-met-een-beperking, sport-en-cultuur.',
    },
    kernen: {
      description:
        'De kernen (dorpen) waar de dienst is of voor wie hij is: "alle" voor de hele gemeente, of een lijst met namen zoals de feed ze noemt in "kernen".',
      oneOf: [
        { const: ALL_KERNEN },
        { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
      ],
    },
    audience: {
      type: 'array',
      items: { type: 'string', enum: AUDIENCES },
      uniqueItems: true,
      description:
        'Voor wie de dienst vooral is: jeugd, ouders, ouderen, mantelzorgers, nieuwkomers, mensen-met-een-beperking, werkzoekenden, vrijwilligers. Weglaten als hij voor iedereen is.',
    },
    withoutReferral: {
      type: 'boolean',
      description:
        'true: u kunt er zonder verwijzing of indicatie heen (een algemene voorziening). false: u heeft een verwijzing of indicatie nodig. Weglaten als de bron het niet zegt.',
    },
    free: {
      type: 'boolean',
      description: 'true: gratis. false: u betaalt iets, bijvoorbeeld een eigen bijdrage. Weglaten als de bron het niet zegt.',
    },
    source: sourceSchema,
  },
  additionalProperties: false,
} as const;

export const serviceSchema = {
  type: 'object',
  description:
    'Eén dienst als Open Referral HSDS 3.0-service, met de organisatie erin (organization). Andere HSDS-velden mogen erbij; Helder slaat ze over. Gecontroleerd op: assured_date.',
  properties: {
    id: { type: 'string', minLength: 1, description: 'Unieke id. In HSDS een UUID.' },
    name: { type: 'string', minLength: 1, description: 'De officiële naam. Opmaak (HTML of Markdown) toont Helder als tekst zonder opmaak.' },
    alternate_name: { type: 'string', description: 'Een andere naam waaronder de dienst bekend is.' },
    description: { type: 'string', description: 'Wat de dienst doet. HTML of Markdown mag; Helder toont alleen de tekst.' },
    url: { type: 'string', description: 'Website van de dienst (http of https).' },
    email: { type: 'string', description: 'E-mailadres van de dienst.' },
    status: { enum: SERVICE_STATUSES, description: 'active, inactive, defunct of temporarily closed. Zonder status: active.' },
    assured_date: { allOf: [hsdsDateSchema], description: 'Gecontroleerd op: de datum waarop iemand de gegevens nakeek (JJJJ-MM-DD).' },
    organization: organizationSchema,
    service_at_locations: { type: 'array', items: serviceAtLocationSchema },
    phones: { type: 'array', items: phoneSchema },
    schedules: { type: 'array', items: scheduleSchema },
    languages: { type: 'array', items: languageSchema },
    cost_options: { type: 'array', items: costOptionSchema },
    service_areas: { type: 'array', items: serviceAreaSchema },
    attributes: { type: 'array', items: attributeSchema },
    helder: helderExtensionSchema,
  },
  required: ['id', 'name'],
} as const;

export const socialeKaartSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  // SCHEMA_BASE written out: an expression here would keep every schema in the widget's bundle.
  $id: 'https://helder.example/schemas/sociale-kaart.schema.json',
  title: 'Helder sociale kaart',
  description:
    'Hulp en activiteiten in de gemeente, voor <helder-sociale-kaart>. De diensten zijn Open Referral HSDS 3.0-services. De widget leest ook, zonder omzetten, een HSDS /services-pagina ("contents") of een lijst met HSDS-services.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    kind: { const: 'sociale-kaart' },
    publisher: publisherSchema,
    updated: dateSchema,
    kernen: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      description: 'De kernen (dorpen) van de gemeente, in de volgorde waarin de widget ze toont. helder.kernen gebruikt deze namen.',
    },
    services: { type: 'array', items: serviceSchema },
  },
  required: ['publisher', 'services'],
  additionalProperties: false,
} as const;

/**
 * An HSDS `/services` or `/service_at_locations` page: the paging fields HSDS's API returns
 * around `contents`. Helder reads them to show the API's total and to page.
 */
export const servicePageSchema = {
  type: 'object',
  description: 'Een HSDS-pagina met diensten (API-antwoord van /services), met de velden om te bladeren.',
  properties: {
    total_items: { type: 'integer', minimum: 0, description: 'Hoeveel diensten er in totaal zijn.' },
    total_pages: { type: 'integer', minimum: 0, description: 'Hoeveel pagina’s er zijn.' },
    page_number: { type: 'integer', minimum: 0, description: 'Het nummer van deze pagina (1 is de eerste).' },
    size: { type: 'integer', minimum: 0, description: 'Hoeveel diensten er op een pagina staan.' },
    per_page: { type: 'integer', minimum: 0, description: 'Oudere naam voor size.' },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array', items: serviceSchema },
  },
  required: ['contents'],
} as const;

export type HsdsPhone = FromSchema<typeof phoneSchema>;
export type HsdsSchedule = FromSchema<typeof scheduleSchema>;
export type HsdsAddress = FromSchema<typeof addressSchema>;
export type HsdsLocation = FromSchema<typeof locationSchema>;
export type HsdsServiceAtLocation = FromSchema<typeof serviceAtLocationSchema>;
export type HsdsOrganization = FromSchema<typeof organizationSchema>;
export type HsdsLanguage = FromSchema<typeof languageSchema>;
export type HsdsCostOption = FromSchema<typeof costOptionSchema>;
export type HsdsServiceArea = FromSchema<typeof serviceAreaSchema>;
export type HsdsAttribute = FromSchema<typeof attributeSchema>;
export type HelderExtension = FromSchema<typeof helderExtensionSchema>;
export type HsdsService = FromSchema<typeof serviceSchema>;
export type SocialeKaartDocument = FromSchema<typeof socialeKaartSchema>;
