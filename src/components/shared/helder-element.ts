import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseLevel, type Level } from '../../core/level.js';
import { SOURCE_LOCALE, directionOf, toLocale, type Locale } from '../../core/locale.js';
import { isLocaleLoaded, loadLocale, withLocale } from './localize.js';
import { readPageLevel, watchPageLevel } from './page-level.js';

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
  private langObserver?: MutationObserver;
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
    // lang may change on this element or any ancestor (a CMS language switch).
    this.langObserver = new MutationObserver(() => this.updateLocale());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.langObserver?.disconnect();
  }

  private updateLocale(): void {
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
