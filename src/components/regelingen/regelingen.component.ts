import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { publisherContact, questionById, type Question } from '../../core/check.js';
import { REGELING_SEARCH_BOOSTS, parseRegelingenAsync, regelingSearchDocuments } from '../../core/regelingen.js';
import { CATEGORIES, type Category, type Regeling, type RegelingenFeed } from '../../core/schemas/regelingen.js';
import { AnnouncerController } from '../shared/announcer.js';
import { baseStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { emit } from '../shared/emit.js';
import { FeedController } from '../shared/feed-controller.js';
import { feedStatus } from '../shared/feed-status.js';
import { FocusController } from '../shared/focus.js';
import { HashRouteController } from '../shared/hash-route.js';
import { HelderElement } from '../shared/helder-element.js';
import { LazySearchController } from '../shared/lazy-search.js';
import { PrintController } from '../shared/print.js';
import { ReadAloudController } from '../shared/read-aloud.js';
import { contactView, detail, plainTitle, shownInDutch, type RenderContext } from './card.render.js';
import { CheckController } from './check-controller.js';
import { checkView, type CheckActions } from './check.render.js';
import { answerProblemMessage, formInput, type QuestionContext } from './question.render.js';
import { groupTitle } from './results.render.js';
import './events/helder-check-complete.js';
import { flyerView } from './flyer.render.js';
import { foundMessage, overviewView, usedCategories } from './overview.render.js';
import { styles } from './regelingen.styles.js';

export type RegelingenView = 'overview' | 'check' | 'flyer';

/**
 * @tagname helder-regelingen
 * @summary De minimaregelingen van een gemeente, met een anonieme check "waar heb ik recht op?".
 *
 * Its CSS parts and events are collected from the files it renders with (scripts/manifest.mjs).
 * @csspart notice-language - "De uitleg is in het Nederlands", als de interface een andere taal heeft.
 */
export class HelderRegelingen extends HelderElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** URL of a regelingen feed (JSON). */
  @property() src?: string;
  /** The feed as an object; wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** How long to wait for `src`, in milliseconds (1 to 300000; default 15000). */
  @property({ type: Number }) timeout?: number;
  /** What to show first: `overview` (all regelingen), `check` (the questions) or `flyer` (print). */
  @property() view: RegelingenView = 'overview';
  /** Show only these categories (space separated), e.g. `kinderen school`. */
  @property() categories?: string;
  /** Show only this regeling (its id). */
  @property() regeling?: string;

  @state() private query = '';
  @state() private category: Category | '' = '';

  private readonly feed = new FeedController<RegelingenFeed>(this, {
    parse: (value, options) => parseRegelingenAsync(value, options),
    count: (feed) => this.visible(feed).length,
    inLocale: (fn) => this.inLocale(fn),
  });
  private readonly route = new HashRouteController(this, 'regeling', (id, previous) => {
    // A deep link opens the detail; closing it (or Back) returns to the card or result it came from.
    this.returning = id ? undefined : previous;
    this.focusNext.after(id ? '#detail-titel' : previous ? `[data-return="${CSS.escape(previous)}"]` : undefined);
  });
  /** The regeling whose detail was just closed: its result is shown, even in a folded group. */
  private returning?: string;
  private readonly search = new LazySearchController<RegelingenFeed>(this, {
    documents: (feed) => regelingSearchDocuments(feed.regelingen),
    boosts: { ...REGELING_SEARCH_BOOSTS },
    onReady: () => {
      if (this.query.trim()) this.announceFound();
    },
  });
  private readonly check = new CheckController(this, () => {
    const feed = this.feed.feed;
    return feed ? { regelingen: this.visible(feed), norms: feed.norms, publisher: feed.publisher } : undefined;
  });
  private readonly announcer = new AnnouncerController(this);
  private readonly focusNext = new FocusController(this);
  private readonly speech = new ReadAloudController(this);
  /** The feed the filters were last checked against. */
  private filteredFeed?: RegelingenFeed;
  /** The last publisher shown: its contact stays beside "Opnieuw proberen" when a reload fails. */
  private knownPublisher?: RegelingenFeed['publisher'];

  constructor() {
    super();
    new PrintController(this, () => this.view !== 'overview' || this.check.showResults, undefined, { isolate: true });
  }

  // ----- what is shown -----

  private get only(): Category[] {
    const names = this.categories?.split(/[\s,]+/).filter(Boolean) ?? [];
    return CATEGORIES.filter((c) => names.includes(c));
  }

  /** The regelingen this element shows: the attribute filters, in feed order. */
  private visible(feed: RegelingenFeed): Regeling[] {
    const only = this.only;
    return feed.regelingen.filter((r) => (!this.regeling || r.id === this.regeling) && (!only.length || r.categories.some((c) => only.includes(c))));
  }

  /** The visible regelingen that match the search box, best match first. */
  private searched(feed: RegelingenFeed): Regeling[] {
    const list = this.visible(feed);
    const ids = this.search.search(feed, this.query);
    if (!ids) return list;
    const byId = new Map(list.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is Regeling => r !== undefined);
  }

  private filtered(searched: readonly Regeling[]): Regeling[] {
    const category = this.category;
    return category ? searched.filter((r) => r.categories.includes(category)) : [...searched];
  }

  private ctx(feed: RegelingenFeed): RenderContext {
    return { level: this.effectiveLevel, locale: this.locale, speech: this.speech, publisher: feed.publisher, detailHref: (id) => this.route.href(id) };
  }

  /** "Alle regelingen", or "Terug naar het overzicht" when this element shows only some. */
  private get backLabel(): string {
    return this.only.length ? msg('Terug naar het overzicht') : msg('Alle regelingen');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const feed = this.feed.feed;
    // A category chosen in an earlier feed that this feed lacks would hide everything.
    if (feed && feed !== this.filteredFeed) {
      this.filteredFeed = feed;
      this.knownPublisher = feed.publisher;
      if (this.category && !usedCategories(this.visible(feed)).includes(this.category)) this.category = '';
    }
    if (changed.has('view') && changed.get('view') !== undefined) this.focusNext.after('[data-focus]');
  }

  // ----- actions -----

  private announceFound(): void {
    const feed = this.feed.feed;
    if (feed) this.announcer.announce(this.inLocale(() => foundMessage(this.filtered(this.searched(feed)).length, this.locale)));
  }

  private openView(view: RegelingenView): void {
    this.view = view;
    if (view === 'check') this.check.start();
  }

  private announceStep(): void {
    this.focusNext.after('#vraag');
    const step = Math.min(this.check.step, this.check.path.length - 1) + 1;
    this.announcer.announce(this.inLocale(() => msg(str`Vraag ${step}`)));
  }

  private showReview(): void {
    this.check.review();
    this.focusNext.after('#controleer');
    this.announcer.announce(this.inLocale(() => msg('Controleer uw antwoorden')));
  }

  private finishCheck(): void {
    const outcome = this.check.outcome();
    if (!outcome) return;
    const { groups } = outcome;
    this.focusNext.after('#uitslag');
    this.announcer.announce(
      this.inLocale(() => msg(str`Uw uitslag: waarschijnlijk wel ${groups.wel.length}, misschien ${groups.misschien.length}, waarschijnlijk niet ${groups.niet.length}.`)),
    );
    this.emitComplete();
  }

  private emitComplete(): void {
    const groups = this.check.outcome()?.groups;
    if (!groups) return;
    const ids = (list: typeof groups.wel) => list.map((r) => r.regeling.id);
    emit(this, 'helder-check-complete', { wel: ids(groups.wel), misschien: ids(groups.misschien), niet: ids(groups.niet), al: ids(groups.al) });
  }

  private readonly checkActions: CheckActions = {
    onStepSubmit: (event, question) => {
      event.preventDefault();
      const result = this.check.submit(question, formInput(question, event.target as HTMLFormElement, this.check.answers));
      if (result === 'invalid') {
        this.focusNext.after('#vraag');
        this.announcer.announce(this.inLocale(() => answerProblemMessage(question, this.check.problem!)));
      } else if (result === 'review') this.showReview();
      else if (result === 'done') this.finishCheck();
      else this.announceStep();
    },
    onBack: (step) => {
      this.check.goTo(step);
      this.announceStep();
    },
    onReview: () => this.showReview(),
    onEdit: (question) => {
      this.check.edit(question.id);
      this.announceStep();
    },
    onConfirm: () => {
      this.check.showOutcome();
      this.finishCheck();
    },
    onRestart: () => {
      this.check.restart();
      this.announceStep();
    },
    onSaveChange: (save) => this.check.setSaved(save),
    onAnswerHere: (regeling, question) => {
      this.check.openInline(regeling, question.id);
      this.focusNext.after(question.type === 'number' ? '#los-antwoord' : '.inline-answer input');
    },
    onInlineSubmit: (event) => {
      event.preventDefault();
      const open = this.check.inline;
      if (!open) return;
      const question: Question = questionById(open.question);
      if (!this.check.submitInline(formInput(question, event.target as HTMLFormElement, this.check.answers))) {
        this.focusNext.after(question.type === 'number' ? '#los-antwoord' : '.inline-answer input');
        this.announcer.announce(this.inLocale(() => answerProblemMessage(question, this.check.inline!.problem!)));
        return;
      }
      // The result updates in place; focus follows the regeling to its (new) group.
      const result = this.check.outcome()?.results.find((r) => r.regeling.id === open.regeling);
      this.focusNext.after(`#resultaat-${CSS.escape(open.regeling)}`);
      if (result) {
        const group = result.received ? 'al' : result.outcome;
        this.announcer.announce(this.inLocale(() => msg(str`${plainTitle(result.regeling, { level: this.effectiveLevel, locale: this.locale })}: nu ${groupTitle(group)}.`)));
      }
      this.emitComplete();
    },
    onInlineCancel: () => this.check.closeInline(),
  };

  // ----- views -----

  private renderCheck(feed: RegelingenFeed, ctx: RenderContext): TemplateResult {
    // "Woont u in de gemeente Twenterand?" in Dutch; other languages get the name as published.
    const name = feed.publisher.name;
    const place = !name ? msg('deze gemeente') : this.locale === 'nl' ? name.replace(/^Gemeente /, 'de gemeente ') : name;
    const q: QuestionContext = { level: this.effectiveLevel, locale: this.locale, place, places: feed.publisher.places ?? [] };
    return html`<p class="no-print">
        <button type="button" class="button secondary" part="back" @click=${() => this.openView('overview')}>
          <span aria-hidden="true" class="arrow">←</span> ${this.backLabel}
        </button>
      </p>
      <h2 class="check-title" data-focus tabindex="-1">${msg('Check: waar heb ik recht op?')}</h2>
      ${checkView(this.check, feed, ctx, q, this.checkActions, this.returning)}`;
  }

  private renderOverview(feed: RegelingenFeed, ctx: RenderContext): TemplateResult {
    const searched = this.searched(feed);
    return overviewView({
      feed,
      ctx,
      visible: this.visible(feed),
      only: this.only,
      searched,
      list: this.filtered(searched),
      query: this.query,
      category: this.category,
      onQuery: (query) => {
        this.query = query;
        this.announcer.announceLater(() => this.inLocale(() => foundMessage(this.filtered(this.searched(feed)).length, this.locale)));
      },
      onSearchFocus: () => this.search.load(),
      onCategory: (category) => {
        this.category = category as Category | '';
        this.announceFound();
      },
      onShowAll: () => {
        this.query = '';
        this.category = '';
        this.announceFound();
      },
      onStartCheck: () => this.openView('check'),
      onOpenFlyer: () => this.openView('flyer'),
    });
  }

  /** Feed texts are Dutch unless translated: say so in the interface language. */
  private languageNotice(shown: readonly Regeling[]): TemplateResult | typeof nothing {
    if (this.locale === 'nl' || !shown.some((r) => shownInDutch(r, this.locale))) return nothing;
    return html`<p class="notice language-notice" part="notice-language">${msg('De uitleg over de regelingen is in het Nederlands.')}</p>`;
  }

  private failureContact(): TemplateResult {
    const publisher = this.knownPublisher;
    if (!publisher?.name) return html`<p>${msg('Heeft u nu een vraag? Neem dan contact op met uw gemeente.')}</p>`;
    const ctx = { level: this.effectiveLevel, locale: this.locale, speech: this.speech, publisher, detailHref: (id: string) => this.route.href(id) };
    const contact = contactView(publisherContact(publisher), publisher.name, ctx);
    return html`<p>${msg('Heeft u nu een vraag? Neem contact op met')} <span lang="nl">${publisher.name}</span>.</p>${contact}`;
  }

  protected renderContent(): TemplateResult {
    const feed = this.feed.feed;
    const status = feedStatus(
      this.feed,
      { loading: msg('De regelingen worden geladen…'), failed: msg('De regelingen kunnen nu niet worden geladen.'), contact: this.failureContact() },
      this.locale,
    );
    let body: TemplateResult | typeof nothing = nothing;
    if (feed) {
      const ctx = this.ctx(feed);
      const open = this.route.value ? this.visible(feed).find((r) => r.id === this.route.value) : undefined;
      if (this.regeling) {
        const single = feed.regelingen.find((r) => r.id === this.regeling);
        body = single
          ? html`${this.languageNotice([single])}${detail(single, ctx)}`
          : html`<p>${msg(str`De regeling "${this.regeling}" staat niet in de lijst.`)}</p>`;
      } else if (open) {
        // Back from a detail opened in the results returns to the results, and says so.
        const label = this.view === 'check' && this.check.showResults ? msg('Terug naar uw uitslag') : this.backLabel;
        body = html`${this.languageNotice([open])}${detail(open, ctx, { label, onBack: () => this.route.close() })}`;
      } else if (this.view === 'check') {
        body = html`${this.languageNotice(this.visible(feed))}${this.renderCheck(feed, ctx)}`;
      } else if (this.view === 'flyer') {
        body = html`${this.languageNotice(this.visible(feed))}${flyerView(feed, this.visible(feed), ctx, () => this.openView('overview'), this.backLabel)}`;
      } else {
        body = html`${this.languageNotice(this.visible(feed))}${this.renderOverview(feed, ctx)}`;
      }
    }
    // The loading message sits outside the busy region, so screen readers still read it.
    return html`${status}
      <div class="regelingen" aria-busy=${this.feed.status === 'loading' ? 'true' : 'false'}>${body}</div>
      ${this.announcer.render()}`;
  }
}
