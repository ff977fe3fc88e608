import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { ageCount, answerInput, UNKNOWN, type AnswerInput, type AnswerProblem, type Answers, type CheckGroups, type Question, type RegelingResult } from '../../core/check.js';
import { formatEuro } from '../../core/format.js';
import { textAt } from '../../core/level.js';
import type { Outcome } from '../../core/rules.js';
import { levelInline } from '../shared/level-text.js';
import { amountView, nextStep, type RenderContext } from './card.render.js';

/**
 * Parts of the check and its results.
 * @csspart step - Eén vraag van de check, met haar knoppen.
 * @csspart progress - "Vraag 2 van 8" met de voortgangsbalk.
 * @csspart question - De vraag zelf (kop).
 * @csspart next - De knop "Volgende".
 * @csspart previous - De knop "Vorige vraag".
 * @csspart results - De uitslag van de check.
 * @csspart no-guarantee - De melding "Geen garantie" boven de uitslag.
 * @csspart group-wel - De groep "Waarschijnlijk wel".
 * @csspart group-misschien - De groep "Misschien".
 * @csspart group-niet - De groep "Waarschijnlijk niet".
 * @csspart result - Eén regeling in de uitslag.
 */

export interface QuestionText {
  label: string;
  hint?: string;
}

/** The label of a radio option, by its value in the core's question table. */
export function optionLabel(question: Question, value: string): string {
  if (value === UNKNOWN) return msg('Weet ik niet');
  if (question.type === 'yes-no') return value === 'yes' ? msg('Ja') : msg('Nee');
  switch (value) {
    case 'werk':
      return msg('Werk');
    case 'uitkering':
      return msg('Een uitkering, zoals bijstand of WW');
    case 'aow':
      return msg('AOW of pensioen');
    case 'studiefinanciering':
      return msg('Studiefinanciering');
    case 'geen':
      return msg('Ik heb geen inkomen');
    case 'anders':
      return msg('Iets anders');
    case '0':
      return msg('Korter dan 1 jaar');
    case '1':
      return msg('1 tot 3 jaar');
    case '3':
      return msg('3 jaar of langer');
    default:
      return value;
  }
}

/** The wording of each question (interface text, so it is translated). */
export function questionText(question: Question, context: { place: string; limit?: { amount: number; example: boolean }; locale: RenderContext['locale'] }): QuestionText {
  const emptyIsUnknown = msg('Weet u het niet? Laat het leeg en ga verder.');
  switch (question.id) {
    case 'woonplaats':
      return { label: msg(str`Woont u in ${context.place}?`) };
    case 'partner':
      return { label: msg('Woont u samen met een partner?'), hint: msg('Bijvoorbeeld getrouwd of samenwonend.') };
    case 'leeftijd':
      return { label: msg('Hoe oud bent u?'), hint: msg('In jaren.') };
    case 'kinderen':
      return { label: msg('Hoeveel kinderen wonen bij u?'), hint: msg('Geen kinderen thuis? Vul 0 in.') };
    case 'kinderLeeftijden':
      return { label: msg('Hoe oud zijn de kinderen?'), hint: emptyIsUnknown };
    case 'inkomstenbron':
      return { label: msg('Waar komt uw geld vooral vandaan?') };
    case 'inkomen': {
      const limit = context.limit
        ? ` ${msg(str`Ter vergelijking: de grens voor uw huishouden is ongeveer ${formatEuro(context.limit.amount, context.locale)} per maand.`)}${
            context.limit.example ? ` (${msg('voorbeeldbedrag')})` : ''
          }`
        : '';
      return {
        label: msg('Hoeveel geld komt er per maand binnen?'),
        hint: `${msg('Voor uw hele huishouden, na belasting (netto).')}${limit} ${emptyIsUnknown}`,
      };
    }
    case 'vermogen':
      return { label: msg('Hoeveel spaargeld heeft u?'), hint: `${msg('Samen met uw partner. Ongeveer is goed genoeg.')} ${emptyIsUnknown}` };
    case 'jarenLaagInkomen':
      return { label: msg('Hoe lang heeft u al een laag inkomen?') };
    case 'studie':
      return { label: msg('Gaat u naar school of studeert u?') };
    case 'beperking':
      return { label: msg('Kunt u door ziekte of een handicap niet werken naast uw studie?') };
    case 'geldzorgen':
      return { label: msg('Heeft u schulden of zorgen over geld?') };
    case 'bijzondereKosten':
      return {
        label: msg('Heeft u kosten die u niet kunt betalen?'),
        hint: msg('Bijvoorbeeld een kapotte wasmachine of een rekening van de tandarts.'),
      };
  }
}

/** What the form of one step holds, for the core's parseAnswer. */
export function formInput(question: Question, form: HTMLFormElement, answers: Answers): AnswerInput {
  const data = new FormData(form);
  if (question.type === 'ages') {
    return Array.from({ length: ageCount(question, answers) }, (_, i) => String(data.get(`age-${i}`) ?? ''));
  }
  const value = data.get('answer');
  return typeof value === 'string' ? value : undefined;
}

/** What was wrong with an answer, in words that say how to put it right. */
export function answerProblemMessage(question: Question, problem: AnswerProblem): string {
  switch (problem.code) {
    case 'choose-option':
      return msg('Kies een antwoord. Weet u het niet? Kies dan "Weet ik niet".');
    case 'required':
      return msg('Vul een getal in.');
    case 'child-age':
      return msg(str`Vul bij kind ${problem.params.child} een leeftijd in jaren in, bijvoorbeeld 7.`);
    case 'out-of-range': {
      const { min, max } = problem.params;
      return question.type === 'number' && question.unit === 'years'
        ? msg(str`Vul een leeftijd in tussen ${min} en ${max}.`)
        : msg(str`Vul een getal in van ${min} tot ${max}.`);
    }
    case 'not-a-number':
    case 'not-whole':
      return question.type === 'number' && question.money ? msg('Vul een bedrag in, bijvoorbeeld 1250.') : msg('Vul een heel getal in, bijvoorbeeld 3.');
  }
}

export interface StepView {
  question: Question;
  text: QuestionText;
  number: number;
  total: number;
  answers: Answers;
  error?: string;
  onSubmit: (event: SubmitEvent) => void;
  onBack: () => void;
}

export function stepView(view: StepView): unknown {
  const { question, text, answers } = view;
  // What the form shows for the answer given before: a chosen option, a number, one text per age.
  const shown = answerInput(question, answers);
  const hintId = text.hint ? 'vraag-hint' : undefined;
  const errorId = view.error ? 'vraag-fout' : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || nothing;
  const heading = (forInput = false) =>
    html`<h3 class="question" id="vraag" tabindex="-1" part="question">${forInput ? html`<label for="antwoord">${text.label}</label>` : text.label}</h3>`;
  const hint = text.hint ? html`<p class="hint" id="vraag-hint">${text.hint}</p>` : nothing;
  const error = view.error ? html`<p class="field-error" id="vraag-fout"><span aria-hidden="true">⚠ </span>${view.error}</p>` : nothing;

  let field: TemplateResult;
  if (question.type === 'yes-no' || question.type === 'choice') {
    field = html`<fieldset class="question-fieldset" aria-describedby=${describedBy}>
      <legend>${heading()}</legend>
      ${hint} ${error}
      <div class="radios">
        ${question.options.map(
          (option) => html`<label class="radio">
            <input type="radio" name="answer" .value=${option.value} .checked=${shown === option.value} />
            <span>${optionLabel(question, option.value)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  } else if (question.type === 'ages') {
    const ages = Array.isArray(shown) ? shown : [];
    field = html`<fieldset class="question-fieldset" aria-describedby=${describedBy}>
      <legend>${heading()}</legend>
      ${hint} ${error}
      <div class="ages">
        ${ages.map(
          (age, i) => html`<label class="age">
            <span>${msg(str`Kind ${i + 1}`)}</span>
            <input type="text" inputmode="numeric" name=${`age-${i}`} autocomplete="off" .value=${age} size="4" />
            <span>${msg('jaar')}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  } else {
    const money = question.money;
    field = html`<div class="question-field">
      ${heading(true)}
      ${hint} ${error}
      <div class="input-row">
        ${money ? html`<span class="prefix" aria-hidden="true">€</span>` : nothing}
        <input
          id="antwoord"
          name="answer"
          type="text"
          inputmode=${money ? 'decimal' : 'numeric'}
          autocomplete="off"
          .value=${typeof shown === 'string' ? shown : ''}
          aria-describedby=${describedBy}
          aria-invalid=${view.error ? 'true' : 'false'}
        />
        ${question.unit === 'years' ? html`<span>${msg('jaar')}</span>` : nothing}
      </div>
    </div>`;
  }

  // Keyed per question: a fresh form each step, so no checked radio or typed value carries over.
  return keyed(question.id, html`<form class="step" part="step" novalidate data-question=${question.id} @submit=${view.onSubmit}>
    <p class="progress" part="progress">
      ${msg(str`Vraag ${view.number} van ${view.total}`)}
      <progress max=${view.total} .value=${view.number} aria-hidden="true"></progress>
    </p>
    ${field}
    <div class="step-buttons">
      <button type="submit" class="button" part="next">${msg('Volgende')}</button>
      ${view.number > 1
        ? html`<button type="button" class="button secondary" part="previous" @click=${view.onBack}>${msg('Vorige vraag')}</button>`
        : nothing}
    </div>
  </form>`);
}

function reasonIcon(status: 'met' | 'not-met' | 'unknown'): TemplateResult {
  const icon = status === 'met' ? '✓' : status === 'not-met' ? '✗' : '?';
  const label = status === 'met' ? msg('Klopt:') : status === 'not-met' ? msg('Klopt niet:') : msg('Nog niet bekend:');
  return html`<span class="reason-icon" aria-hidden="true">${icon}</span><span class="visually-hidden">${label}</span>`;
}

function resultItem(result: RegelingResult, ctx: RenderContext): TemplateResult {
  const { regeling } = result;
  return html`<li class="result" part="result">
    <h4>${levelInline(regeling.title, ctx.level)}</h4>
    <ul class="reasons">
      ${result.reasons.map(
        (reason) => html`<li class=${`reason ${reason.status}`}>
          ${reasonIcon(reason.status)}
          <span>
            ${levelInline(reason.status === 'not-met' ? reason.condition.notMet : reason.condition.met, ctx.level)}
            ${reason.condition.example ? html`<span class="example-mark">${msg('voorbeeldvoorwaarde')}</span>` : nothing}
          </span>
        </li>`,
      )}
    </ul>
    ${result.outcome !== 'niet' ? html`${amountView(regeling, ctx)} ${nextStep(regeling, ctx)}` : nothing}
    <p class="no-print">
      <a href=${ctx.detailHref(regeling.id)}>${msg('Alles over deze regeling')}<span class="visually-hidden">: ${textAt(regeling.title, ctx.level)}</span></a>
    </p>
  </li>`;
}

export function groupTitle(outcome: Outcome): string {
  return outcome === 'wel' ? msg('Waarschijnlijk wel') : outcome === 'misschien' ? msg('Misschien') : msg('Waarschijnlijk niet');
}

function groupIntro(outcome: Outcome): string {
  return outcome === 'wel'
    ? msg('Op deze regelingen heeft u waarschijnlijk recht. Vraag ze aan!')
    : outcome === 'misschien'
      ? msg('Hier weten we nog niet alles voor. Vraag het na.')
      : msg('Op deze regelingen heeft u waarschijnlijk geen recht.');
}

export interface ResultsView {
  groups: CheckGroups;
  ctx: RenderContext;
  /** The income or savings limits in the feed are examples, not the gemeente's real amounts. */
  exampleNorms: boolean;
  saved: boolean;
  /** The resident ticked the box, but this device cannot keep the answers. */
  saveFailed: boolean;
  onEdit: () => void;
  onRestart: () => void;
  onSaveChange: (save: boolean) => void;
}

export function resultsView(view: ResultsView): TemplateResult {
  const { groups, ctx } = view;
  const order: Outcome[] = ['wel', 'misschien', 'niet'];
  return html`<section class="results" part="results" aria-labelledby="uitslag">
    <h3 id="uitslag" tabindex="-1">${msg('Uw uitslag')}</h3>
    <p class="notice" part="no-guarantee">
      <strong>${msg('Geen garantie.')}</strong>
      ${msg('Dit is een eerste indruk. De organisatie die de regeling uitvoert, beslist. Twijfelt u? Vraag het toch aan.')}
      ${view.exampleNorms ? msg('Deze check rekent met voorbeeldbedragen voor inkomen en spaargeld. Vraag de gemeente naar de echte grenzen.') : nothing}
    </p>
    <p class="summary-counts">
      ${msg(str`Waarschijnlijk wel: ${groups.wel.length}. Misschien: ${groups.misschien.length}. Waarschijnlijk niet: ${groups.niet.length}.`)}
    </p>
    ${order.map((outcome) =>
      groups[outcome].length
        ? html`<section class=${`group ${outcome}`} part=${`group-${outcome}`} aria-labelledby=${`groep-${outcome}`}>
            <h3 id=${`groep-${outcome}`}>${groupTitle(outcome)} <span class="count">(${groups[outcome].length})</span></h3>
            <p>${groupIntro(outcome)}</p>
            <ul class="result-list">
              ${groups[outcome].map((result) => resultItem(result, ctx))}
            </ul>
          </section>`
        : nothing,
    )}
    <div class="step-buttons no-print">
      <button type="button" class="button secondary" @click=${view.onEdit}>${msg('Antwoorden aanpassen')}</button>
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
