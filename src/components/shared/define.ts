/** The library version, written into every registered element so double loads can be compared. */
export const VERSION = '0.1.0';

type HelderConstructor = CustomElementConstructor & { helderVersion?: string };

/**
 * Registers a custom element unless the tag is taken. Two scripts on one CMS page (or two
 * bundles that share the picker) must not throw; a different version gets a warning, because the
 * first one loaded wins.
 */
export function define(tag: string, constructor: HelderConstructor): void {
  const existing = customElements.get(tag) as HelderConstructor | undefined;
  if (existing) {
    if (existing !== constructor && existing.helderVersion !== VERSION) {
      console.warn(`[helder] <${tag}> is already registered by version ${existing.helderVersion ?? 'unknown'}; version ${VERSION} is not used.`);
    }
    return;
  }
  constructor.helderVersion = VERSION;
  customElements.define(tag, constructor);
}
