import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import {
  QUESTION_PARTS,
  ageCount,
  answerInput,
  UNKNOWN,
  type AnswerInput,
  type AnswerProblem,
  type Answers,
  type Question,
  type QuestionPart,
} from '../../core/check.js';
import { formatEuro, formatNumber } from '../../core/format.js';
import type { Level } from '../../core/level.js';
import type { Locale } from '../../core/locale.js';

/**
 * The questions of the check, one per step, and "Controleer uw antwoorden".
 * @csspart step - Eén vraag van de check, met haar knoppen.
 * @csspart progress - "Deel 1 van 3: Uw huishouden · Vraag 2": een voortgang die niet verspringt.
 * @csspart question - De vraag zelf (kop).
 * @csspart next - De knop "Volgende".
 * @csspart previous - De knop "Vorige vraag".
 * @csspart check-start - Wat u vooraf moet weten: hoe lang het duurt, wat u bij de hand houdt, dat niets wordt verstuurd.
 * @csspart review - De pagina "Controleer uw antwoorden".
 * @csspart change - De knop "Wijzig" bij een antwoord.
 * @csspart confirm - De knop "Naar de uitslag".
 */

export interface QuestionText {
  label: string;
  hint?: string;
  /** Lists under the hint: what to count and what to leave out. */
  lists?: { title: string; items: string[] }[];
}

export interface QuestionContext {
  level: Level;
  locale: Locale;
  /** "de gemeente Twenterand" in Dutch; other languages get the name as published. */
  place: string;
  /** The kernen, so residents recognise where they live. */
  places: readonly string[];
  limit?: { amount: number; example: boolean };
}

/** A2 has its own words; B1 and C1 share theirs. */
export const simple = (level: Level) => level === 'a2';

/** The label of a radio option, by its value in the core's question table. */
export function optionLabel(question: Question, value: string, level: Level): string {
  const a2 = simple(level);
  if (value === UNKNOWN) return msg('Weet ik niet');
  if (question.type === 'yes-no') return value === 'yes' ? msg('Ja') : msg('Nee');
  switch (value) {
    case 'werk':
      return a2 ? msg('Van mijn werk', { id: 'option.werk.a2' }) : msg('Werk');
    case 'bijstand':
      return a2 ? msg('Bijstand van de gemeente', { id: 'option.bijstand.a2' }) : msg('Bijstand');
    case 'uitkering':
      return a2 ? msg('Een andere uitkering, zoals WW', { id: 'option.uitkering.a2' }) : msg('Een andere uitkering, zoals WW of WIA');
    case 'aow':
      return msg('AOW of pensioen');
    case 'studiefinanciering':
      return a2 ? msg('Geld voor mijn studie', { id: 'option.studie.a2' }) : msg('Studiefinanciering');
    case 'geen':
      return a2 ? msg('Ik krijg geen geld', { id: 'option.geen.a2' }) : msg('Ik heb geen inkomen');
    case 'anders':
      return msg('Iets anders');
    case '0':
      return a2 ? msg('Minder dan 1 jaar', { id: 'option.jaren0.a2' }) : msg('Korter dan 1 jaar');
    case '1':
      return a2 ? msg('Tussen 1 en 3 jaar', { id: 'option.jaren1.a2' }) : msg('1 jaar of langer, maar korter dan 3 jaar');
    case '3':
      return a2 ? msg('3 jaar of meer', { id: 'option.jaren3.a2' }) : msg('3 jaar of langer');
    default:
      return value;
  }
}

function listOf(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction'): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * The wording of each question (interface text, so it is translated): A2 has its own words,
 * B1 and C1 share theirs.
 */
export function questionText(question: Question, q: QuestionContext): QuestionText {
  const a2 = simple(q.level);
  const emptyIsUnknown = a2 ? msg('Weet u het niet? Laat het vak leeg.', { id: 'hint.empty.a2' }) : msg('Weet u het niet? Laat het leeg en ga verder.');
  switch (question.id) {
    case 'woonplaats': {
      const places = q.places.length ? listOf(q.places, q.locale, 'disjunction') : '';
      return {
        label: msg(str`Woont u in ${q.place}?`),
        hint: places ? msg(str`Bijvoorbeeld in ${places}.`) : undefined,
      };
    }
    case 'partner':
      return a2
        ? { label: msg('Heeft u een partner die bij u woont?', { id: 'q.partner.a2' }), hint: msg('Getrouwd of niet, dat maakt niet uit.', { id: 'hint.partner.a2' }) }
        : { label: msg('Woont u samen met een partner?'), hint: msg('Bijvoorbeeld getrouwd of samenwonend.') };
    case 'leeftijd':
      return a2 ? { label: msg('Hoe oud bent u?'), hint: msg('Bijvoorbeeld 45.', { id: 'hint.leeftijd.a2' }) } : { label: msg('Hoe oud bent u?'), hint: msg('In jaren.') };
    case 'kinderen':
      return a2
        ? { label: msg('Hoeveel kinderen wonen bij u thuis?', { id: 'q.kinderen.a2' }), hint: msg('Geen kinderen? Vul dan 0 in.', { id: 'hint.kinderen.a2' }) }
        : { label: msg('Hoeveel kinderen wonen bij u?'), hint: msg('Geen kinderen thuis? Vul 0 in.') };
    case 'kinderLeeftijden':
      return { label: a2 ? msg('Hoe oud is elk kind?', { id: 'q.leeftijden.a2' }) : msg('Hoe oud zijn de kinderen?'), hint: emptyIsUnknown };
    case 'inkomstenbron':
      return { label: a2 ? msg('Waar komt uw geld vandaan?', { id: 'q.bron.a2' }) : msg('Waar komt uw geld vooral vandaan?') };
    case 'inkomen': {
      const amount = q.limit ? formatEuro(q.limit.amount, q.locale) : '';
      const example = q.limit?.example ? ` (${msg('voorbeeldbedrag')})` : '';
      if (a2) {
        const limit = q.limit ? ` ${msg(str`De grens is ongeveer ${amount} per maand.`, { id: 'hint.grens.a2' })}${example}` : '';
        return {
          label: msg('Hoeveel geld krijgt u elke maand?', { id: 'q.inkomen.a2' }),
          hint: `${msg('Tel het geld van iedereen in uw huis bij elkaar. Het geld dat u echt krijgt.', { id: 'hint.inkomen.a2' })}${limit} ${emptyIsUnknown}`,
          lists: [
            { title: msg('Tel dit mee:', { id: 'list.mee.a2' }), items: [msg('loon van werk'), msg('uitkering of bijstand'), msg('AOW en pensioen')] },
            {
              title: msg('Tel dit niet mee:', { id: 'list.niet.a2' }),
              items: [
                msg('toeslagen. Een toeslag is geld voor huur of zorg.', { id: 'item.toeslag.a2' }),
                msg('kinderbijslag'),
                msg('kindgebonden budget'),
              ],
            },
          ],
        };
      }
      const limit = q.limit ? ` ${msg(str`Ter vergelijking: de grens voor uw huishouden is ongeveer ${amount} per maand.`)}${example}` : '';
      return {
        label: msg('Hoeveel geld komt er per maand binnen?'),
        hint: `${msg('Voor uw hele huishouden, na belasting (netto).')}${limit} ${emptyIsUnknown}`,
        lists: [
          { title: msg('Tel mee:'), items: [msg('loon van werk'), msg('uitkering of bijstand'), msg('AOW en pensioen')] },
          {
            title: msg('Tel niet mee:'),
            items: [msg('toeslagen, zoals huurtoeslag en zorgtoeslag'), msg('kinderbijslag'), msg('kindgebonden budget')],
          },
        ],
      };
    }
    case 'vermogen':
      return a2
        ? { label: msg('Hoeveel geld heeft u gespaard?', { id: 'q.vermogen.a2' }), hint: `${msg('Ook het geld van uw partner. Ongeveer is goed.', { id: 'hint.vermogen.a2' })} ${emptyIsUnknown}` }
        : { label: msg('Hoeveel spaargeld heeft u?'), hint: `${msg('Samen met uw partner. Ongeveer is goed genoeg.')} ${emptyIsUnknown}` };
    case 'jarenLaagInkomen':
      return a2
        ? { label: msg('Hoe lang heeft u al weinig geld?', { id: 'q.jaren.a2' }), hint: msg('Kies wat past.', { id: 'hint.jaren.a2' }) }
        : { label: msg('Hoe lang heeft u al een laag inkomen?'), hint: msg('Kies wat past. Bijvoorbeeld 2 jaar en 11 maanden: dat is korter dan 3 jaar.') };
    case 'studie':
      return { label: a2 ? msg('Gaat u naar school? Of studeert u?', { id: 'q.studie.a2' }) : msg('Gaat u naar school of studeert u?') };
    case 'beperking':
      return {
        label: a2
          ? msg('Kunt u door ziekte of een handicap niet werken naast school?', { id: 'q.beperking.a2' })
          : msg('Kunt u door ziekte of een handicap niet werken naast uw studie?'),
      };
    case 'geldzorgen':
      return { label: a2 ? msg('Heeft u schulden? Of zorgen over geld?', { id: 'q.zorgen.a2' }) : msg('Heeft u schulden of zorgen over geld?') };
    case 'bijzondereKosten':
      return a2
        ? {
            label: msg('Moet u iets betalen, maar lukt dat niet?', { id: 'q.kosten.a2' }),
            hint: msg('Bijvoorbeeld: uw wasmachine is kapot. Of u krijgt een rekening van de tandarts.', { id: 'hint.kosten.a2' }),
          }
        : { label: msg('Heeft u kosten die u niet kunt betalen?'), hint: msg('Bijvoorbeeld een kapotte wasmachine of een rekening van de tandarts.') };
  }
}

/** The name of a part of the check, for the progress. */
export function partLabel(part: QuestionPart): string {
  switch (part) {
    case 'huishouden':
      return msg('Uw huishouden');
    case 'geld':
      return msg('Uw geld');
    case 'situatie':
      return msg('Uw situatie');
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

/** An answer as the review page and the results say it. */
export function answerText(question: Question, answers: Answers, q: Pick<QuestionContext, 'level' | 'locale'>): string {
  const value = answers[question.id];
  if (value === undefined) return msg('Weet ik niet');
  switch (question.type) {
    case 'yes-no':
    case 'choice': {
      const option = question.options.find((o) => o.answer === value);
      return option ? optionLabel(question, option.value, q.level) : msg('Weet ik niet');
    }
    case 'number': {
      if (typeof value !== 'number') return msg('Weet ik niet');
      if (question.unit === 'euro-month') return msg(str`${formatEuro(value, q.locale)} per maand`);
      if (question.unit === 'euro') return formatEuro(value, q.locale);
      if (question.unit === 'years') return msg(str`${formatNumber(value, q.locale)} jaar`);
      return formatNumber(value, q.locale);
    }
    case 'ages': {
      const ages = Array.isArray(value) ? value.slice(0, ageCount(question, answers)) : [];
      return ages.length ? msg(str`${listOf(ages.map((age) => formatNumber(age, q.locale)), q.locale, 'conjunction')} jaar`) : msg('Weet ik niet');
    }
  }
}

interface FieldOptions {
  /** Prefix for the ids, so a second form on the page has its own. */
  prefix: string;
  /** The question as a heading (a step), or as plain text (inside a result). */
  heading: boolean;
  level: Level;
}

/** The field of one question, with its label, hint, lists and error, for a step or a result. */
export function questionField(question: Question, text: QuestionText, answers: Answers, error: string | undefined, ids: FieldOptions): TemplateResult {
  const p = ids.prefix;
  const shown = answerInput(question, answers);
  const hintId = text.hint || text.lists ? `${p}vraag-hint` : undefined;
  const errorId = error ? `${p}vraag-fout` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || nothing;
  const label = (forInput: boolean) => (forInput ? html`<label for=${`${p}antwoord`}>${text.label}</label>` : text.label);
  const title = (forInput = false) =>
    ids.heading
      ? html`<h3 class="question" id=${`${p}vraag`} tabindex="-1" part="question">${label(forInput)}</h3>`
      : html`<p class="question-inline" id=${`${p}vraag`}>${label(forInput)}</p>`;
  const hint =
    text.hint || text.lists
      ? html`<div class="hint" id=${`${p}vraag-hint`}>
          ${text.hint ? html`<p>${text.hint}</p>` : nothing}
          ${(text.lists ?? []).map((list) => html`<p class="hint-list-title">${list.title}</p><ul>${list.items.map((item) => html`<li>${item}</li>`)}</ul>`)}
        </div>`
      : nothing;
  const errorView = error ? html`<p class="field-error" id=${`${p}vraag-fout`}><span aria-hidden="true">⚠ </span>${error}</p>` : nothing;

  if (question.type === 'yes-no' || question.type === 'choice') {
    return html`<fieldset class="question-fieldset" aria-describedby=${describedBy}>
      <legend>${title()}</legend>
      ${hint} ${errorView}
      <div class="radios">
        ${question.options.map(
          (option) => html`<label class="radio">
            <input type="radio" name="answer" .value=${option.value} .checked=${shown === option.value} />
            <span>${optionLabel(question, option.value, ids.level)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
  if (question.type === 'ages') {
    const ages = Array.isArray(shown) ? shown : [];
    return html`<fieldset class="question-fieldset" aria-describedby=${describedBy}>
      <legend>${title()}</legend>
      ${hint} ${errorView}
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
  }
  const money = question.money;
  return html`<div class="question-field">
    ${title(true)} ${hint} ${errorView}
    <div class="input-row">
      ${money ? html`<span class="prefix" aria-hidden="true">€</span>` : nothing}
      <input
        id=${`${p}antwoord`}
        name="answer"
        type="text"
        inputmode=${money ? 'decimal' : 'numeric'}
        autocomplete="off"
        .value=${typeof shown === 'string' ? shown : ''}
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'}
      />
      ${question.type === 'number' && question.unit === 'years' ? html`<span>${msg('jaar')}</span>` : nothing}
    </div>
  </div>`;
}

/** Before the first question: how long it takes, what to have at hand, that nothing is sent. */
function checkStart(level: Level): TemplateResult {
  const a2 = simple(level);
  return html`<div class="check-intro" part="check-start">
    <p>
      ${a2
        ? msg('Geef een paar antwoorden. Dan ziet u welke hulp bij u past.', { id: 'start.intro.a2' })
        : msg('Beantwoord een paar vragen. Dan ziet u welke regelingen misschien bij u passen.')}
    </p>
    <ul>
      <li>${msg('Het duurt een paar minuten.')}</li>
      <li>
        ${a2
          ? msg('Pak erbij: hoeveel geld u elke maand krijgt.', { id: 'start.bijdehand.a2' })
          : msg('Houd bij de hand: hoeveel geld er per maand binnenkomt, na belasting (netto).')}
      </li>
      <li>
        ${a2
          ? msg('Uw antwoorden blijven op uw apparaat. Niemand ziet ze.', { id: 'start.privacy.a2' })
          : msg('Er wordt niets verstuurd. Uw antwoorden blijven op uw apparaat.')}
      </li>
    </ul>
  </div>`;
}

export interface StepView {
  question: Question;
  text: QuestionText;
  /** The question's number in the check; it does not change when later questions drop out. */
  number: number;
  answers: Answers;
  level: Level;
  error?: string;
  /** Changing one answer from the review page. */
  editing: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onBack: () => void;
  onReview: () => void;
}

export function stepView(view: StepView): unknown {
  const { question, text } = view;
  const part = QUESTION_PARTS.indexOf(question.part) + 1;
  // Keyed per question: a fresh form each step, so no checked radio or typed value carries over.
  return keyed(
    question.id,
    html`${view.number === 1 && !view.editing ? checkStart(view.level) : nothing}
      <form class="step" part="step" novalidate data-question=${question.id} @submit=${view.onSubmit}>
        <p class="progress" part="progress">
          <span>${msg(str`Deel ${part} van ${QUESTION_PARTS.length}: ${partLabel(question.part)}`)}</span>
          <span class="question-number">${msg(str`Vraag ${view.number}`)}</span>
          <progress max=${QUESTION_PARTS.length} .value=${part} aria-hidden="true"></progress>
        </p>
        ${questionField(question, text, view.answers, view.error, { prefix: '', heading: true, level: view.level })}
        <div class="step-buttons">
          <button type="submit" class="button" part="next">${view.editing ? msg('Opslaan') : msg('Volgende')}</button>
          ${view.editing
            ? html`<button type="button" class="button secondary" part="previous" @click=${view.onReview}>${msg('Terug naar uw antwoorden')}</button>`
            : view.number > 1
              ? html`<button type="button" class="button secondary" part="previous" @click=${view.onBack}>${msg('Vorige vraag')}</button>`
              : nothing}
        </div>
      </form>`,
  );
}

export interface ReviewView {
  path: readonly Question[];
  answers: Answers;
  textOf: (question: Question) => QuestionText;
  q: Pick<QuestionContext, 'level' | 'locale'>;
  onEdit: (question: Question) => void;
  onConfirm: () => void;
}

/** "Controleer uw antwoorden" (GOV.UK's check-answers pattern): each answer with a way to change it. */
export function reviewView(view: ReviewView): TemplateResult {
  const a2 = simple(view.q.level);
  return html`<section class="review" part="review" aria-labelledby="controleer">
    <h3 id="controleer" tabindex="-1">${msg('Controleer uw antwoorden')}</h3>
    <p>${a2 ? msg('Klopt alles? Ga dan naar de uitslag.', { id: 'review.intro.a2' }) : msg('Klopt alles? Dan ziet u hierna uw uitslag. Klopt iets niet? Kies dan "Wijzig".')}</p>
    <dl class="answers">
      ${view.path.map((question) => {
        const label = view.textOf(question).label;
        return html`<div class="answer-row">
          <dt>${label}</dt>
          <dd>${answerText(question, view.answers, view.q)}</dd>
          <dd class="answer-change">
            <button type="button" class="link-button" part="change" @click=${() => view.onEdit(question)}>
              ${msg('Wijzig')}<span class="visually-hidden">: ${label}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <p><button type="button" class="button" part="confirm" @click=${view.onConfirm}>${msg('Naar de uitslag')}</button></p>
  </section>`;
}
