import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { SOURCE_LOCALE, TARGET_LOCALES, type Locale } from '../../core/locale.js';

/**
 * Reentrant mode: every widget renders in its own language (its lang attribute, else the
 * nearest ancestor's), so two widgets on one page may differ. msg() asks `getLocale` which
 * widget is rendering right now; render is synchronous, so a variable set around it is enough.
 */
let rendering: Locale = SOURCE_LOCALE;
const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();

const loaders: Record<(typeof TARGET_LOCALES)[number], () => Promise<LocaleModule>> = {
  en: () => import('../../generated/locales/en.js'),
  uk: () => import('../../generated/locales/uk.js'),
  ar: () => import('../../generated/locales/ar.js'),
};

configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: [...TARGET_LOCALES],
  getLocale: () => rendering,
  loadLocaleSync: (locale) => loaded.get(locale as Locale),
});

/** Runs `fn` with msg() answering in `locale`. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = rendering;
  rendering = locale;
  try {
    return fn();
  } finally {
    rendering = previous;
  }
}

export function isLocaleLoaded(locale: Locale): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/** Loads a translation once; a failed load leaves the interface in Dutch and can be retried. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale as (typeof TARGET_LOCALES)[number]]()
      .then((module) => {
        loaded.set(locale, module);
      })
      .catch((error: unknown) => {
        console.warn(`[helder] translation "${locale}" could not be loaded`, error);
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}
