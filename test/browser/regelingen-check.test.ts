import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderRegelingen } from '../../src/components/regelingen/regelingen.component.js';
import { $, $$, deepActiveElement, expectAccessible, resetPage, settle, text, until } from './helpers.js';
import { DATA_URL, smallFeed, twenterand } from './fixtures.js';

/**
 * Issue 7: the check and its results. Residents who may qualify are never sent away, and every
 * result shows the way to help. Keyboard only, at 360 px, with axe in every new state.
 */

const LEVELS = ['a2', 'b1', 'c1'] as const;

type Answer = { option?: number; typed?: string[] };

async function loaded(element: HelderRegelingen): Promise<HelderRegelingen> {
  await until(() => !!element.shadowRoot?.querySelector('.cards, .detail, .step, .flyer, .results, .review, [part=error]'), 'widget did not render');
  await settle(element);
  return element;
}

async function widget(attrs: { view?: string; level?: string; lang?: string; categories?: string } = {}): Promise<HelderRegelingen> {
  return loaded(
    await fixture<HelderRegelingen>(
      html`<helder-regelingen
        src=${DATA_URL}
        view=${attrs.view ?? 'overview'}
        level=${attrs.level ?? 'b1'}
        lang=${attrs.lang ?? 'nl'}
        categories=${attrs.categories ?? ''}
      ></helder-regelingen>`,
    ),
  );
}

function currentQuestion(element: HelderRegelingen): string | undefined {
  return element.shadowRoot!.querySelector<HTMLFormElement>('form.step')?.dataset.question;
}

/** Answers one question with the keyboard only: Tab, Space and arrows, or typing, then Enter. */
async function answerByKeyboard(element: HelderRegelingen, answer: Answer | undefined): Promise<void> {
  await sendKeys({ press: 'Tab' });
  if (answer?.typed) {
    for (let i = 0; i < answer.typed.length; i++) {
      if (i > 0) await sendKeys({ press: 'Tab' });
      await sendKeys({ type: answer.typed[i]! });
    }
    await sendKeys({ press: 'Enter' });
  } else {
    // No answer given: "Weet ik niet", the last option, or an empty field.
    const radios = $$(element, 'form.step input[type=radio]').length;
    if (radios) {
      const option = answer?.option ?? radios - 1;
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < option; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' });
  }
  await settle(element);
}

/** Walks the check by keyboard from the first question to the review page. */
async function walk(element: HelderRegelingen, answers: Record<string, Answer>): Promise<string[]> {
  // Start where a resident starts: on the heading of the check (the focus after "Doe de check").
  if (!element.shadowRoot!.activeElement) ($(element, '.check-title') as HTMLElement).focus();
  const seen: string[] = [];
  for (let guard = 0; guard < 20 && currentQuestion(element); guard++) {
    const id = currentQuestion(element)!;
    seen.push(id);
    await answerByKeyboard(element, answers[id]);
  }
  return seen;
}

/** Presses a button or link by keyboard: focus, then Enter. */
async function press(element: HelderRegelingen, selector: string): Promise<void> {
  ($(element, selector) as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  await settle(element);
}

/** A single mother on bijstand with two children (walk-through 1 of the issue). */
const MOTHER: Record<string, Answer> = {
  woonplaats: { option: 0 },
  partner: { option: 1 },
  leeftijd: { typed: ['35'] },
  kinderen: { typed: ['2'] },
  kinderLeeftijden: { typed: ['8', '14'] },
  inkomstenbron: { option: 1 }, // bijstand
  inkomen: { typed: ['1400'] },
  vermogen: { typed: ['500'] },
  jarenLaagInkomen: { option: 2 },
  studie: { option: 1 },
  geldzorgen: { option: 0 },
  bijzondereKosten: { option: 1 },
};

/** A 70-year-old on AOW whose washing machine broke (walk-through 2 of the issue). */
const AOW: Record<string, Answer> = {
  woonplaats: { option: 0 },
  partner: { option: 1 },
  leeftijd: { typed: ['70'] },
  kinderen: { typed: ['0'] },
  inkomstenbron: { option: 3 }, // AOW of pensioen
  inkomen: { typed: ['1450'] },
  vermogen: { typed: ['3000'] },
  jarenLaagInkomen: { option: 2 },
  studie: { option: 1 },
  geldzorgen: { option: 1 },
  bijzondereKosten: { option: 0 },
};

/** "Uw volgende stappen" holds a concrete action: whom to contact, and a way to reach them. */
function expectConcreteStep(element: HelderRegelingen): void {
  const steps = $(element, '[part=next-steps]');
  // The results start with it.
  expect($(element, '#uitslag').nextElementSibling).to.equal(steps);
  expect(steps.querySelector('h4')?.textContent).to.equal('Uw volgende stappen');
  const first = steps.querySelector('[part=next-steps-item]')!;
  expect(first.querySelector('h5')!.textContent).to.match(/^Neem contact op met /);
  const link = first.querySelector<HTMLAnchorElement>('a[href^="http"], a[href^="tel:"], a[href^="mailto:"]');
  expect(link, 'a link, phone or e-mail in the first step').not.to.equal(null);
}

function groupIds(element: HelderRegelingen, group: string): string[] {
  return $$(element, `[part=group-${group}] [data-return]`).map((h) => h.dataset.return!);
}

describe('<helder-regelingen> check: the walk-throughs of issue 7, by keyboard at 360 px', () => {
  beforeEach(async () => {
    resetPage();
    await setViewport({ width: 360, height: 800 });
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('a single mother on bijstand with two children ends with a concrete next step, and is not asked to apply for bijstand', async () => {
    const element = await widget();
    await press(element, '[part=start-check]');
    expect(text(element, '[part=check-start]')).to.contain('een paar minuten').and.contain('netto').and.contain('Er wordt niets verstuurd');
    const seen = await walk(element, MOTHER);
    expect(seen).to.include.members(['kinderLeeftijden', 'inkomen', 'geldzorgen']);
    // Controleer uw antwoorden, then the result.
    expect(deepActiveElement()?.id).to.equal('controleer');
    expect(text(element, '[part=review]')).to.contain('€ 1.400 per maand').and.contain('8 en 14 jaar').and.contain('Bijstand');
    const complete = oneEvent(element, 'helder-check-complete');
    await press(element, '[part=confirm]');
    const { detail } = await complete;
    expect(detail.al).to.deep.equal(['bijstandsuitkering']);
    expect(deepActiveElement()?.id).to.equal('uitslag');
    expectConcreteStep(element);
    // Money worries first: the Meldpunt is the first step.
    expect(text(element, '[part=next-steps-item]')).to.contain('Meldpunt Geldzorgen');
    expect(text(element, '[part=next-steps]')).not.to.contain('Bijstandsuitkering');
    expect(groupIds(element, 'al')).to.deep.equal(['bijstandsuitkering']);
    expect(text(element, '[part=group-al]')).not.to.contain('U vraagt bijstand aan');
    // The amount used is said, and what it leaves out.
    expect(text(element, '[part=basis]')).to.contain('€ 1.400').and.contain('Zonder toeslagen, kinderbijslag en kindgebonden budget');
    // Living in the gemeente is said once, not in every result.
    expect(text(element, '[part=basis]')).to.contain('U woont in de gemeente Twenterand.');
    expect(text(element, '[part=group-wel]')).not.to.contain('U woont in de gemeente Twenterand.');
    await expectAccessible(element);
  });

  it('a 70-year-old on AOW whose washing machine broke is pointed to bijzondere bijstand, with whom to contact', async () => {
    const element = await widget({ view: 'check' });
    await walk(element, AOW);
    await press(element, '[part=confirm]');
    expectConcreteStep(element);
    expect(text(element, '[part=next-steps]')).to.contain('Bijzondere bijstand');
    expect(groupIds(element, 'wel')).to.include('bijzondere-bijstand');
    // Examples never send her away: the AOW age limit of the inkomenstoeslag is an example.
    expect(groupIds(element, 'misschien')).to.include('individuele-inkomenstoeslag');
    expect(text(element, '[part=group-misschien]')).to.contain('Dit is een voorbeeldvoorwaarde; vraag het na.');
    await expectAccessible(element);
  });

  it('someone who answers "weet ik niet" everywhere still finishes with something to do', async () => {
    const element = await widget({ view: 'check' });
    await walk(element, { leeftijd: { typed: ['40'] }, kinderen: { typed: ['0'] } });
    await press(element, '[part=confirm]');
    expectConcreteStep(element);
    expect(groupIds(element, 'niet')).not.to.include('meldpunt-geldzorgen');
    await expectAccessible(element);
  });
});

describe('<helder-regelingen> check: answering from "Misschien"', () => {
  beforeEach(resetPage);

  it('says which answer is missing, takes it in place, and moves the regeling', async () => {
    const element = await widget({ view: 'check' });
    await walk(element, { ...MOTHER, inkomstenbron: { option: 0 }, vermogen: { typed: [] } });
    await press(element, '[part=confirm]');
    expect(groupIds(element, 'misschien')).to.include('meedoenregeling');
    const meedoen = () => $(element, '#resultaat-meedoenregeling').closest('[part=result]') as HTMLElement;
    expect(meedoen().textContent).to.contain('Dit weten we nog niet:').and.contain('Hoeveel spaargeld heeft u?');
    // Opening the question moves focus into its field.
    ($(element, '#resultaat-meedoenregeling').closest('[part=result]')!.querySelector('[part=answer-here]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(deepActiveElement()?.id).to.equal('los-antwoord');
    await expectAccessible(element);
    // A wrong answer is explained next to the field.
    await sendKeys({ type: 'veel' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text(element, '[part=inline-answer] .field-error')).to.contain('bedrag');
    await expectAccessible(element);
    ($(element, '#los-antwoord') as HTMLInputElement).value = '';
    await sendKeys({ type: '500' });
    const complete = oneEvent(element, 'helder-check-complete');
    await sendKeys({ press: 'Enter' });
    const { detail } = await complete;
    await settle(element);
    expect(detail.wel).to.include('meedoenregeling');
    expect(groupIds(element, 'wel')).to.include('meedoenregeling');
    expect(groupIds(element, 'misschien')).not.to.include('meedoenregeling');
    expect(deepActiveElement()?.id).to.equal('resultaat-meedoenregeling');
    expect(text(element, '[role=status][aria-live]')).to.contain('nu Waarschijnlijk wel');
    await expectAccessible(element);
  });
});

describe('<helder-regelingen> check: "Controleer uw antwoorden"', () => {
  beforeEach(resetPage);

  for (const level of LEVELS) {
    for (const lang of ['nl', 'ar']) {
      it(`lists every answer with a way to change it, accessibly (${level}, ${lang})`, async () => {
        const element = await widget({ view: 'check', level, lang });
        await until(() => $(element, '.base').getAttribute('lang') === lang, 'language did not load');
        await walk(element, { ...MOTHER, vermogen: { typed: [] } });
        const rows = $$(element, '.answer-row');
        expect(rows.length).to.be.greaterThan(8);
        expect($$(element, '[part=change]')).to.have.length(rows.length);
        await expectAccessible(element);
        await press(element, '[part=confirm]');
        await expectAccessible(element);
        // The folded "waarschijnlijk niet" group, opened.
        ($(element, '.niet-details') as HTMLDetailsElement).open = true;
        await expectAccessible(element);
        // A question answered from "Misschien", open in place.
        $(element, '[part=answer-here]').click();
        await settle(element);
        expect(element.shadowRoot!.querySelector('[part=inline-answer]')).not.to.equal(null);
        await expectAccessible(element);
      });
    }
  }

  it('changes one answer and comes back to the review page', async () => {
    const element = await widget({ view: 'check' });
    await walk(element, MOTHER);
    const change = $$(element, '[part=change]').find((b) => b.textContent?.includes('Hoeveel spaargeld'))!;
    change.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(currentQuestion(element)).to.equal('vermogen');
    expect(($(element, '#antwoord') as HTMLInputElement).value).to.equal('500');
    ($(element, '#antwoord') as HTMLInputElement).select();
    await sendKeys({ type: '900' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(deepActiveElement()?.id).to.equal('controleer');
    expect(text(element, '[part=review]')).to.contain('€ 900');
  });

  it('keeps the number of a question when later answers change the path', async () => {
    const element = await widget({ view: 'check' });
    const numbers: Record<string, string> = {};
    for (let guard = 0; guard < 20 && currentQuestion(element); guard++) {
      const id = currentQuestion(element)!;
      numbers[id] = text(element, '.question-number');
      await answerByKeyboard(element, MOTHER[id]);
    }
    // Going back to a question shows the number it had.
    const change = $$(element, '[part=change]').find((b) => b.textContent?.includes('Hoe oud bent u'))!;
    change.click();
    await settle(element);
    expect(text(element, '.question-number')).to.equal(numbers.leeftijd);
    expect(text(element, '[part=progress]')).to.match(/^Deel 1 van 3: Uw huishouden/);
  });
});

describe('<helder-regelingen> check: words at every level', () => {
  beforeEach(resetPage);

  it('names the kernen in question 1, and uses A2 wording at A2', async () => {
    const b1 = await widget({ view: 'check', level: 'b1' });
    expect(text(b1, '[part=step]')).to.contain('Woont u in de gemeente Twenterand?').and.contain('Vriezenveen, Vroomshoop, Den Ham of Westerhaar');
    const a2 = await widget({ view: 'check', level: 'a2' });
    // Question 2: the partner question has its own A2 words.
    for (const element of [a2, b1]) {
      ($$(element, 'input[type=radio]')[0] as HTMLInputElement).checked = true;
      element.shadowRoot!.querySelector<HTMLFormElement>('form.step')!.requestSubmit();
      await settle(element);
    }
    expect(text(a2, '#vraag')).to.equal('Heeft u een partner die bij u woont?');
    expect(text(b1, '#vraag')).to.equal('Woont u samen met een partner?');
    await expectAccessible(a2);
  });

  it('says what to count as income and what to leave out, at every level', async () => {
    for (const level of LEVELS) {
      const element = await widget({ view: 'check', level });
      const answers: Record<string, Answer> = { ...MOTHER };
      for (let guard = 0; guard < 10 && currentQuestion(element) !== 'inkomen'; guard++) {
        const form = element.shadowRoot!.querySelector<HTMLFormElement>('form.step')!;
        const answer = answers[form.dataset.question!]!;
        if (answer.option !== undefined) ($$(element, 'form.step input[type=radio]')[answer.option] as HTMLInputElement).checked = true;
        else $$(element, 'form.step input[type=text]').forEach((input, i) => ((input as HTMLInputElement).value = answer.typed![i]!));
        form.requestSubmit();
        await settle(element);
      }
      const hint = text(element, '#vraag-hint');
      expect(hint, level).to.contain('kinderbijslag').and.contain('kindgebonden budget').and.contain('toeslag');
      if (level === 'a2') expect(hint).to.contain('Een toeslag is geld voor huur of zorg');
      await expectAccessible(element);
    }
  });

  it('reads an age typed in Arabic-Indic digits', async () => {
    const element = await widget({ view: 'check', lang: 'ar' });
    await until(() => $(element, '.base').getAttribute('lang') === 'ar', 'Arabic did not load');
    for (let guard = 0; guard < 5 && currentQuestion(element) !== 'leeftijd'; guard++) {
      ($$(element, 'form.step input[type=radio]')[currentQuestion(element) === 'woonplaats' ? 0 : 1] as HTMLInputElement).checked = true;
      element.shadowRoot!.querySelector<HTMLFormElement>('form.step')!.requestSubmit();
      await settle(element);
    }
    ($(element, '#antwoord') as HTMLInputElement).focus();
    await sendKeys({ type: '٧٠' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(currentQuestion(element)).to.equal('kinderen');
    expect(element.shadowRoot!.querySelector('.field-error')).to.equal(null);
    $(element, '[part=previous]').click();
    await settle(element);
    expect(($(element, '#antwoord') as HTMLInputElement).value).to.equal('70');
  });
});

describe('<helder-regelingen> navigation that keeps its place', () => {
  beforeEach(resetPage);

  it('goes from a result to its detail and back to the results, by button and by the browser\'s Back', async () => {
    const element = await widget({ view: 'check' });
    await walk(element, AOW);
    await press(element, '[part=confirm]');
    const link = $(element, '#resultaat-bijzondere-bijstand').closest('[part=result]')!.querySelector<HTMLAnchorElement>('a[href*="#regeling="]')!;
    link.click();
    await until(() => !!element.shadowRoot?.querySelector('.detail'), 'detail did not open');
    await settle(element);
    expect(deepActiveElement()?.id).to.equal('detail-titel');
    expect(text(element, '[part=back]')).to.contain('Terug naar uw uitslag');
    await expectAccessible(element);
    $(element, '[part=back]').click();
    await settle(element);
    expect(element.shadowRoot!.querySelector('[part=results]')).not.to.equal(null);
    expect(deepActiveElement()?.id).to.equal('resultaat-bijzondere-bijstand');

    // A regeling in the folded group: Back opens the group, and focus lands on it.
    ($(element, '.niet-details') as HTMLDetailsElement).open = true;
    await settle(element);
    const niet = groupIds(element, 'niet')[0]!;
    ($(element, `#resultaat-${niet}`).closest('[part=result]')!.querySelector<HTMLAnchorElement>('a[href*="#regeling="]')!).click();
    await until(() => !!element.shadowRoot?.querySelector('.detail'), 'detail did not open');
    history.back();
    await until(() => !!element.shadowRoot?.querySelector('[part=results]'), 'Back did not return to the results');
    await settle(element);
    expect(deepActiveElement()?.id).to.equal(`resultaat-${niet}`);
  });
});

describe('<helder-regelingen> overview: search, filters, names, sources', () => {
  beforeEach(resetPage);

  it('finds the words residents use, and points a search without result to the check and the gemeente', async () => {
    const element = await widget();
    const search = $(element, 'input[type=search]') as HTMLInputElement;
    for (const [word, title] of [
      ['wasmachine', 'Bijzondere bijstand'],
      ['bril', 'Bijzondere bijstand'],
      ['zwemles', 'Jeugdfonds'],
      ['voetbal', 'Jeugdfonds'],
      ['laptop', 'Schoolpakket'],
    ]) {
      search.value = word;
      search.dispatchEvent(new Event('input'));
      await until(() => $$(element, '.card-title').some((t) => t.textContent?.includes(title)), `${word} did not find ${title}`);
    }
    search.value = 'qqqqqq';
    search.dispatchEvent(new Event('input'));
    await until(() => !!element.shadowRoot?.querySelector('[part=no-results]'), 'no pointer for a search without result');
    expect(element.shadowRoot!.querySelector('.chip'), 'no row of (0) filters').to.equal(null);
    const none = $(element, '[part=no-results]');
    expect(none.textContent).to.contain('Doe de check').and.contain('Gemeente Twenterand');
    expect(none.querySelector('a[href^="http"]')).not.to.equal(null);
    await expectAccessible(element);
  });

  it('shows the official name beside the simple title at A2, and sources by title and year, never a file name', async () => {
    const element = await widget({ level: 'a2' });
    expect(text(element, '.card-title')).to.equal('Geld om mee te doen (Meedoenregeling)');
    history.replaceState(null, '', '#regeling=studietoeslag');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(() => !!element.shadowRoot?.querySelector('.detail'), 'detail did not open');
    const source = text(element, '[part=source]');
    expect(source).to.contain('Programma Sociaal Domein, terugblik 2024');
    expect(source).not.to.match(/\.txt|\.md/);
    // No green tick before anything is answered: conditions are plain bullets.
    const item = $(element, '.conditions li');
    expect(getComputedStyle(item, '::before').content).to.be.oneOf(['none', 'normal']);
    expect(text(element, '.detail')).to.contain('Dit zijn voorbeelden. Vraag of ze gelden.');
    await expectAccessible(element);
  });

  it('marks entries the sources do not confirm after 2024, and an ended regeling', async () => {
    const element = await widget();
    const card = (id: string) => $(element, `#titel-${id}`).closest('[part=card]') as HTMLElement;
    expect(card('schoolpakket').querySelector('[part=status]')?.textContent).to.contain('Stand 2024').and.contain('Vraag het na');
    expect(card('energietoeslag').querySelector('[part=status]')?.textContent).to.contain('Gestopt sinds 2024');
    await expectAccessible(element);
  });

  it('with categories, does not say "alle regelingen", and a few items get no search box or filters', async () => {
    const element = await widget({ categories: 'kinderen' });
    const data = await twenterand();
    const expected = data.regelingen.filter((r) => (r as unknown as { categories: string[] }).categories.includes('kinderen')).length;
    expect($$(element, '.card')).to.have.length(expected);
    expect(text(element, '.intro')).not.to.contain('alle regelingen');
    expect(text(element, '.intro')).to.contain('kinderen');
    expect(element.shadowRoot!.querySelector('input[type=search]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.chip')).to.equal(null);
    await press(element, '[part=start-check]');
    expect(text(element, '[part=back]')).to.contain('Terug naar het overzicht');
    await expectAccessible(element);
  });

  it('with categories, says conditions both regelingen share once, an example one with its note', async () => {
    const element = await widget({ view: 'check', categories: 'kinderen' });
    await walk(element, { ...MOTHER, inkomstenbron: { option: 0 }, inkomen: { typed: ['2394'] } });
    await press(element, '[part=confirm]');
    expect(groupIds(element, 'misschien').sort()).to.deep.equal(['jeugdfonds-sport-en-cultuur', 'schoolpakket']);
    expect(text(element, '[part=basis]')).to.contain('Dit is een voorbeeldvoorwaarde; vraag het na.');
    expect(text(element, '[part=group-misschien]')).not.to.contain('grens van 120%');
    await expectAccessible(element);
  });

  it('is at most half as tall as before at 360 px: compact cards with "Lees meer"', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const element = await widget();
      // 12,600 px before issue 7.
      expect(element.getBoundingClientRect().height).to.be.below(6300);
      expect(text(element, '[part=more-link]')).to.contain('Lees meer');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<helder-regelingen> other interface languages', () => {
  beforeEach(resetPage);

  it('says the explanation is in Dutch, and shows a translation when the feed has one', async () => {
    const element = await widget({ lang: 'en' });
    await until(() => $(element, '.base').getAttribute('lang') === 'en', 'English did not load');
    expect(element.shadowRoot!.querySelector('[part=notice-language]')).not.to.equal(null);
    await expectAccessible(element);

    const feed = structuredClone(smallFeed) as typeof smallFeed & { regelingen: Record<string, unknown>[] };
    for (const item of feed.regelingen) item.translations = { en: { title: `EN ${String(item.id)}`, summary: 'An English summary.' } };
    const translated = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen lang="en" .data=${feed}></helder-regelingen>`));
    await until(() => $(translated, '.base').getAttribute('lang') === 'en', 'English did not load');
    expect(text(translated, '.card-title')).to.equal('EN alpha');
    expect($(translated, '.card .text').getAttribute('lang')).to.equal('en');
    expect(translated.shadowRoot!.querySelector('[part=notice-language]')).to.equal(null);
    await expectAccessible(translated);
  });
});

describe('<helder-regelingen> failures, theming and print', () => {
  beforeEach(resetPage);

  it('names what failed, and gives the gemeente\'s contact beside "Opnieuw proberen" when it knows it', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const element = await widget();
      element.src = '/test-feeds/status-500';
      await until(() => !!element.shadowRoot?.querySelector('[part=error]'), 'no error');
      const error = $(element, '[part=error]');
      expect(error.textContent).to.contain('De regelingen kunnen nu niet worden geladen.').and.contain('Opnieuw proberen').and.contain('Gemeente Twenterand');
      expect(error.querySelector('a[href^="https://www.twenterand.nl"]')).not.to.equal(null);
      await expectAccessible(element);
    } finally {
      console.warn = warn;
    }
  });

  it('squares every control with --helder-radius: 0, and sets the text size with --helder-font-size', async () => {
    const element = await widget();
    element.style.setProperty('--helder-radius', '0');
    element.style.setProperty('--helder-font-size', '22px');
    await settle(element);
    const round = [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, input:not([type=radio]), .chip, .card, .tags li, .notice, .level-mark, .example-mark, .result, .next-steps')].filter(
      (node) => parseFloat(getComputedStyle(node).borderTopLeftRadius) > 0,
    );
    expect(round.map((node) => node.className || node.localName)).to.deep.equal([]);
    expect(getComputedStyle($(element, '.card .text p')).fontSize).to.equal('22px');
    element.style.removeProperty('--helder-radius');
    element.style.removeProperty('--helder-font-size');
  });

  it('prints the results alone, without the host page around them', async () => {
    const before = document.createElement('p');
    before.textContent = 'Host page';
    document.body.prepend(before);
    const element = await widget({ view: 'check' });
    await walk(element, AOW);
    await press(element, '[part=confirm]');
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(before).display).to.equal('none');
      expect(getComputedStyle(element).display).not.to.equal('none');
      expect(getComputedStyle($(element, '[part=next-steps]')).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      before.remove();
    }
    expect(element.hasAttribute('data-helder-printing')).to.equal(false);
  });

  it('prints the folder with each address once', async () => {
    const element = await widget({ view: 'flyer' });
    const links = $$(element, '.flyer a[href^="http"]');
    expect(links).to.have.length(1);
    expect($$(element, '[part=flyer-contact]')).to.have.length(1);
    await expectAccessible(element);
  });
});
