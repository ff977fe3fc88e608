/** Interface languages. Dutch is the source; feed texts are Dutch whatever the interface. */
export const SOURCE_LOCALE = 'nl';
export const TARGET_LOCALES = ['en', 'uk', 'ar'] as const;
export const LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type Locale = (typeof LOCALES)[number];

const RTL = new Set<string>(['ar']);

/** Maps a BCP 47 tag ("en-GB", "AR") to a supported locale; anything else becomes Dutch. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : SOURCE_LOCALE;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}
