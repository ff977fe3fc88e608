import { DEFAULT_LEVEL, parseLevel, type Level } from '../../core/level.js';

/** The page-wide level lives in the DOM and localStorage, not in a module: two bundles on one page
 * each have their own module copy, and must still agree. */
export const STORAGE_KEY = 'helder-taalniveau';

export function readPageLevel(): Level {
  try {
    return parseLevel(globalThis.localStorage?.getItem(STORAGE_KEY)) ?? DEFAULT_LEVEL;
  } catch {
    // Storage can be blocked (private mode, sandboxed iframe): then the default applies.
    return DEFAULT_LEVEL;
  }
}

export function storePageLevel(level: Level): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, level);
  } catch {
    // Not remembered, but the page still switches.
  }
}

/**
 * Calls `onChange` when the page level changes: a picker on this page fires
 * helder-level-change (it reaches document), another tab writes storage.
 */
export function watchPageLevel(onChange: (level: Level) => void): () => void {
  const onEvent = (event: Event) => {
    const level = parseLevel((event as CustomEvent<{ level?: string }>).detail?.level);
    if (level) onChange(level);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) onChange(parseLevel(event.newValue) ?? DEFAULT_LEVEL);
  };
  document.addEventListener('helder-level-change', onEvent);
  window.addEventListener('storage', onStorage);
  return () => {
    document.removeEventListener('helder-level-change', onEvent);
    window.removeEventListener('storage', onStorage);
  };
}
