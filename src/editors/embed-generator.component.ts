import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedAbortedError, fetchFeedText, parseJson } from '../core/feed.js';
import { LEVELS, type Level } from '../core/level.js';
import { LOCALES } from '../core/locale.js';
import { AnnouncerController } from '../components/shared/announcer.js';
import { baseStyles } from '../components/shared/base.styles.js';
import { failureMessage } from '../components/shared/messages.js';
import { editorStyles } from './editor.styles.js';
import { embedGeneratorStyles } from './embed-generator.styles.js';
import { absoluteUrl, embedElements, snippetHtml, type ElementSpec } from './embed.js';
import { G, LEVEL_NAMES } from './strings.js';
import { EDITOR_WIDGETS, type EditorWidget, type FilterOption, type WidgetFilter } from './widgets.js';

/** Each interface language by its own name ("Nederlands", "English" …). */
const LANGUAGES = LOCALES.map((code) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return { code, name: name.charAt(0).toLocaleUpperCase(code) + name.slice(1) };
});

/** How long to wait after the last key in the feed address before reading the feed. */
const FEED_DELAY_MS = 400;

/**
 * @tagname helder-embed-generator
 * @summary Insluitcode voor partners: kies een widget, een feed, het taalniveau, de taal en de
 * filters, zie het voorbeeld en kopieer de code.
 *
 * A tool for partners, not a residents' widget: it is not in dist/helder.js. The page must
 * register the widgets it previews. The preview and the snippet come from the same element
 * specs (embed.ts), so the snippet renders what the preview shows.
 */
export class HelderEmbedGenerator extends LitElement {
  static override styles = [baseStyles, editorStyles, embedGeneratorStyles];

  /** The folder with the default feeds, relative to the page (the snippet gets it absolute). */
  @property({ attribute: 'data-base' }) dataBase = '../src/data/';
  /** Where the gemeente serves Helder's scripts (dist/), relative to the page or absolute. */
  @property({ attribute: 'script-base' }) scriptBase = '../dist/';

  @state() private widget: EditorWidget = EDITOR_WIDGETS[0]!;
  @state() private ownFeed = false;
  @state() private ownUrl = '';
  @state() private level: Level | '' = '';
  @state() private interfaceLang = '';
  @state() private filters: Record<string, string[]> = {};
  @state() private picker = false;
  @state() private scripts = '';
  @state() private feedDoc: unknown;
  @state() private feedStatus = '';

  private readonly announcer = new AnnouncerController(this);
  private feedTimer?: ReturnType<typeof setTimeout>;
  private feedAbort?: AbortController;
  private feedUrlRead?: string;
  private shownSnippet?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.scripts) this.scripts = this.scriptBase;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.feedTimer);
    this.feedAbort?.abort();
  }

  /** The feed's absolute URL, or undefined while the partner's own address is no URL. */
  get feedUrl(): string | undefined {
    if (this.ownFeed) return absoluteUrl(this.ownUrl);
    return new URL(this.widget.defaultFeed, new URL(this.dataBase, document.baseURI)).href;
  }

  /** The elements the snippet and the preview have. */
  get elements(): ElementSpec[] | undefined {
    const src = this.feedUrl;
    if (!src) return undefined;
    return embedElements(this.widget, { src, level: this.level, lang: this.interfaceLang, filters: this.filters, picker: this.picker });
  }

  /** The code to paste, or '' while there is no feed address. */
  get snippet(): string {
    const elements = this.elements;
    if (!elements) return '';
    const base = absoluteUrl(this.scripts || this.scriptBase, document.baseURI) ?? absoluteUrl(this.scriptBase, document.baseURI) ?? document.baseURI;
    return snippetHtml(new URL(this.widget.script, base.endsWith('/') ? base : `${base}/`).href, elements);
  }

  // ----- the feed, for the filters' options -----

  private readFeedSoon(): void {
    clearTimeout(this.feedTimer);
    this.feedTimer = setTimeout(() => void this.readFeed(), this.ownFeed ? FEED_DELAY_MS : 0);
  }

  private async readFeed(): Promise<void> {
    const url = this.feedUrl;
    if (url === this.feedUrlRead) return;
    this.feedUrlRead = url;
    this.feedAbort?.abort();
    this.feedDoc = undefined;
    if (!url) {
      this.feedStatus = this.ownUrl.trim() ? G.badUrl : '';
      return;
    }
    const abort = new AbortController();
    this.feedAbort = abort;
    this.feedStatus = G.loading;
    try {
      const fetched = await fetchFeedText(url, { signal: abort.signal });
      const parsed = fetched.ok ? parseJson(fetched.text, url) : fetched;
      if (!parsed.ok) {
        this.feedStatus = failureMessage(parsed.failure, 'nl');
        return;
      }
      const outcome = this.widget.parse(parsed.value);
      if (!outcome.ok) {
        this.feedStatus = failureMessage(outcome.failure, 'nl');
        return;
      }
      this.feedDoc = parsed.value;
      const list = (parsed.value as Record<string, unknown>)[this.widget.listKey];
      this.feedStatus = G.feedItems(Array.isArray(list) ? list.length : 0, this.widget.label);
    } catch (error) {
      if (!(error instanceof FeedAbortedError)) throw error;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('widget') || changed.has('ownFeed') || changed.has('ownUrl') || changed.has('dataBase')) this.readFeedSoon();
  }

  protected override updated(): void {
    // The preview is the snippet's elements, made the same way a page parses them.
    const snippet = this.snippet;
    // While an address is being typed, the preview waits for the pause (readFeed) before it loads it.
    if (snippet === this.shownSnippet || this.feedUrl !== this.feedUrlRead) return;
    this.shownSnippet = snippet;
    const preview = this.renderRoot.querySelector('.preview');
    if (!preview) return;
    preview.replaceChildren(
      ...(this.elements ?? []).map(({ tag, attributes }) => {
        const element = document.createElement(tag);
        for (const [name, value] of attributes) element.setAttribute(name, value);
        return element;
      }),
    );
  }

  // ----- actions -----

  private setFilter(filter: WidgetFilter, values: string[]): void {
    this.filters = { ...this.filters, [filter.attribute]: values };
  }

  private async copy(): Promise<void> {
    const text = this.snippet;
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.announcer.announce(G.copied);
    } catch {
      // No clipboard (an old browser, or no permission): select the code for Ctrl+C.
      const code = this.renderRoot.querySelector('#code');
      const selection = getSelection();
      if (code && selection) {
        const range = document.createRange();
        range.selectNodeContents(code);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.announcer.announce(G.selected);
    }
  }

  // ----- views -----

  private filterField(filter: WidgetFilter): TemplateResult {
    const id = `filter-${filter.attribute}`;
    const chosen = this.filters[filter.attribute] ?? [];
    const options: readonly FilterOption[] | undefined = filter.options?.(this.feedDoc);
    const hint = filter.hint ? html`<p class="hint" id=${`${id}-hint`}>${filter.hint}</p>` : nothing;
    if (options && filter.multiple) {
      return html`<fieldset class="filter" aria-describedby=${filter.hint ? `${id}-hint` : nothing}>
        <legend>${filter.label} <span class="key">${filter.attribute}</span></legend>
        ${hint}
        <ul class="checks">
          ${options.map(
            (option, i) => html`<li>
              <input
                type="checkbox"
                id=${`${id}-${i}`}
                .checked=${chosen.includes(option.value)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const now = (this.filters[filter.attribute] ?? []).filter((v) => v !== option.value);
                  this.setFilter(filter, on ? [...now, option.value] : now);
                }}
              />
              <label for=${`${id}-${i}`}>${option.label}</label>
            </li>`,
          )}
        </ul>
      </fieldset>`;
    }
    if (options) {
      return html`<div class="field">
        <label for=${id}>${filter.label} <span class="key">${filter.attribute}</span></label>
        ${hint}
        <select id=${id} aria-describedby=${filter.hint ? `${id}-hint` : nothing} @change=${(e: Event) => this.setFilter(filter, [(e.target as HTMLSelectElement).value].filter(Boolean))}>
          <option value="" ?selected=${chosen.length === 0}>${G.all}</option>
          ${options.map((option) => html`<option value=${option.value} ?selected=${chosen[0] === option.value}>${option.label}</option>`)}
        </select>
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${filter.label} <span class="key">${filter.attribute}</span></label>
      ${hint}
      <input
        id=${id}
        type="text"
        .value=${chosen.join(' ')}
        aria-describedby=${filter.hint ? `${id}-hint` : nothing}
        @input=${(e: Event) => this.setFilter(filter, (e.target as HTMLInputElement).value.split(/\s+/).filter(Boolean))}
      />
    </div>`;
  }

  private renderForm(): TemplateResult {
    const widget = this.widget;
    const badUrl = this.ownFeed && this.ownUrl.trim() !== '' && !this.feedUrl;
    return html`<form class="choices" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${G.widgetLegend}</legend>
        <ul class="radio-list stacked">
          ${EDITOR_WIDGETS.map(
            (w) => html`<li>
              <input
                type="radio"
                name="widget"
                id=${`widget-${w.kind}`}
                .checked=${w === widget}
                aria-describedby=${`widget-${w.kind}-uitleg`}
                @change=${() => {
                  this.widget = w;
                  this.filters = {};
                }}
              />
              <label for=${`widget-${w.kind}`}>${w.label} <span class="key">&lt;${w.tag}&gt;</span></label>
              <span class="hint option-hint" id=${`widget-${w.kind}-uitleg`}>${w.description}</span>
            </li>`,
          )}
        </ul>
      </fieldset>
      <fieldset>
        <legend>${G.feedLegend}</legend>
        <ul class="radio-list stacked">
          <li>
            <input type="radio" name="feed" id="feed-standaard" .checked=${!this.ownFeed} @change=${() => (this.ownFeed = false)} />
            <label for="feed-standaard">${G.defaultFeed(widget.defaultFeed)}</label>
          </li>
          <li>
            <input type="radio" name="feed" id="feed-eigen" .checked=${this.ownFeed} @change=${() => (this.ownFeed = true)} />
            <label for="feed-eigen">${G.ownFeed}</label>
          </li>
        </ul>
        <div class="field">
          <label for="feed-adres">${G.ownFeedLabel}</label>
          <p class="hint" id="feed-adres-hint">${G.ownFeedHint}</p>
          <input
            id="feed-adres"
            type="url"
            .value=${this.ownUrl}
            aria-describedby=${badUrl ? 'feed-adres-hint feed-status' : 'feed-adres-hint'}
            aria-invalid=${badUrl ? 'true' : nothing}
            @input=${(e: Event) => {
              this.ownUrl = (e.target as HTMLInputElement).value;
              this.ownFeed = this.ownUrl.trim() !== '';
            }}
          />
        </div>
        <p class="feed-status" id="feed-status" role="status">${this.feedStatus}</p>
      </fieldset>
      <fieldset>
        <legend>${G.levelLegend}</legend>
        <ul class="radio-list stacked">
          ${(['', ...LEVELS] as const).map(
            (level) => html`<li>
              <input type="radio" name="niveau" id=${`niveau-${level || 'pagina'}`} .checked=${this.level === level} @change=${() => (this.level = level)} />
              <label for=${`niveau-${level || 'pagina'}`}>${level ? LEVEL_NAMES[level] : G.pageLevel}</label>
            </li>`,
          )}
        </ul>
      </fieldset>
      <div class="field">
        <label for="taal">${G.langLabel}</label>
        <select id="taal" @change=${(e: Event) => (this.interfaceLang = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.interfaceLang === ''}>${G.pageLang}</option>
          ${LANGUAGES.map((l) => html`<option value=${l.code} lang=${l.code} ?selected=${this.interfaceLang === l.code}>${l.name}</option>`)}
        </select>
      </div>
      ${widget.filters.length
        ? html`<fieldset>
            <legend>${G.filtersLegend}</legend>
            ${widget.filters.map((filter) => this.filterField(filter))}
          </fieldset>`
        : nothing}
      <p class="checks single">
        <input type="checkbox" id="kiezer" .checked=${this.picker} @change=${(e: Event) => (this.picker = (e.target as HTMLInputElement).checked)} />
        <label for="kiezer">${G.picker}</label>
      </p>
      <div class="field">
        <label for="scripts">${G.scriptBase}</label>
        <p class="hint" id="scripts-hint">${G.scriptBaseHint}</p>
        <input id="scripts" type="url" .value=${this.scripts} aria-describedby="scripts-hint" @input=${(e: Event) => (this.scripts = (e.target as HTMLInputElement).value)} />
      </div>
    </form>`;
  }

  protected override render(): TemplateResult {
    const snippet = this.snippet;
    return html`<div class="base generator" lang="nl">
      <div class="choices-column">${this.renderForm()}</div>
      <div class="result-column">
        <section aria-labelledby="code-kop">
          <h2 id="code-kop">${G.snippetHeading}</h2>
          <p class="hint">${G.snippetHint}</p>
          ${snippet
            ? html`<pre class="snippet"><code id="code">${snippet}</code></pre>
                <p><button type="button" class="button" id="kopieer" @click=${() => this.copy()}>${G.copy}</button></p>`
            : html`<p>${G.noSnippet}</p>`}
        </section>
        <section aria-labelledby="voorbeeld-kop">
          <h2 id="voorbeeld-kop">${G.previewHeading}</h2>
          <div class="preview"></div>
        </section>
      </div>
      ${this.announcer.render()}
    </div>`;
  }
}
