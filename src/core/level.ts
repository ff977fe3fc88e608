/** Language levels: a2 (eenvoudig), b1 (standaard), c1 (the original policy text). */
export const LEVELS = ['a2', 'b1', 'c1'] as const;
export type Level = (typeof LEVELS)[number];
export const DEFAULT_LEVEL: Level = 'b1';

/** A feed text: the same at every level, or written per level (at least one). */
export type LevelText = string | Partial<Record<Level, string>>;

/** Nearest level first: a simpler text is closer to b1 than the policy original. */
const FALLBACK: Record<Level, readonly Level[]> = {
  a2: ['a2', 'b1', 'c1'],
  b1: ['b1', 'a2', 'c1'],
  c1: ['c1', 'b1', 'a2'],
};

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Reads a level from an attribute or storage value; anything else is undefined. */
export function parseLevel(value: string | null | undefined): Level | undefined {
  const v = value?.trim().toLowerCase();
  return isLevel(v) ? v : undefined;
}

export interface ResolvedText {
  text: string;
  /** The level the text is written at. */
  level: Level;
  /** True when the asked level was missing and a nearby level is shown instead. */
  fallback: boolean;
}

/** Picks the text for a level, falling back to the nearest level that exists. */
export function resolveText(value: LevelText | undefined, level: Level): ResolvedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, level, fallback: false };
  for (const candidate of FALLBACK[level]) {
    const text = value[candidate];
    if (typeof text === 'string' && text.trim() !== '') {
      return { text, level: candidate, fallback: candidate !== level };
    }
  }
  return undefined;
}

/** The plain string for a level ('' when there is none), for search, speech and aria labels. */
export function textAt(value: LevelText | undefined, level: Level): string {
  return resolveText(value, level)?.text ?? '';
}
