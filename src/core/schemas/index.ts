import { agendaSchema } from './agenda.js';
import { regelingenSchema } from './regelingen.js';
import { socialeKaartSchema } from './sociale-kaart.js';

/** Every feed schema by kind; the build writes each to dist/schemas/<kind>.schema.json. */
export const SCHEMAS = {
  regelingen: regelingenSchema,
  agenda: agendaSchema,
  'sociale-kaart': socialeKaartSchema,
} as const;

export type FeedKind = keyof typeof SCHEMAS;
