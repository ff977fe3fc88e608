import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import type { Answers, AnswerValue, CheckGroups, Question, RegelingResult } from '../../core/check.js';
import { formatEuro } from '../../core/format.js';
import { textAt } from '../../core/level.js';
import type { Outcome } from '../../core/rules.js';
import { levelInline } from '../shared/level-text.js';
import { amountView, nextStep, type RenderContext } from './card.render.js';

export interface QuestionText {
  label: string;
  hint?: string;
  options?: { value: string; label: string }[];
}

const UNKNOWN = 'onbekend';

/** The wording of each question (interface text, so it is translated). */
export function questionText(question: Question, context: { place: string; limit?: { amount: number; example: boolean }; locale: RenderContext['locale'] }): QuestionText {
  const yesNo = [
    { value: 'ja', label: msg('Ja') },
    { value: 'nee', label: msg('Nee') },
    { value: UNKNOWN, label: msg('Weet ik niet') },
  ];
  const emptyIsUnknown = msg('Weet u het niet? Laat het leeg en ga verder.');
  switch (question.id) {
    case 'woonplaats':
      return { label: msg(str`Woont u in ${context.place}?`), options: yesNo };
    case 'partner':
      return { label: msg('Woont u samen met een partner?'), hint: msg('Bijvoorbeeld getrouwd of samenwonend.'), options: yesNo };
    case 'leeftijd':
      return { label: msg('Hoe oud bent u?'), hint: msg('In jaren.') };
    case 'kinderen':
      return { label: msg('Hoeveel kinderen wonen bij u?'), hint: msg('Geen kinderen thuis? Vul 0 in.') };
    case 'kinderLeeftijden':
      return { label: msg('Hoe oud zijn de kinderen?'), hint: emptyIsUnknown };
    case 'inkomstenbron':
      return {
        label: msg('Waar komt uw geld vooral vandaan?'),
        options: [
          { value: 'werk', label: msg('Werk') },
          { value: 'uitkering', label: msg('Een uitkering, zoals bijstand of WW') },
          { value: 'aow', label: msg('AOW of pensioen') },
          { value: 'studiefinanciering', label: msg('Studiefinanciering') },
          { value: 'geen', label: msg('Ik heb geen inkomen') },
          { value: 'anders', label: msg('Iets anders') },
          { value: UNKNOWN, label: msg('Weet ik niet') },
        ],
      };
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
      return {
        label: msg('Hoe lang heeft u al een laag inkomen?'),
        options: [
          { value: '0', label: msg('Korter dan 1 jaar') },
          { value: '1', label: msg('1 tot 3 jaar') },
          { value: '3', label: msg('3 jaar of langer') },
          { value: UNKNOWN, label: msg('Weet ik niet') },
        ],
      };
    case 'studie':
      return { label: msg('Gaat u naar school of studeert u?'), options: yesNo };
    case 'beperking':
      return { label: msg('Kunt u door ziekte of een handicap niet werken naast uw studie?'), options: yesNo };
    case 'geldzorgen':
      return { label: msg('Heeft u schulden of zorgen over geld?'), options: yesNo };
    case 'bijzondereKosten':
      return {
        label: msg('Heeft u kosten die u niet kunt betalen?'),
        hint: msg('Bijvoorbeeld een kapotte wasmachine of een rekening van de tandarts.'),
        options: yesNo,
      };
  }
}

/** The radio value for a stored answer. */
export function optionValue(answer: AnswerValue, answered: boolean): string | undefined {
  if (!answered) return undefined;
  if (answer === undefined) return UNKNOWN;
  if (answer === true) return 'ja';
  if (answer === false) return 'nee';
  return String(answer);
}

/** Turns a chosen radio value back into an answer. */
export function answerFromOption(question: Question, value: string): AnswerValue {
  if (value === UNKNOWN) return undefined;
  if (question.type === 'yes-no') return value === 'ja';
  if (question.id === 'jarenLaagInkomen') return Number(value);
  return value;
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
  const answered = question.id in answers;
  const answer = answers[question.id];
  const hintId = text.hint ? 'vraag-hint' : undefined;
  const errorId = view.error ? 'vraag-fout' : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || nothing;
  const heading = (forInput = false) =>
    html`<h3 class="question" id="vraag" tabindex="-1" part="question">${forInput ? html`<label for="antwoord">${text.label}</label>` : text.label}</h3>`;
  const hint = text.hint ? html`<p class="hint" id="vraag-hint">${text.hint}</p>` : nothing;
  const error = view.error ? html`<p class="field-error" id="vraag-fout"><span aria-hidden="true">⚠ </span>${view.error}</p>` : nothing;

  let field: TemplateResult;
  if (text.options) {
    const checked = optionValue(answer, answered);
    field = html`<fieldset class="question-fieldset" aria-describedby=${describedBy}>
      <legend>${heading()}</legend>
      ${hint} ${error}
      <div class="radios">
        ${text.options.map(
          (option) => html`<label class="radio">
            <input type="radio" name="answer" .value=${option.value} .checked=${checked === option.value} />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  } else if (question.type === 'ages') {
    const count = typeof answers.kinderen === 'number' ? answers.kinderen : 0;
    const ages = Array.isArray(answer) ? answer : [];
    field = html`<fieldset class="question-fieldset" aria-describedby=${describedBy}>
      <legend>${heading()}</legend>
      ${hint} ${error}
      <div class="ages">
        ${Array.from(
          { length: count },
          (_, i) => html`<label class="age">
            <span>${msg(str`Kind ${i + 1}`)}</span>
            <input type="text" inputmode="numeric" name=${`age-${i}`} autocomplete="off" .value=${ages[i] !== undefined ? String(ages[i]) : ''} size="4" />
            <span>${msg('jaar')}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  } else {
    const money = question.id === 'inkomen' || question.id === 'vermogen';
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
          .value=${typeof answer === 'number' ? String(answer) : ''}
          aria-describedby=${describedBy}
          aria-invalid=${view.error ? 'true' : 'false'}
        />
        ${question.id === 'leeftijd' ? html`<span>${msg('jaar')}</span>` : nothing}
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
      <a href=${`#regeling=${encodeURIComponent(regeling.id)}`}>${msg('Alles over deze regeling')}<span class="visually-hidden">: ${textAt(regeling.title, ctx.level)}</span></a>
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
        <input type="checkbox" .checked=${view.saved} @change=${(e: Event) => view.onSaveChange((e.target as HTMLInputElement).checked)} />
        <span>${msg('Bewaar mijn antwoorden op dit apparaat')}</span>
      </label>
      <p class="hint">
        ${view.saved
          ? msg('Uw antwoorden staan nu op dit apparaat. Haal het vinkje weg om ze te wissen.')
          : msg('Uw antwoorden worden nergens naartoe gestuurd. Als u de pagina sluit, zijn ze weg.')}
      </p>
    </div>
  </section>`;
}
