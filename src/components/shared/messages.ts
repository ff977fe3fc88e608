import { msg, str } from '@lit/localize';
import type { Locale } from '../../core/locale.js';
import type { FeedFailure, FeedProblem, ProblemParams } from '../../core/problems.js';
import { formatNumber } from '../../core/format.js';

/**
 * The core's codes and values, said in the interface language. Call these inside the element's
 * locale (render, or `inLocale`), so msg() picks the right translation.
 */

const param = (params: ProblemParams | undefined, name: string): string => String(params?.[name] ?? '');

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return msg('een tekst');
    case 'number':
      return msg('een getal');
    case 'integer':
      return msg('een heel getal');
    case 'boolean':
      return msg('true of false');
    case 'object':
      return msg('een object');
    case 'array':
      return msg('een lijst');
    case 'null':
      return 'null';
    default:
      return msg('niets');
  }
}

/** One problem in a feed, for the editor who wrote it. */
export function problemMessage(problem: FeedProblem): string {
  const p = problem.params;
  const hint = p?.hint ? ` ${param(p, 'hint')}` : '';
  switch (problem.code) {
    case 'required':
      return msg(str`Het veld "${param(p, 'field')}" ontbreekt.`);
    case 'unknown-field':
      return msg(str`Onbekend veld "${param(p, 'field')}".`);
    case 'type':
      return msg(str`Hier hoort ${typeName(param(p, 'expected'))}, maar er staat ${typeName(param(p, 'actual'))}.`);
    case 'enum':
      return msg(str`Onbekende waarde ${param(p, 'value')}. Kies uit: ${param(p, 'options')}.`);
    case 'const':
      return msg(str`Hier hoort ${param(p, 'expected')}.`);
    case 'shape':
      return msg(str`Deze waarde heeft niet de juiste vorm.`) + hint;
    case 'pattern':
      return msg(str`De vorm klopt niet.`) + hint;
    case 'empty-text':
      return msg('Deze tekst is leeg.');
    case 'empty-list':
      return msg('Deze lijst is leeg.');
    case 'object-fields':
      return msg('Hier hoort een object met precies de verwachte velden.');
    case 'duplicate-in-list':
      return msg('Deze lijst noemt iets dubbel.');
    case 'too-small':
      return msg(str`Dit getal is te klein: het kleinste is ${param(p, 'min')}.`);
    case 'too-large':
      return msg(str`Dit getal is te groot: het grootste is ${param(p, 'max')}.`);
    case 'too-long':
      return msg(str`Dit is te lang: het meeste is ${param(p, 'max')}.`);
    case 'number-out-of-range':
      return msg('Dit getal is te groot om te lezen.');
    case 'too-many-values':
      return msg(str`Dit onderdeel is te groot (meer dan ${param(p, 'max')} waarden); het is overgeslagen.`);
    case 'too-deep':
      return msg(str`Dit is te diep genest (meer dan ${param(p, 'max')} niveaus); het is overgeslagen.`);
    case 'unreadable':
      return msg('Deze waarde kan niet worden gelezen.');
    case 'invalid':
      return msg(str`Deze waarde voldoet niet aan de regel "${param(p, 'keyword')}".`);
    case 'duplicate-id':
      return msg(str`De id "${param(p, 'id')}" komt al eerder voor; dit onderdeel is overgeslagen.`);
    case 'unsafe-link':
      return msg(str`De link "${param(p, 'value')}" is weggelaten: alleen http- en https-links mogen.`);
    case 'not-email':
      return msg(str`"${param(p, 'value')}" is geen e-mailadres en is weggelaten.`);
    case 'not-phone':
      return msg(str`"${param(p, 'value')}" is geen telefoonnummer en is weggelaten.`);
    case 'unknown-fact':
      return msg(str`De check kent het antwoord "${param(p, 'fact')}" niet. Bekend zijn: ${param(p, 'known')}.`);
    case 'rule-cycle':
      return msg('De regel verwijst naar zichzelf.');
    case 'rule-too-deep':
      return msg(str`De regel is te diep genest (meer dan ${param(p, 'max')} niveaus).`);
    case 'rule-too-large':
      return msg(str`De regel is te groot (meer dan ${param(p, 'max')} onderdelen).`);
    case 'rule-empty-operation':
      return msg('Lege bewerking: een bewerking is een object met precies één sleutel, zoals {"var": "leeftijd"}.');
    case 'rule-many-keys':
      return msg(str`Een bewerking heeft precies één sleutel, zoals {"var": "leeftijd"}; dit object heeft er ${param(p, 'count')}: ${param(p, 'keys')}.`);
    case 'rule-unknown-operator':
      return msg(str`Onbekende bewerking "${param(p, 'operator')}". Toegestaan: ${param(p, 'allowed')}.`);
    case 'rule-arity': {
      const min = Number(p?.min ?? 0);
      const max = Number(p?.max ?? 0);
      const expected = max < 0 ? msg(str`minstens ${min}`) : min === max ? String(min) : msg(str`${min} of ${max}`);
      return msg(str`"${param(p, 'operator')}" verwacht ${expected} waarden, maar kreeg er ${param(p, 'count')}.`);
    }
    case 'rule-var-name':
      return msg('De naam bij "var" moet tekst zijn, zoals {"var": "leeftijd"}.');
    case 'rule-bad-value':
      return msg('Ongeldige waarde: gebruik tekst, een getal, true, false, null, een lijst of een bewerking.');
    case 'rule-unreadable':
      return msg('De regel kan niet worden gelezen.');
  }
}

/** Why a whole feed failed, for the editor (the resident sees a calm notice). */
export function failureMessage(failure: FeedFailure, locale: Locale): string {
  const url = failure.url ?? '';
  const detail = failure.detail ?? '';
  switch (failure.kind) {
    case 'bad-url':
      return msg(str`"${url}" is geen geldig webadres.`);
    case 'http':
      return msg(str`De server gaf foutcode ${String(failure.status ?? '')} voor ${url}.`);
    case 'timeout':
      return msg(str`${url} gaf na ${formatNumber((failure.timeoutMs ?? 0) / 1000, locale)} seconden geen antwoord.`);
    case 'network':
      return msg(str`${url} kon niet worden opgehaald (${detail}).`);
    case 'empty':
      return msg('De feed is leeg.');
    case 'not-json':
      return msg(str`De feed is geen geldige JSON (${detail}).`);
    case 'wrong-kind':
      return msg(str`Dit is geen feed van de soort "${failure.expected ?? ''}".`);
  }
}

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message with a count, in the plural form the interface language needs (Ukrainian and Arabic
 * have more than two). Each form is its own message, so translators can fill in every form;
 * Dutch and English use `one` and `other`.
 */
export function plural(locale: Locale, count: number, forms: Record<PluralCategory, () => string>): string {
  const category = new Intl.PluralRules(locale).select(count) as PluralCategory;
  return forms[category]();
}
