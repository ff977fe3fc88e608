import { regelingenSchema } from './regelingen.js';

/** Every feed schema by kind; the build writes each to dist/schemas/<kind>.schema.json. */
export const SCHEMAS = {
  regelingen: regelingenSchema,
} as const;

export type FeedKind = keyof typeof SCHEMAS;
