import type { FromSchema } from 'json-schema-to-ts';
import {
  SCHEMA_BASE,
  dateSchema,
  idSchema,
  levelTextSchema,
  publisherSchema,
  sourceSchema,
} from './common.js';

/** Where an action stands, only when a source says so. */
export const ACTION_STATUSES = ['gestart', 'uitgevoerd', 'deels-uitgevoerd', 'uitgesteld', 'gestopt'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What an indicator counts in; the widget says it in the interface language. */
export const INDICATOR_UNITS = ['aantal', 'procent', 'arbeidsjaren', 'ja-nee'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const agendaYearSchema = {
  type: 'integer',
  minimum: 1900,
  maximum: 2200,
  description: 'Een jaar, bijvoorbeeld 2025.',
} as const;

/** A number as the agenda writes it: "1.1" for an opgave, "1.1.1" for a doel. */
export const agendaNumberSchema = {
  type: 'string',
  pattern: '^\\d+(\\.\\d+)*$',
  description: 'Een nummer zoals de agenda het schrijft, bijvoorbeeld "1.1" of "1.1.1".',
} as const;

export const actionSchema = {
  type: 'object',
  description: 'Eén actie uit de lijst "Acties <jaar>" van een doel of opgave.',
  properties: {
    id: idSchema,
    year: { description: 'Het jaar van de agenda waarin deze actie staat.', allOf: [agendaYearSchema] },
    text: levelTextSchema,
    partners: {
      type: 'array',
      description: 'De partners die de tekst bij deze actie noemt, als id uit de lijst "partners" bovenaan.',
      // A copy, not the shared block: compiled inline, uniqueItems sees strings and needs no runtime helper.
      items: { ...idSchema },
      uniqueItems: true,
    },
    status: {
      type: 'object',
      description: 'De stand van de actie. Alleen invullen als een bron die noemt, met die bron.',
      properties: {
        value: { enum: ACTION_STATUSES },
        note: levelTextSchema,
        source: sourceSchema,
      },
      required: ['value', 'source'],
      additionalProperties: false,
    },
    source: sourceSchema,
  },
  required: ['id', 'year', 'text', 'source'],
  additionalProperties: false,
} as const;

export const goalYearSchema = {
  type: 'object',
  description:
    'Het doel in één jaar van de agenda: dat het jaar het doel noemt, met de toelichting van dat jaar. Een titel alleen als die dat jaar anders luidt.',
  properties: {
    year: agendaYearSchema,
    title: levelTextSchema,
    explanation: levelTextSchema,
    source: sourceSchema,
  },
  required: ['year', 'source'],
  additionalProperties: false,
} as const;

export const goalSchema = {
  type: 'object',
  description: 'Eén genummerd doel (bijvoorbeeld 1.1.1), met de jaren waarin het in de agenda staat en de acties per jaar.',
  properties: {
    id: idSchema,
    number: { description: 'Het nummer van het doel zoals de agenda het schrijft, bijvoorbeeld "1.1.1".', allOf: [agendaNumberSchema] },
    challenge: { description: 'De id van de opgave (in hetzelfde thema) waar dit doel onder valt.', allOf: [idSchema] },
    title: levelTextSchema,
    years: { type: 'array', items: goalYearSchema, minItems: 1 },
    actions: { type: 'array', items: actionSchema },
    continues: {
      description:
        'Alleen als het doel in een later jaar een ander nummer kreeg: de id van het doel dat dit voortzet. Alleen invullen als de documenten dat duidelijk zeggen.',
      allOf: [idSchema],
    },
    source: sourceSchema,
  },
  required: ['id', 'number', 'challenge', 'title', 'years', 'source'],
  additionalProperties: false,
} as const;

export const challengeSchema = {
  type: 'object',
  description: 'Eén opgave van een themalijn. Acties die de agenda direct onder de opgave zet (zonder genummerd doel) staan hier.',
  properties: {
    id: idSchema,
    number: { description: 'Het nummer van de opgave, alleen als de agenda het noemt (bijvoorbeeld "1.1").', allOf: [agendaNumberSchema] },
    title: levelTextSchema,
    // allOf keeps the shared level-text block one compiled function, with a description of its own.
    heading: {
      description: 'De kop in het hoofdstuk met acties, als die anders luidt dan de opgave in de lijst.',
      allOf: [levelTextSchema],
    },
    years: {
      type: 'array',
      description: 'Toelichting per jaar, als de agenda de opgave zelf toelicht.',
      items: {
        type: 'object',
        properties: { year: agendaYearSchema, explanation: levelTextSchema, source: sourceSchema },
        required: ['year', 'source'],
        additionalProperties: false,
      },
    },
    actions: { type: 'array', items: actionSchema },
    source: sourceSchema,
  },
  required: ['id', 'title', 'source'],
  additionalProperties: false,
} as const;

export const themeSchema = {
  type: 'object',
  description: 'Eén themalijn, bijvoorbeeld de zelfredzame Twenterander, met opgaven en doelen.',
  properties: {
    id: idSchema,
    number: { type: 'integer', minimum: 1, description: 'Het eerste cijfer van de doelnummers in deze themalijn.' },
    title: levelTextSchema,
    description: levelTextSchema,
    challenges: { type: 'array', items: challengeSchema },
    goals: { type: 'array', items: goalSchema },
    source: sourceSchema,
  },
  required: ['id', 'number', 'title', 'challenges', 'goals', 'source'],
  additionalProperties: false,
} as const;

export const partnerSchema = {
  type: 'object',
  description: 'Een organisatie, netwerk of groep die de agenda bij acties noemt. Eén schrijfwijze per partner.',
  properties: {
    id: idSchema,
    name: { type: 'string', minLength: 1 },
    kind: {
      enum: ['organisatie', 'netwerk', 'groep'],
      description: 'organisatie: één organisatie; netwerk: een samenwerking of werkgroep; groep: een soort partners, zoals "maatschappelijke organisaties".',
    },
    source: sourceSchema,
  },
  required: ['id', 'name', 'source'],
  additionalProperties: false,
} as const;

export const indicatorSchema = {
  type: 'object',
  description: 'Een meting per jaar (uit de tabellen "Metingen"), bij een themalijn of doel.',
  properties: {
    id: idSchema,
    title: levelTextSchema,
    unit: { enum: INDICATOR_UNITS, description: 'aantal, procent, arbeidsjaren of ja-nee.' },
    values: {
      type: 'array',
      description: 'Eén waarde per jaar, zoals in de tabel. Een leeg of onduidelijk vak blijft weg.',
      items: {
        type: 'object',
        properties: {
          year: agendaYearSchema,
          value: { anyOf: [{ type: 'number' }, { type: 'boolean' }], description: 'Een getal, of true/false bij ja-nee.' },
          note: levelTextSchema,
        },
        required: ['year', 'value'],
        additionalProperties: false,
      },
    },
    group: { description: 'Het beleidsdoel waaronder de tabel de meting zet.', allOf: [levelTextSchema] },
    theme: { description: 'De id van de themalijn waar de meting bij hoort.', allOf: [idSchema] },
    goal: { description: 'De id van het doel waar de meting bij hoort, alleen als dat duidelijk is.', allOf: [idSchema] },
    origin: { type: 'string', minLength: 1, description: 'Wie de cijfers levert, zoals de kolom "Bron" in de tabel (bijvoorbeeld CIV).' },
    note: levelTextSchema,
    source: sourceSchema,
  },
  required: ['id', 'title', 'unit', 'values', 'source'],
  additionalProperties: false,
} as const;

export const agendaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}agenda.schema.json`,
  title: 'Helder agenda',
  description: 'De maatschappelijke agenda van een gemeente: themalijnen, opgaven, doelen, acties per jaar en metingen, voor <helder-agenda>.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    kind: { const: 'agenda' },
    publisher: publisherSchema,
    updated: dateSchema,
    years: {
      type: 'array',
      description: 'De jaren (de agenda-documenten) die deze feed beschrijft.',
      items: {
        type: 'object',
        properties: { year: agendaYearSchema, title: levelTextSchema, source: sourceSchema },
        required: ['year', 'source'],
        additionalProperties: false,
      },
    },
    partners: { type: 'array', items: partnerSchema },
    themes: { type: 'array', items: themeSchema },
    indicators: { type: 'array', items: indicatorSchema },
  },
  required: ['publisher', 'updated', 'themes'],
  additionalProperties: false,
} as const;

export type AgendaAction = FromSchema<typeof actionSchema>;
export type AgendaGoal = FromSchema<typeof goalSchema>;
export type AgendaChallenge = FromSchema<typeof challengeSchema>;
export type AgendaTheme = FromSchema<typeof themeSchema>;
export type AgendaPartner = FromSchema<typeof partnerSchema>;
export type AgendaIndicator = FromSchema<typeof indicatorSchema>;
export type AgendaFeed = FromSchema<typeof agendaSchema>;
