import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  deriveFacts,
  evaluateRegelingen,
  groupResults,
  incomeLimit,
  questionPath,
  sanitizeAnswers,
  MAX_CHILDREN,
  type Answers,
  type Question,
} from '../../core/check.js';
import { parseAmount } from '../../core/format.js';
import { parseRegelingen } from '../../core/regelingen.js';
import { CATEGORIES, type Category, type Regeling, type RegelingenFeed } from '../../core/schemas/regelingen.js';
import type { TextSearch } from '../../core/search.js';
import { baseStyles } from '../shared/base.styles.js';
import { chipGroup } from '../shared/chips.js';
import { emit } from '../shared/events.js';
import { FeedController } from '../shared/feed-controller.js';
import { feedStatus } from '../shared/feed-status.js';
import { HelderElement } from '../shared/helder-element.js';
import { ReadAloudController } from '../shared/read-aloud.js';
import { card, categoryLabel, colophon, detail, type RenderContext } from './card.render.js';
import { answerFromOption, questionText, resultsView, stepView } from './check.render.js';
import { flyerView } from './flyer.render.js';
import { styles } from './regelingen.styles.js';

export type RegelingenView = 'overview' | 'check' | 'flyer';

const SAVED_ANSWERS_KEY = 'helder-check-antwoorden';
const HASH_PREFIX = '#regeling=';

/**
 * @tagname helder-regelingen
 * @summary De minimaregelingen van een gemeente, met een anonieme check "waar heb ik recht op?".
 *
 * @event helder-load - De feed is geladen. `detail.count`: het aantal getoonde regelingen.
 * @event helder-error - Een deel van de feed, of de hele feed, kon niet worden getoond. `detail.errors`: `{path, message}[]`; `detail.failure` als de hele feed mislukte.
 * @event helder-check-complete - De check is af. `detail`: de ids per groep (`wel`, `misschien`, `niet`), nooit de antwoorden.
 * @event helder-level-change - (van `<helder-taalniveau>`) de widget volgt het gekozen niveau als hij zelf geen `level` heeft.
 *
 * @slot - Een `<script type="application/json">` met de feed, als er geen `src` is.
 *
 * @csspart base - De buitenste container.
 * @csspart card - Een regeling in het overzicht.
 * @csspart title - De titel van een regeling.
 * @csspart filters - De knoppen per onderwerp.
 * @csspart filter - Eén onderwerpknop.
 * @csspart search - Het zoekveld.
 * @csspart step - Een vraag van de check.
 * @csspart results - De uitslag van de check.
 * @csspart detail - Alles over één regeling.
 * @csspart flyer - De printbare folder.
 * @csspart error - De melding als de feed niet kon worden geladen.
 * @csspart problems - De melding als een deel van de feed fouten had.
 *
 * @cssproperty --helder-color-accent - Kleur van links en knoppen.
 * @cssproperty --helder-color-surface - Achtergrond van de kaarten.
 * @cssproperty --helder-font-family - Lettertype.
 * @cssproperty --helder-radius - Afronding van kaarten en knoppen.
 */
export class HelderRegelingen extends HelderElement {
  static override styles = [baseStyles, styles];

  /** URL of a regelingen feed (JSON). */
  @property() src?: string;
  /** The feed as an object; wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout?: number;
  /** What to show first: `overview` (all regelingen), `check` (the questions) or `flyer` (print). */
  @property() view: RegelingenView = 'overview';
  /** Show only these categories (space separated), e.g. `kinderen school`. */
  @property() categories?: string;
  /** Show only this regeling (its id). */
  @property() regeling?: string;

  @state() private query = '';
  @state() private category: Category | '' = '';
  @state() private detailId?: string;
  @state() private answers: Answers = {};
  @state() private step = 0;
  @state() private showResults = false;
  @state() private stepError?: string;
  @state() private saveAnswers = false;
  @state() private announcement = '';
  /** Answers came from storage: open the check on its results once the feed is there. */
  private restored = false;

  private readonly feed = new FeedController<RegelingenFeed>(this, {
    parse: parseRegelingen,
    count: (feed) => this.visible(feed).length,
    inLocale: (fn) => this.inLocale(fn),
  });
  private readonly speech = new ReadAloudController(this);
  private search?: { feed: RegelingenFeed; index: TextSearch };
  private focusAfterRender?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // A deep link opens the detail, but focus stays where the page put it.
    this.onHashChange();
    this.focusAfterRender = undefined;
    this.restoreAnswers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
  }

  private readonly onHashChange = () => {
    const hash = window.location.hash;
    const id = hash.startsWith(HASH_PREFIX) ? decodeURIComponent(hash.slice(HASH_PREFIX.length)) : undefined;
    if (id === this.detailId) return;
    const previous = this.detailId;
    this.detailId = id;
    this.focusAfterRender = id ? 'detail' : previous ? `more:${previous}` : undefined;
  };

  /** The regelingen this element shows: the attribute filters, in feed order. */
  private visible(feed: RegelingenFeed): Regeling[] {
    const only = this.categories?.split(/[\s,]+/).filter(Boolean);
    return feed.regelingen.filter(
      (r) => (!this.regeling || r.id === this.regeling) && (!only?.length || r.categories.some((c) => only.includes(c))),
    );
  }

  /** Search code is fetched on first use (focus or typing): most visits never search. */
  private searchModule?: Promise<typeof import('../../core/search.js')>;
  private TextSearchClass?: typeof TextSearch;

  private loadSearch(): void {
    this.searchModule ??= import('../../core/search.js');
    this.searchModule.then(
      (module) => {
        if (this.TextSearchClass) return;
        this.TextSearchClass = module.TextSearch;
        if (this.query.trim()) {
          this.requestUpdate();
          this.announceCount();
        }
      },
      () => {
        this.searchModule = undefined; // try again on the next keystroke
      },
    );
  }

  private searchIndex(feed: RegelingenFeed): TextSearch | undefined {
    if (!this.TextSearchClass) {
      this.loadSearch();
      return undefined;
    }
    if (this.search?.feed !== feed) {
      const index = new this.TextSearchClass(
        feed.regelingen.map((r) => ({
          id: r.id,
          fields: { title: r.title, summary: r.summary, forWhom: r.forWhom, whatYouGet: r.whatYouGet, categories: r.categories },
        })),
        { title: 3, categories: 2 },
      );
      this.search = { feed, index };
    }
    return this.search.index;
  }

  /** The visible regelingen that match the search box, best match first. */
  private searched(feed: RegelingenFeed): Regeling[] {
    const list = this.visible(feed);
    const index = this.query.trim() ? this.searchIndex(feed) : undefined;
    if (!index) return list;
    const byId = new Map(list.map((r) => [r.id, r]));
    return index
      .search(this.query)
      .map((id) => byId.get(id))
      .filter((r): r is Regeling => r !== undefined);
  }

  /** The searched regelingen in the chosen category. */
  private filtered(feed: RegelingenFeed, searched = this.searched(feed)): Regeling[] {
    return this.category ? searched.filter((r) => r.categories.includes(this.category as Category)) : searched;
  }

  private get ctx(): RenderContext {
    return { level: this.effectiveLevel, locale: this.locale, speech: this.speech };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.restored && this.feed.feed) {
      this.restored = false;
      this.showResults = this.isComplete();
    }
    if (changed.has('view') && changed.get('view') !== undefined) this.focusAfterRender = 'view';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfterRender;
    if (!target) return;
    this.focusAfterRender = undefined;
    const root = this.renderRoot as ShadowRoot;
    const element = target.startsWith('more:')
      ? root.querySelector<HTMLElement>(`a.more[data-id="${CSS.escape(target.slice(5))}"]`)
      : root.querySelector<HTMLElement>(
          target === 'detail' ? '#detail-titel' : target === 'step' ? '#vraag' : target === 'results' ? '#uitslag' : '[data-focus]',
        );
    element?.focus();
  }

  // ----- overview -----

  private announceTimer?: ReturnType<typeof setTimeout>;

  private setQuery(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    // Announce once typing pauses, not at every key.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceCount(), 600);
  }

  private setCategory(value: string): void {
    this.category = value as Category | '';
    this.announceCount();
  }

  private announceCount(): void {
    const feed = this.feed.feed;
    if (!feed) return;
    const count = this.filtered(feed).length;
    this.announcement = this.inLocale(() =>
      count === 0 ? msg('Geen regelingen gevonden.') : count === 1 ? msg('1 regeling gevonden.') : msg(str`${count} regelingen gevonden.`),
    );
  }

  private openView(view: RegelingenView): void {
    this.view = view;
    if (view === 'check') {
      // Saved answers that already answer every question open on the results.
      this.step = 0;
      this.showResults = this.isComplete();
    }
  }

  private closeDetail(): void {
    const previous = this.detailId;
    history.pushState(null, '', `${location.pathname}${location.search}`);
    this.detailId = undefined;
    this.focusAfterRender = previous ? `more:${previous}` : undefined;
  }

  private renderOverview(feed: RegelingenFeed): TemplateResult {
    const ctx = this.ctx;
    const visible = this.visible(feed);
    const searched = this.searched(feed);
    const list = this.filtered(feed, searched);
    const used = CATEGORIES.filter((c) => visible.some((r) => r.categories.includes(c)));
    const options = [
      { value: '', label: msg('Alles'), count: searched.length },
      ...used.map((c) => ({ value: c, label: categoryLabel(c), count: searched.filter((r) => r.categories.includes(c)).length })),
    ];
    return html`<div class="overview" data-focus tabindex="-1">
      <div class="intro no-print">
        <p>${msg('Weinig geld? De gemeente en andere organisaties kunnen helpen. Hier ziet u alle regelingen. Doe de check om te zien wat bij u past.')}</p>
        <div class="intro-buttons">
          <button type="button" class="button" part="start-check" @click=${() => this.openView('check')}>${msg('Doe de check: waar heb ik recht op?')}</button>
          <button type="button" class="button secondary" part="open-flyer" @click=${() => this.openView('flyer')}>${msg('Folder om te printen')}</button>
        </div>
      </div>
      <div class="toolbar no-print">
        <label class="search-label" for="zoek">${msg('Zoek een regeling')}</label>
        <input
          id="zoek"
          class="search"
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @focus=${() => this.loadSearch()}
          @input=${this.setQuery}
        />
        ${used.length > 1 ? chipGroup(msg('Kies een onderwerp'), options, this.category, (v) => this.setCategory(v)) : nothing}
      </div>
      <p class="count" part="count">
        ${list.length === 0 ? msg('Geen regelingen gevonden.') : list.length === 1 ? msg('1 regeling') : msg(str`${list.length} regelingen`)}
      </p>
      ${list.length === 0 && (this.query || this.category)
        ? html`<p>
            <button type="button" class="button secondary" @click=${() => {
              this.query = '';
              this.category = '';
              this.announceCount();
            }}>${msg('Toon alle regelingen')}</button>
          </p>`
        : nothing}
      <ul class="cards" role="list">
        ${list.map((r) => html`<li>${card(r, ctx)}</li>`)}
      </ul>
      ${colophon(feed, ctx)}
    </div>`;
  }

  // ----- check -----

  private get path(): Question[] {
    const feed = this.feed.feed;
    return feed ? questionPath(this.answers, this.visible(feed), feed.norms) : [];
  }

  private isComplete(): boolean {
    const path = this.path;
    return path.length > 0 && path.every((q) => q.id in this.answers);
  }

  private restoreAnswers(): void {
    try {
      const saved = localStorage.getItem(SAVED_ANSWERS_KEY);
      if (saved) {
        this.answers = sanitizeAnswers(JSON.parse(saved));
        this.saveAnswers = true;
        this.restored = true;
      }
    } catch {
      // Storage blocked or unreadable: start empty.
    }
  }

  private persistAnswers(): void {
    try {
      if (this.saveAnswers) localStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify(this.answers));
      else localStorage.removeItem(SAVED_ANSWERS_KEY);
    } catch {
      // Not saved; the check still works in memory.
    }
  }

  private setAnswer(question: Question, value: Answers[keyof Answers]): void {
    this.answers = { ...this.answers, [question.id]: value };
    if (this.saveAnswers) this.persistAnswers();
  }

  private readAnswer(question: Question, form: HTMLFormElement): { ok: true; value: Answers[keyof Answers] } | { ok: false; error: string } {
    const data = new FormData(form);
    if (question.type === 'yes-no' || question.type === 'choice') {
      const value = data.get('answer');
      if (typeof value !== 'string') return { ok: false, error: msg('Kies een antwoord. Weet u het niet? Kies dan "Weet ik niet".') };
      return { ok: true, value: answerFromOption(question, value) };
    }
    if (question.type === 'ages') {
      const count = Math.min(typeof this.answers.kinderen === 'number' ? this.answers.kinderen : 0, MAX_CHILDREN);
      const ages: number[] = [];
      for (let i = 0; i < count; i++) {
        const raw = String(data.get(`age-${i}`) ?? '').trim();
        if (raw === '') return { ok: true, value: undefined };
        const age = parseAmount(raw);
        if (age === undefined || age > 99 || !Number.isInteger(age)) return { ok: false, error: msg(str`Vul bij kind ${i + 1} een leeftijd in jaren in, bijvoorbeeld 7.`) };
        ages.push(age);
      }
      return { ok: true, value: ages };
    }
    const raw = String(data.get('answer') ?? '').trim();
    if (raw === '') {
      if (question.id === 'leeftijd' || question.id === 'kinderen') return { ok: false, error: msg('Vul een getal in.') };
      return { ok: true, value: undefined };
    }
    const value = parseAmount(raw);
    const whole = question.id === 'leeftijd' || question.id === 'kinderen';
    if (value === undefined || (whole && !Number.isInteger(value))) {
      return { ok: false, error: whole ? msg('Vul een heel getal in, bijvoorbeeld 3.') : msg('Vul een bedrag in, bijvoorbeeld 1250.') };
    }
    if (question.id === 'leeftijd' && (value < 12 || value > 120)) return { ok: false, error: msg('Vul een leeftijd in tussen 12 en 120.') };
    if (question.id === 'kinderen' && value > MAX_CHILDREN) return { ok: false, error: msg(str`Vul een getal in van 0 tot ${MAX_CHILDREN}.`) };
    return { ok: true, value };
  }

  private onStepSubmit(event: SubmitEvent, question: Question): void {
    event.preventDefault();
    const result = this.inLocale(() => this.readAnswer(question, event.target as HTMLFormElement));
    if (!result.ok) {
      this.stepError = result.error;
      this.announcement = result.error;
      this.focusAfterRender = 'step';
      return;
    }
    this.stepError = undefined;
    this.setAnswer(question, result.value);
    const path = this.path;
    const index = path.findIndex((q) => q.id === question.id);
    if (index + 1 >= path.length) this.finishCheck();
    else this.goToStep(index + 1, path.length);
  }

  private goToStep(step: number, total = this.path.length): void {
    this.step = step;
    this.showResults = false;
    this.stepError = undefined;
    this.focusAfterRender = 'step';
    this.announcement = this.inLocale(() => msg(str`Vraag ${step + 1} van ${total}`));
  }

  private finishCheck(): void {
    const feed = this.feed.feed;
    if (!feed) return;
    this.showResults = true;
    this.focusAfterRender = 'results';
    const groups = groupResults(evaluateRegelingen(this.visible(feed), deriveFacts(this.answers, feed.norms)));
    this.announcement = this.inLocale(() =>
      msg(str`Uw uitslag: waarschijnlijk wel ${groups.wel.length}, misschien ${groups.misschien.length}, waarschijnlijk niet ${groups.niet.length}.`),
    );
    emit(this, 'helder-check-complete', {
      wel: groups.wel.map((r) => r.regeling.id),
      misschien: groups.misschien.map((r) => r.regeling.id),
      niet: groups.niet.map((r) => r.regeling.id),
    });
  }

  private restart(): void {
    this.answers = {};
    this.persistAnswers();
    this.goToStep(0);
  }

  private renderCheck(feed: RegelingenFeed): TemplateResult {
    const path = this.path;
    const back = html`<p class="no-print">
      <button type="button" class="button secondary" part="back" @click=${() => this.openView('overview')}>
        <span aria-hidden="true" class="arrow">←</span> ${msg('Alle regelingen')}
      </button>
    </p>`;
    const header = html`<h2 class="check-title" data-focus tabindex="-1">${msg('Check: waar heb ik recht op?')}</h2>`;
    if (this.showResults || path.length === 0) {
      const groups = groupResults(evaluateRegelingen(this.visible(feed), deriveFacts(this.answers, feed.norms)));
      return html`${back}${header}${resultsView({
        groups,
        ctx: this.ctx,
        exampleNorms: [...(feed.norms?.incomeNorms ?? []), ...(feed.norms?.assetLimits ?? [])].some((n) => n.example),
        saved: this.saveAnswers,
        onEdit: () => this.goToStep(Math.max(0, path.length - 1)),
        onRestart: () => this.restart(),
        onSaveChange: (save) => {
          this.saveAnswers = save;
          this.persistAnswers();
        },
      })}`;
    }
    const step = Math.min(this.step, path.length - 1);
    const question = path[step];
    // "Woont u in de gemeente Twenterand?" in Dutch; other languages get the name as published.
    const name = feed.publisher.name;
    const place = !name ? msg('deze gemeente') : this.locale === 'nl' ? name.replace(/^Gemeente /, 'de gemeente ') : name;
    return html`${back}${header}
      ${step === 0
        ? html`<p class="check-intro">
            ${msg('Beantwoord een paar vragen. Dan ziet u welke regelingen misschien bij u passen. Uw antwoorden blijven op uw apparaat. Niemand ziet ze.')}
          </p>`
        : nothing}
      ${stepView({
        question,
        text: questionText(question, { place, limit: incomeLimit(feed.norms, this.answers), locale: this.locale }),
        number: step + 1,
        total: path.length,
        answers: this.answers,
        error: this.stepError,
        onSubmit: (event) => this.onStepSubmit(event, question),
        onBack: () => this.goToStep(step - 1, path.length),
      })}`;
  }

  // ----- render -----

  protected renderContent(): TemplateResult {
    const feed = this.feed.feed;
    const status = feedStatus(this.feed, { loading: msg('De regelingen worden geladen…') });
    let body: TemplateResult | typeof nothing = nothing;
    if (feed) {
      const single = this.regeling ? feed.regelingen.find((r) => r.id === this.regeling) : undefined;
      const open = this.detailId ? this.visible(feed).find((r) => r.id === this.detailId) : undefined;
      if (this.regeling) {
        body = single ? detail(single, this.ctx) : html`<p>${msg(str`De regeling "${this.regeling}" staat niet in de lijst.`)}</p>`;
      } else if (open) {
        body = detail(open, this.ctx, () => this.closeDetail());
      } else if (this.view === 'check') {
        body = this.renderCheck(feed);
      } else if (this.view === 'flyer') {
        body = flyerView(feed, this.visible(feed), this.ctx, () => this.openView('overview'));
      } else {
        body = this.renderOverview(feed);
      }
    }
    // The loading message sits outside the busy region, so screen readers still read it.
    return html`${status}
      <div class="regelingen" aria-busy=${this.feed.status === 'loading' ? 'true' : 'false'}>${body}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}
