import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  incomeLimit,
  missingQuestions,
  publisherContact,
  type Answers,
  type NextStep,
  type Question,
  type RegelingReason,
  type RegelingResult,
} from '../../core/check.js';
import { formatEuro, formatNumber } from '../../core/format.js';
import type { Level } from '../../core/level.js';
import type { Outcome } from '../../core/rules.js';
import type { RegelingenFeed } from '../../core/schemas/regelingen.js';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import { contactView, nextStep, plainTitle, titleView, statusView, type RenderContext } from './card.render.js';
import type { CheckController, CheckOutcome } from './check-controller.js';
import { answerProblemMessage, questionField, simple, type QuestionText } from './question.render.js';

/**
 * The results of the check: the next steps first, then the regelingen by group.
 * @csspart results - De uitslag van de check.
 * @csspart no-guarantee - De melding "Geen garantie" boven de uitslag.
 * @csspart next-steps - "Uw volgende stappen": één tot drie dingen om te doen, per organisatie.
 * @csspart next-steps-item - Eén volgende stap: wie u belt of bezoekt, en waarover.
 * @csspart basis - Waar de check mee rekende: uw inkomen, de grens, wat voor alle regelingen geldt.
 * @csspart group-al - De groep "Dit krijgt u al".
 * @csspart group-wel - De groep "Waarschijnlijk wel".
 * @csspart group-misschien - De groep "Misschien".
 * @csspart group-niet - De groep "Waarschijnlijk niet" (ingeklapt).
 * @csspart result - Eén regeling in de uitslag.
 * @csspart answer-here - De knop "Beantwoord deze vraag" bij een regeling onder "Misschien".
 * @csspart inline-answer - Het formulier om die vraag in de uitslag te beantwoorden.
 */

export function groupTitle(outcome: Outcome | 'al'): string {
  switch (outcome) {
    case 'al':
      return msg('Dit krijgt u al');
    case 'wel':
      return msg('Waarschijnlijk wel');
    case 'misschien':
      return msg('Misschien');
    case 'niet':
      return msg('Waarschijnlijk niet');
  }
}

function groupIntro(outcome: Outcome | 'al', level: Level): string {
  const a2 = simple(level);
  switch (outcome) {
    case 'al':
      return a2 ? msg('U zei dat u dit al krijgt. U hoeft het niet weer te vragen.', { id: 'group.al.a2' }) : msg('U zei dat u dit al krijgt. U hoeft het niet opnieuw aan te vragen.');
    case 'wel':
      return a2 ? msg('Dit kunt u waarschijnlijk krijgen. Vraag het aan!', { id: 'group.wel.a2' }) : msg('Op deze regelingen heeft u waarschijnlijk recht. Vraag ze aan!');
    case 'misschien':
      return a2
        ? msg('Hier weten we nog te weinig van. Geef nog een antwoord. Of vraag het na.', { id: 'group.misschien.a2' })
        : msg('Hier weten we nog niet genoeg van. Beantwoord een vraag die nog openstaat, of vraag het na.');
    case 'niet':
      return a2
        ? msg('Dit krijgt u waarschijnlijk niet. Twijfelt u? Vraag het toch.', { id: 'group.niet.a2' })
        : msg('Op deze regelingen heeft u waarschijnlijk geen recht. Twijfelt u? Vraag het toch na.');
  }
}

export interface ResultsView {
  outcome: CheckOutcome;
  feed: RegelingenFeed;
  ctx: RenderContext;
  answers: Answers;
  /** The question open inside a result, with its problem. */
  inline?: CheckController['inline'];
  textOf: (question: Question) => QuestionText;
  saved: boolean;
  /** The resident ticked the box, but this device cannot keep the answers. */
  saveFailed: boolean;
  onReview: () => void;
  onRestart: () => void;
  onSaveChange: (save: boolean) => void;
  onAnswerHere: (regeling: string, question: Question) => void;
  onInlineSubmit: (event: SubmitEvent) => void;
  onInlineCancel: () => void;
  /** A regeling to show, even when its group is folded (coming back from its detail). */
  reveal?: string;
}

function reasonList(lead: string, items: readonly TemplateResult[], icon: string, kind: string): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<p class=${`reason-lead ${kind}`}>${lead}</p>
    <ul class="reasons">
      ${items.map((item) => html`<li class=${`reason ${kind}`}><span class="reason-icon" aria-hidden="true">${icon}</span><span>${item}</span></li>`)}
    </ul>`;
}

function missingView(result: RegelingResult, reasons: readonly RegelingReason[], view: ResultsView): TemplateResult | typeof nothing {
  const { ctx } = view;
  const questions = missingQuestions(result, view.answers);
  const unknown = reasons.filter((r) => r.kind === 'unknown');
  if (unknown.length === 0) return nothing;
  const id = result.regeling.id;
  // Conditions no open question can settle (a feed without norms): say them as open, never as met.
  const items: TemplateResult[] =
    questions.length > 0
      ? questions.map((question) => {
          const label = view.textOf(question).label;
          const open = view.inline?.regeling === id && view.inline.question === question.id;
          return html`<span>${label}</span>
            ${open
              ? html`<form class="inline-answer" part="inline-answer" novalidate data-question=${question.id} @submit=${view.onInlineSubmit}>
                  ${questionField(
                    question,
                    view.textOf(question),
                    view.answers,
                    view.inline?.problem ? answerProblemMessage(question, view.inline.problem) : undefined,
                    { prefix: 'los-', heading: false, level: ctx.level },
                  )}
                  <div class="step-buttons">
                    <button type="submit" class="button">${msg('Opslaan')}</button>
                    <button type="button" class="button secondary" @click=${view.onInlineCancel}>${msg('Annuleren')}</button>
                  </div>
                </form>`
              : html`<button type="button" class="button secondary small" part="answer-here" @click=${() => view.onAnswerHere(id, question)}>
                  ${msg('Beantwoord deze vraag')}<span class="visually-hidden">: ${label}</span>
                </button>`}`;
        })
      : unknown.map((r) => levelInline(r.condition.met, ctx.level) as TemplateResult);
  return reasonList(msg('Dit weten we nog niet:'), items, '?', 'unknown');
}

/** Said after an example condition that is not met. */
function exampleNote(level: Level): TemplateResult {
  return html`<span class="example-reason"
    >${simple(level) ? msg('Dit is een voorbeeld. Vraag het na.', { id: 'reason.voorbeeld.a2' }) : msg('Dit is een voorbeeldvoorwaarde; vraag het na.')}</span
  >`;
}

const ICONS: Readonly<Record<string, string>> = { met: '✓', 'not-met': '✗', 'example-not-met': '!', 'not-now': 'i' };

function resultItem(result: RegelingResult, group: Outcome | 'al', shared: readonly string[], view: ResultsView): TemplateResult {
  const { regeling } = result;
  const { ctx } = view;
  // Shared conditions are said once above the groups; an open one stays, with its question.
  const reasons = result.reasons.filter((r) => !shared.includes(r.condition.id) || r.kind === 'unknown');
  const text = (r: RegelingReason) => levelInline(r.status === 'met' ? r.condition.met : r.condition.notMet, ctx.level) as TemplateResult;
  const title = plainTitle(regeling, ctx);
  return html`<li class="result" part="result">
    <h5 id=${`resultaat-${regeling.id}`} tabindex="-1" data-return=${regeling.id}>${titleView(regeling, ctx)}</h5>
    ${statusView(regeling)}
    ${group === 'niet'
      ? reasonList(msg('Waarom waarschijnlijk niet:'), reasons.filter((r) => r.kind === 'not-met').map(text), '✗', 'not-met')
      : group === 'al'
        ? nothing
        : html`${reasonList(msg('Dit klopt:'), reasons.filter((r) => r.kind === 'met').map(text), '✓', 'met')}
          ${reasonList(
            msg('Vraag dit na:'),
            reasons
              .filter((r) => r.kind === 'example-not-met')
              .map((r) => html`${text(r)} ${exampleNote(ctx.level)}`),
            '!',
            'example',
          )}
          ${reasonList(msg('Goed om te weten:'), reasons.filter((r) => r.kind === 'not-now').map(text), 'i', 'not-now')}
          ${missingView(result, reasons, view)}`}
    ${group === 'al'
      ? html`<p>${msg('Vragen hierover? Neem contact op met')} <span lang="nl">${regeling.apply?.organisation ?? ctx.publisher.name}</span>.</p>`
      : nextStep(regeling, ctx, { contact: false })}
    <p class="no-print">
      <a href=${ctx.detailHref(regeling.id)}>${msg('Lees meer')}<span class="visually-hidden">: ${title}</span></a>
    </p>
  </li>`;
}

function stepItem(step: NextStep, view: ResultsView, index: number): TemplateResult {
  const { ctx } = view;
  const name = step.contact.fromPublisher ? view.feed.publisher.name : step.organisation;
  return html`<li class="next-steps-item" part="next-steps-item">
    <h5 id=${`stap-${index}`}>${msg(str`Neem contact op met ${step.organisation}`)}</h5>
    ${step.results.length
      ? html`<p>${step.results.length > 1 ? msg('Vraag naar deze regelingen. Dat kan in één gesprek:') : msg('Vraag naar:')}</p>
          <ul class="ask-for">
            ${step.results.map((r) =>
              r.regeling.apply?.url
                ? html`<li><a href=${r.regeling.apply.url} rel="noopener" part="apply-link">${titleView(r.regeling, ctx)}</a></li>`
                : html`<li>${titleView(r.regeling, ctx)}</li>`,
            )}
          </ul>`
      : nothing}
    ${contactView(step.contact, name, ctx)}
    ${step.bring.length ? html`<p class="hint-list-title">${msg('Neem mee:')}</p>${step.bring.map((b) => levelBlocks(b, ctx.level))}` : nothing}
  </li>`;
}

function nextStepsView(outcome: CheckOutcome, elsewhere: boolean, view: ResultsView): TemplateResult {
  const publisher = view.feed.publisher;
  let items: TemplateResult[];
  if (elsewhere) {
    items = [
      html`<li class="next-steps-item" part="next-steps-item">
        <h5>${msg('Neem contact op met uw eigen gemeente')}</h5>
        <p>${msg('Vraag naar hulp bij weinig geld.')}</p>
      </li>`,
    ];
  } else if (outcome.steps.length) {
    items = outcome.steps.map((step, i) => stepItem(step, view, i));
  } else {
    // Nothing fits for sure: the publisher is still the door to knock on.
    items = [
      stepItem(
        { organisation: publisher.name, results: outcome.groups.wel.filter((r) => r.regeling.openToAll), contact: publisherContact(publisher), bring: [] },
        view,
        0,
      ),
    ];
  }
  return html`<section class="next-steps" part="next-steps" aria-labelledby="stappen">
    <h4 id="stappen">${msg('Uw volgende stappen')}</h4>
    <ol class="steps-list">
      ${items}
    </ol>
  </section>`;
}

/** What the check computed with: the income given, the limit, what holds for every regeling. */
function basisView(outcome: CheckOutcome, view: ResultsView): TemplateResult | typeof nothing {
  const { ctx, answers, feed } = view;
  const a2 = simple(ctx.level);
  // Read the shared conditions from a regeling that is not open to all: there a condition counts fully.
  const first = outcome.results.find((r) => !r.regeling.openToAll) ?? outcome.results[0];
  const shared = first ? first.reasons.filter((r) => outcome.shared.includes(r.condition.id) && r.kind !== 'unknown') : [];
  const income = typeof answers.inkomen === 'number' ? formatEuro(answers.inkomen, ctx.locale) : undefined;
  const limit = incomeLimit(feed.norms, answers);
  if (!income && shared.length === 0) return nothing;
  return html`<div class="basis" part="basis">
    <p class="reason-lead">${a2 ? msg('Hiermee rekent de check:', { id: 'basis.lead.a2' }) : msg('Waar de check mee rekent:')}</p>
    <ul class="reasons">
      ${shared.map(
        (r) => html`<li class=${`reason ${r.kind}`}>
          <span class="reason-icon" aria-hidden="true">${ICONS[r.kind]}</span
          ><span>${levelInline(r.kind === 'met' ? r.condition.met : r.condition.notMet, ctx.level)} ${r.kind === 'example-not-met' ? exampleNote(ctx.level) : nothing}</span>
        </li>`,
      )}
      ${income
        ? html`<li class="reason">
            <span class="reason-icon" aria-hidden="true">€</span>
            <span>
              ${a2
                ? msg(str`Uw geld per maand: ${income}. Zonder toeslagen, kinderbijslag en kindgebonden budget.`, { id: 'basis.inkomen.a2' })
                : msg(str`Uw inkomen: ${income} per maand, netto. Zonder toeslagen, kinderbijslag en kindgebonden budget.`)}
              ${limit
                ? html`${a2
                    ? msg(str`De grens is ongeveer ${formatEuro(limit.amount, ctx.locale)} per maand.`, { id: 'basis.grens.a2' })
                    : msg(str`De grens voor uw huishouden is ongeveer ${formatEuro(limit.amount, ctx.locale)} per maand.`)}
                  ${limit.example ? html`<span class="example-mark">${msg('voorbeeldbedrag')}</span>` : nothing}`
                : nothing}
            </span>
          </li>`
        : nothing}
    </ul>
    <p><button type="button" class="link-button" @click=${view.onReview}>${msg('Klopt dit niet? Pas uw antwoorden aan.')}</button></p>
  </div>`;
}

export function resultsView(view: ResultsView): TemplateResult {
  const { outcome, ctx } = view;
  const { groups } = outcome;
  const a2 = simple(ctx.level);
  const first = outcome.results[0];
  // Someone from elsewhere: every regeling shares the place condition, and it is not met.
  const elsewhere = !!first && first.reasons.some((r) => outcome.shared.includes(r.condition.id) && r.kind === 'not-met');
  const exampleNorms = [...(view.feed.norms?.incomeNorms ?? []), ...(view.feed.norms?.assetLimits ?? [])].some((n) => n.example);
  const examples = outcome.results.some((r) => r.reasons.some((reason) => reason.kind === 'example-not-met'));
  const shared = outcome.shared;
  const group = (name: 'al' | 'wel' | 'misschien') =>
    groups[name].length
      ? html`<section class=${`group ${name}`} part=${`group-${name}`} aria-labelledby=${`groep-${name}`}>
          <h4 id=${`groep-${name}`}>${groupTitle(name)} <span class="count">(${formatNumber(groups[name].length, ctx.locale)})</span></h4>
          <p>${groupIntro(name, ctx.level)}</p>
          <ul class="result-list">
            ${groups[name].map((result) => resultItem(result, name, shared, view))}
          </ul>
        </section>`
      : nothing;
  return html`<section class="results" part="results" aria-labelledby="uitslag">
    <h3 id="uitslag" tabindex="-1">${msg('Uw uitslag')}</h3>
    ${elsewhere ? html`<p class="notice elsewhere">${msg('Deze regelingen zijn voor inwoners van de gemeente. Uw eigen gemeente heeft vaak vergelijkbare hulp.')}</p>` : nothing}
    ${nextStepsView(outcome, elsewhere, view)}
    <p class="notice" part="no-guarantee">
      <strong>${a2 ? msg('Dit is geen belofte.', { id: 'nogarantie.a2' }) : msg('Geen garantie.')}</strong>
      ${a2
        ? msg('De organisatie die helpt, beslist. Twijfelt u? Vraag het toch.', { id: 'nogarantie.tekst.a2' })
        : msg('Dit is een eerste indruk. De organisatie die de regeling uitvoert, beslist. Twijfelt u? Vraag het toch aan.')}
      ${exampleNorms ? msg('Deze check rekent met voorbeeldbedragen voor inkomen en spaargeld. Vraag de gemeente naar de echte grenzen.') : nothing}
      ${examples
        ? a2
          ? msg('Sommige voorwaarden zijn een voorbeeld. Daarom staat er soms "misschien".', { id: 'voorbeeld.a2' })
          : msg('Sommige voorwaarden zijn voorbeelden: ze staan niet in de stukken van de gemeente. Klopt zo\'n voorwaarde niet, dan zegt de check "misschien".')
        : nothing}
    </p>
    <p class="summary-counts">
      ${msg(str`Waarschijnlijk wel: ${groups.wel.length}. Misschien: ${groups.misschien.length}. Waarschijnlijk niet: ${groups.niet.length}.`)}
      ${groups.al.length ? msg(str`Dit krijgt u al: ${groups.al.length}.`) : nothing}
    </p>
    ${basisView(outcome, view)} ${group('al')} ${group('wel')} ${group('misschien')}
    ${groups.niet.length
      ? html`<section class="group niet" part="group-niet" aria-labelledby="groep-niet">
          <h4 id="groep-niet">${groupTitle('niet')} <span class="count">(${formatNumber(groups.niet.length, ctx.locale)})</span></h4>
          <p>${groupIntro('niet', ctx.level)}</p>
          <details class="niet-details" ?open=${groups.niet.some((r) => r.regeling.id === view.reveal)}>
            <summary>${msg('Toon deze regelingen')}</summary>
            <ul class="result-list">
              ${groups.niet.map((result) => resultItem(result, 'niet', shared, view))}
            </ul>
          </details>
        </section>`
      : nothing}
    <div class="step-buttons no-print">
      <button type="button" class="button secondary" @click=${view.onReview}>${msg('Antwoorden aanpassen')}</button>
      <button type="button" class="button secondary" @click=${() => window.print()}>${msg('Uitslag printen')}</button>
      <button type="button" class="button secondary" @click=${view.onRestart}>${msg('Opnieuw beginnen')}</button>
    </div>
    <div class="save no-print">
      <label class="checkbox">
        <input type="checkbox" .checked=${live(view.saved)} @change=${(e: Event) => view.onSaveChange((e.target as HTMLInputElement).checked)} />
        <span>${msg('Bewaar mijn antwoorden op dit apparaat')}</span>
      </label>
      <p class="hint" role=${view.saveFailed ? 'alert' : nothing}>
        ${view.saveFailed
          ? msg('Dit apparaat kan uw antwoorden niet bewaren. Ze blijven alleen staan zolang deze pagina open is.')
          : view.saved
            ? msg('Uw antwoorden staan nu op dit apparaat. Haal het vinkje weg om ze te wissen.')
            : msg('Uw antwoorden worden nergens naartoe gestuurd. Als u de pagina sluit, zijn ze weg.')}
      </p>
    </div>
  </section>`;
}
