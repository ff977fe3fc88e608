import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { incomeLimit, type Question } from '../../core/check.js';
import { parseRegelingenAsync } from '../../core/regelingen.js';
import type { Category, Regeling, RegelingenFeed } from '../../core/schemas/regelingen.js';
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
import { detail, type RenderContext } from './card.render.js';
import { CheckController } from './check-controller.js';
import { answerProblemMessage, formInput, questionText, resultsView, stepView } from './check.render.js';
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
  private readonly route = new HashRouteController(this, 'regeling', (id, previous) =>
    // A deep link opens the detail; closing it returns to the card it came from.
    this.focusNext.after(id ? '#detail-titel' : previous ? `a.more[data-id="${CSS.escape(previous)}"]` : undefined),
  );
  private readonly search = new LazySearchController<RegelingenFeed>(this, {
    documents: (feed) =>
      feed.regelingen.map((r) => ({
        id: r.id,
        fields: { title: r.title, summary: r.summary, forWhom: r.forWhom, whatYouGet: r.whatYouGet, categories: r.categories },
      })),
    boosts: { title: 3, categories: 2 },
    onReady: () => {
      if (this.query.trim()) this.announceFound();
    },
  });
  private readonly check = new CheckController(this, () => {
    const feed = this.feed.feed;
    return feed ? { regelingen: this.visible(feed), norms: feed.norms } : undefined;
  });
  private readonly announcer = new AnnouncerController(this);
  private readonly focusNext = new FocusController(this);
  private readonly speech = new ReadAloudController(this);
  /** The feed the filters were last checked against. */
  private filteredFeed?: RegelingenFeed;

  constructor() {
    super();
    new PrintController(this, () => this.view !== 'overview' || this.check.showResults);
  }

  // ----- what is shown -----

  /** The regelingen this element shows: the attribute filters, in feed order. */
  private visible(feed: RegelingenFeed): Regeling[] {
    const only = this.categories?.split(/[\s,]+/).filter(Boolean);
    return feed.regelingen.filter(
      (r) => (!this.regeling || r.id === this.regeling) && (!only?.length || r.categories.some((c) => only.includes(c))),
    );
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

  private get ctx(): RenderContext {
    return { level: this.effectiveLevel, locale: this.locale, speech: this.speech, detailHref: (id) => this.route.href(id) };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const feed = this.feed.feed;
    // A category chosen in an earlier feed that this feed lacks would hide everything.
    if (feed && feed !== this.filteredFeed) {
      this.filteredFeed = feed;
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

  private onStepSubmit(event: SubmitEvent, question: Question): void {
    event.preventDefault();
    const result = this.check.submit(question, formInput(question, event.target as HTMLFormElement, this.check.answers));
    if (result === 'invalid') {
      this.focusNext.after('#vraag');
      this.announcer.announce(this.inLocale(() => answerProblemMessage(question, this.check.problem!)));
    } else if (result === 'done') this.finishCheck();
    else this.announceStep();
  }

  private goToStep(step: number): void {
    this.check.goTo(step);
    this.announceStep();
  }

  private announceStep(): void {
    this.focusNext.after('#vraag');
    const total = this.check.path.length;
    const step = Math.min(this.check.step, total - 1) + 1;
    this.announcer.announce(this.inLocale(() => msg(str`Vraag ${step} van ${total}`)));
  }

  private finishCheck(): void {
    const groups = this.check.results();
    if (!groups) return;
    this.focusNext.after('#uitslag');
    this.announcer.announce(
      this.inLocale(() => msg(str`Uw uitslag: waarschijnlijk wel ${groups.wel.length}, misschien ${groups.misschien.length}, waarschijnlijk niet ${groups.niet.length}.`)),
    );
    const ids = (list: typeof groups.wel) => list.map((r) => r.regeling.id);
    emit(this, 'helder-check-complete', { wel: ids(groups.wel), misschien: ids(groups.misschien), niet: ids(groups.niet) });
  }

  // ----- views -----

  private renderOverview(feed: RegelingenFeed): TemplateResult {
    const visible = this.visible(feed);
    const searched = this.searched(feed);
    return overviewView({
      feed,
      ctx: this.ctx,
      visible,
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

  private renderCheck(feed: RegelingenFeed): TemplateResult {
    const check = this.check;
    const path = check.path;
    const back = html`<p class="no-print">
      <button type="button" class="button secondary" part="back" @click=${() => this.openView('overview')}>
        <span aria-hidden="true" class="arrow">←</span> ${msg('Alle regelingen')}
      </button>
    </p>`;
    const header = html`<h2 class="check-title" data-focus tabindex="-1">${msg('Check: waar heb ik recht op?')}</h2>`;
    const groups = check.showResults || path.length === 0 ? check.results() : undefined;
    if (groups) {
      return html`${back}${header}${resultsView({
        groups,
        ctx: this.ctx,
        exampleNorms: [...(feed.norms?.incomeNorms ?? []), ...(feed.norms?.assetLimits ?? [])].some((n) => n.example),
        saved: check.saved,
        saveFailed: check.saveFailed,
        onEdit: () => this.goToStep(path.length - 1),
        onRestart: () => {
          check.restart();
          this.announceStep();
        },
        onSaveChange: (save) => check.setSaved(save),
      })}`;
    }
    const step = Math.min(check.step, path.length - 1);
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
        text: questionText(question, { place, limit: incomeLimit(feed.norms, check.answers), locale: this.locale }),
        number: step + 1,
        total: path.length,
        answers: check.answers,
        error: check.problem ? answerProblemMessage(question, check.problem) : undefined,
        onSubmit: (event) => this.onStepSubmit(event, question),
        onBack: () => this.goToStep(step - 1),
      })}`;
  }

  protected renderContent(): TemplateResult {
    const feed = this.feed.feed;
    const status = feedStatus(this.feed, { loading: msg('De regelingen worden geladen…') }, this.locale);
    let body: TemplateResult | typeof nothing = nothing;
    if (feed) {
      const open = this.route.value ? this.visible(feed).find((r) => r.id === this.route.value) : undefined;
      if (this.regeling) {
        const single = feed.regelingen.find((r) => r.id === this.regeling);
        body = single ? detail(single, this.ctx) : html`<p>${msg(str`De regeling "${this.regeling}" staat niet in de lijst.`)}</p>`;
      } else if (open) {
        body = detail(open, this.ctx, () => this.route.close());
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
      ${this.announcer.render()}`;
  }
}
