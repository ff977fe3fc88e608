import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseLevel, type Level } from '../../core/level.js';
import { SOURCE_LOCALE, directionOf, toLocale, type Locale } from '../../core/locale.js';
import { isLocaleLoaded, loadLocale, withLocale } from './localize.js';
import { readPageLevel, watchPageLevel } from './page-level.js';

/**
 * @csspart base - De buitenste container, met de taal en schrijfrichting van de interface.
 */

/** The language of the nearest element with a lang attribute, crossing shadow roots. */
function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * One observer for the whole document: a CMS language switch changes `lang` on some ancestor, and
 * every connected element checks its own language then. Started with the first element.
 */
const langWatchers = new Set<{ updateLocale(): void }>();
let langObserver: MutationObserver | undefined;

function watchLang(element: { updateLocale(): void }): () => void {
  langWatchers.add(element);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langWatchers.forEach((watcher) => watcher.updateLocale()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langWatchers.delete(element);
    if (langWatchers.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/** How many document-wide lang observers run now (0 or 1); for tests. */
export function langObserverCount(): number {
  return langObserver ? 1 : 0;
}

/**
 * What every Helder element shares: the interface language (own lang, else the nearest
 * ancestor's, else <html lang>), the language level (own level, else the page's), and rendering
 * inside the right locale and direction.
 */
export abstract class HelderElement extends LitElement {
  /** The language level for this element only (a2, b1 or c1). Without it, the page level applies. */
  @property({ reflect: true }) level?: string;

  @state() protected pageLevel: Level = readPageLevel();
  @state() private requestedLocale: Locale = SOURCE_LOCALE;

  private stopWatching?: () => void;
  private stopWatchingLang?: () => void;
  private localeReady: Promise<void> = Promise.resolve();

  /** The level this element shows texts at. */
  get effectiveLevel(): Level {
    return parseLevel(this.level) ?? this.pageLevel;
  }

  /** The interface language shown now (Dutch until a translation has loaded). */
  get locale(): Locale {
    return isLocaleLoaded(this.requestedLocale) ? this.requestedLocale : SOURCE_LOCALE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLevel = readPageLevel();
    this.stopWatching = watchPageLevel((level) => {
      this.pageLevel = level;
    });
    this.updateLocale();
    this.stopWatchingLang = watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatchingLang?.();
  }

  /** Follows lang on this element or any ancestor. @internal */
  updateLocale(): void {
    const locale = toLocale(inheritedLang(this) ?? document.documentElement.lang);
    if (locale === this.requestedLocale) return;
    this.requestedLocale = locale;
    if (!isLocaleLoaded(locale)) {
      this.localeReady = loadLocale(locale).then(() => this.requestUpdate());
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.localeReady;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('level') && this.level !== undefined && parseLevel(this.level) === undefined) {
      console.warn(`[helder] level="${this.level}" is not a2, b1 or c1; the page level is used.`);
    }
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    return withLocale(
      locale,
      () => html`<div part="base" class="base" lang=${locale} dir=${directionOf(locale)}>${this.renderContent()}</div>`,
    );
  }

  /** Runs code that produces messages (validation, events) in this element's language. */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  protected abstract renderContent(): unknown;
}
