import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderRegelingen } from '../../src/components/regelingen/regelingen.component.js';
import { STORAGE_KEY } from '../../src/components/shared/page-level.js';
import type { HelderErrorDetail } from '../../src/components/shared/events/helder-error.js';
import { $, $$, deepActiveElement, expectAccessible, resetPage, settle, text, until } from './helpers.js';
import { DATA_URL, brokenFeed, smallFeed, twenterand } from './fixtures.js';

const LEVELS = ['a2', 'b1', 'c1'] as const;

async function loaded(element: HelderRegelingen): Promise<HelderRegelingen> {
  await until(() => !!element.shadowRoot?.querySelector('.cards, .detail, .step, .flyer, .results, [part=error]'), 'widget did not render');
  await settle(element);
  return element;
}

async function overview(level: string, lang = 'nl'): Promise<HelderRegelingen> {
  return loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} level=${level} lang=${lang}></helder-regelingen>`));
}

describe('<helder-regelingen> overview', () => {
  beforeEach(resetPage);

  for (const level of LEVELS) {
    it(`shows every Twenterand regeling at ${level}, accessibly`, async () => {
      const data = await twenterand();
      const element = await overview(level);
      const titles = $$(element, '.card-title').map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
      expect(titles).to.have.length(data.regelingen.length);
      const first = data.regelingen[0] as unknown as { title: Record<string, string>; officialName: string };
      // At A2 the official name stands beside the simple title (issue 7).
      expect(titles[0]).to.equal(level === 'a2' ? `${first.title.a2} (${first.officialName})` : first.title[level]);
      // Feed text is marked as Dutch, whatever the interface language.
      expect($(element, '.card .text').getAttribute('lang')).to.equal('nl');
      await expectAccessible(element);
    });
  }

  it('renders in Arabic, right-to-left, with translated interface and Dutch feed text', async () => {
    const element = await overview('b1', 'ar');
    await until(() => $(element, '.base').getAttribute('lang') === 'ar', 'Arabic did not load');
    expect($(element, '.base').getAttribute('dir')).to.equal('rtl');
    expect(text(element, '[part=start-check]')).not.to.contain('Doe de check');
    await expectAccessible(element);
  });

  for (const [lang, expected] of [['uk', '2 програми'], ['ar', 'برنامجان (2)'], ['en', '2 schemes']] as const) {
    it(`counts in the plural form of ${lang}`, async () => {
      const element = await fixture<HelderRegelingen>(html`<helder-regelingen lang=${lang} .data=${smallFeed}></helder-regelingen>`);
      await until(() => $(element, '.base').getAttribute('lang') === lang && !!element.shadowRoot?.querySelector('.count'), 'not loaded');
      await settle(element);
      expect(text(element, '.count')).to.equal(expected);
    });
  }

  it('filters by category with counts, and announces the number found', async () => {
    const element = await overview('b1');
    const chips = $$(element, '.chip');
    expect(chips[0].getAttribute('aria-pressed')).to.equal('true');
    const schulden = chips.find((c) => c.textContent?.includes('Schulden'))!;
    const count = Number(/\((\d+)\)/.exec(schulden.textContent ?? '')?.[1]);
    expect(count).to.be.greaterThan(0);
    schulden.click();
    await settle(element);
    expect(schulden.getAttribute('aria-pressed')).to.equal('true');
    expect($$(element, '.card')).to.have.length(count);
    expect(text(element, '[role=status][aria-live]')).to.contain(`${count} regelingen gevonden`);
    await expectAccessible(element);
  });

  it('finds regelingen by searching, with typos and words from the policy text', async () => {
    const element = await overview('a2');
    const search = $(element, 'input[type=search]') as HTMLInputElement;
    search.value = 'zorgverzek';
    search.dispatchEvent(new Event('input'));
    // The search code loads on first use.
    await until(() => $$(element, '.card').length < 10, 'search did not filter');
    expect(text(element, '.card-title')).to.contain('Zorgverzekering');
    search.value = 'qqqqqq';
    search.dispatchEvent(new Event('input'));
    await settle(element);
    expect($$(element, '.card')).to.have.length(0);
    expect(text(element, '.count')).to.equal('Geen regelingen gevonden.');
    // Announced once typing pauses.
    await until(() => text(element, '[role=status][aria-live]') === 'Geen regelingen gevonden.', 'result count not announced');
    ($$(element, 'button').find((b) => b.textContent?.includes('Toon alle'))!).click();
    await settle(element);
    expect($$(element, '.card').length).to.be.greaterThan(5);
  });

  it('opens a deep-linkable detail view and returns focus to the card', async () => {
    const element = await overview('b1');
    const link = $(element, 'a.more[data-id="meedoenregeling"]') as HTMLAnchorElement;
    // An address on this page, whatever <base href> says.
    expect(link.getAttribute('href')).to.equal(`${location.href.split('#')[0]}#regeling=meedoenregeling`);
    link.click();
    await until(() => !!element.shadowRoot?.querySelector('.detail'), 'detail did not open');
    await settle(element);
    expect(location.hash).to.equal('#regeling=meedoenregeling');
    expect(deepActiveElement()?.id).to.equal('detail-titel');
    expect(text(element, '.detail')).to.contain('Voorwaarden').and.contain('Bron:');
    await expectAccessible(element);
    $(element, '[part=back]').click();
    await settle(element);
    expect(location.hash).to.equal('');
    expect((deepActiveElement() as HTMLElement).dataset.id).to.equal('meedoenregeling');
  });

  for (const [level, lang] of [['a2', 'nl'], ['c1', 'nl'], ['b1', 'ar']] as const) {
    it(`shows the detail view accessibly at ${level} in ${lang}`, async () => {
      const element = await loaded(
        await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} regeling="individuele-inkomenstoeslag" level=${level} lang=${lang}></helder-regelingen>`),
      );
      await until(() => $(element, '.base').getAttribute('lang') === lang, 'language did not load');
      const data = await twenterand();
      const item = data.regelingen.find((r) => r.id === 'individuele-inkomenstoeslag') as unknown as { title: Record<string, string> };
      expect(text(element, '#detail-titel')).to.contain(item.title[level]);
      await expectAccessible(element);
    });
  }

  it('shows the error notice accessibly in Arabic', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const element = await fixture<HelderRegelingen>(html`<helder-regelingen src="/test-feeds/status-500" lang="ar"></helder-regelingen>`);
      await until(() => !!element.shadowRoot?.querySelector('[part=error]') && $(element, '.base').getAttribute('lang') === 'ar', 'no Arabic error');
      expect($(element, '.base').getAttribute('dir')).to.equal('rtl');
      expect(text(element, '[part=retry]')).not.to.contain('Opnieuw');
      await expectAccessible(element);
    } finally {
      console.warn = warn;
    }
  });

  it('opens the detail when the page is loaded with #regeling=<id>', async () => {
    history.replaceState(null, '', '#regeling=schuldhulpverlening');
    const element = await overview('b1');
    expect(text(element, '#detail-titel').toLowerCase()).to.contain('schuld');
  });

  it('shows only one regeling with the regeling attribute, and only some categories with categories', async () => {
    const one = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} regeling="studietoeslag"></helder-regelingen>`));
    expect($$(one, '.detail')).to.have.length(1);
    expect(one.shadowRoot!.querySelector('[part=back]')).to.equal(null);
    const some = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} categories="kinderen"></helder-regelingen>`));
    const data = await twenterand();
    const expected = data.regelingen.filter((r) => (r as unknown as { categories: string[] }).categories.includes('kinderen')).length;
    expect($$(some, '.card')).to.have.length(expected);
  });

  it('takes its data from a <script type="application/json"> child', async () => {
    const element = await fixture<HelderRegelingen>(
      html`<helder-regelingen><script type="application/json">${JSON.stringify(smallFeed)}</script></helder-regelingen>`,
    );
    await loaded(element);
    expect($$(element, '.card')).to.have.length(2);
  });

  it('shows a text at a nearby level, marked as such, when the chosen level is missing', async () => {
    const element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen level="c1" .data=${smallFeed}></helder-regelingen>`));
    const card = $(element, '.card');
    // smallFeed's first summary has no c1: the b1 text is shown, marked visibly and for screen readers.
    expect(card.textContent).to.contain('U krijgt een bijdrage voor de sportclub.');
    expect($(element, '.card .level-mark').textContent).to.contain('niveau B1');
    await expectAccessible(element);
  });

  it('reads a card aloud in Dutch when the browser can, and hides the button when it cannot', async () => {
    let element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen .data=${smallFeed}></helder-regelingen>`));
    expect(element.shadowRoot!.querySelector('[part=read-aloud]')).to.equal(null);

    const spoken: SpeechSynthesisUtterance[] = [];
    const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ lang: 'nl-NL', name: 'Nederlands' }],
        speak: (u: SpeechSynthesisUtterance) => spoken.push(u),
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
    try {
      element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen .data=${smallFeed}></helder-regelingen>`));
      const button = $(element, '[part=read-aloud]');
      expect(button.textContent).to.contain('Voorlezen');
      await expectAccessible(element);
      button.click();
      await settle(element);
      expect(spoken).to.have.length(1);
      expect(spoken[0].lang).to.equal('nl-NL');
      expect(spoken[0].text).to.contain('Bijdrage voor sport');
      expect($(element, '[part=read-aloud]').textContent).to.contain('Stop voorlezen');
    } finally {
      if (original) Object.defineProperty(window, 'speechSynthesis', original);
      else delete (window as unknown as Record<string, unknown>).speechSynthesis;
    }
  });

  it('prints a flyer of all regelingen at the chosen level', async () => {
    const data = await twenterand();
    const element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} view="flyer" level="a2"></helder-regelingen>`));
    // Regelingen that ended (the energietoeslag) are left out of the folder (issue 7).
    const running = data.regelingen.filter((r) => (r as unknown as { status?: { code: string } }).status?.code !== 'ended');
    expect($$(element, '.flyer-item')).to.have.length(running.length);
    expect(text(element, '.flyer')).to.contain((data.regelingen[0] as unknown as { title: { a2: string } }).title.a2);
    await expectAccessible(element);
  });
});

describe('<helder-regelingen> feed problems', () => {
  beforeEach(resetPage);

  it('shows the valid items of a feed with broken ones, and reports each broken item with its path', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = document.createElement('helder-regelingen');
      const error = oneEvent(element, 'helder-error');
      element.data = brokenFeed;
      document.body.append(element);
      const { detail } = (await error) as CustomEvent<HelderErrorDetail>;
      await loaded(element);
      expect($$(element, '.card')).to.have.length(1);
      const paths = detail.errors.map((e) => e.path);
      expect(paths).to.include('/regelingen/1/title');
      expect(paths.some((p) => p.startsWith('/regelingen/2/categories'))).to.equal(true);
      expect(detail.errors.every((e) => e.message.length > 0)).to.equal(true);
      expect(warnings).to.have.length(1);
      const notice = $(element, '[part=problems]');
      expect(notice.textContent).to.contain('2 onderdelen');
      expect(notice.querySelector('details')?.textContent).to.contain('/regelingen/1/title');
      await expectAccessible(element);
      element.remove();
    } finally {
      console.warn = warn;
    }
  });

  const failures: [string, string][] = [
    ['404', '/test-feeds/missing'],
    ['500', '/test-feeds/status-500'],
    ['not JSON', '/test-feeds/not-json'],
    ['empty', '/test-feeds/empty'],
    ['the wrong kind', '/test-feeds/wrong-kind'],
    ['timeout', '/test-feeds/slow'],
    ['an unreachable host', 'http://127.0.0.1:9/feed.json'],
  ];
  for (const [name, src] of failures) {
    it(`shows a calm error with a retry for ${name}, without an uncaught exception`, async () => {
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push(e);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const element = document.createElement('helder-regelingen');
        element.timeout = 300;
        const error = oneEvent(element, 'helder-error');
        element.src = src;
        document.body.append(element);
        const { detail } = await error;
        expect(detail.failure?.message).to.be.a('string').and.not.equal('');
        await settle(element);
        expect(element.shadowRoot!.querySelector('[part=error]')?.getAttribute('role')).to.equal('alert');
        expect(text(element, '[part=error]')).to.contain('Opnieuw proberen');
        await expectAccessible(element);
        element.remove();
        expect(uncaught).to.have.length(0);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
        console.warn = warn;
      }
    });
  }

  it('retries a failed feed with the retry button', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const element = await fixture<HelderRegelingen>(html`<helder-regelingen src=${`/test-feeds/flaky?key=${Math.random()}`}></helder-regelingen>`);
      await until(() => !!element.shadowRoot?.querySelector('[part=retry]'), 'no retry button');
      const loadedEvent = oneEvent(element, 'helder-load');
      $(element, '[part=retry]').click();
      expect((await loadedEvent).detail.count).to.equal(1);
      await settle(element);
      expect(text(element, '.card-title')).to.equal('Een regeling');
      expect(element.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('shows loading with aria-busy, then the feed, and loads again when src changes', async () => {
    const element = await fixture<HelderRegelingen>(html`<helder-regelingen src="/test-feeds/slow" timeout="2000"></helder-regelingen>`);
    await settle(element);
    expect($(element, '.regelingen').getAttribute('aria-busy')).to.equal('true');
    expect(text(element, '[part=loading]')).to.contain('geladen');
    await expectAccessible(element);
    element.src = DATA_URL;
    await loaded(element);
    expect($(element, '.regelingen').getAttribute('aria-busy')).to.equal('false');
    expect($$(element, '.card').length).to.be.greaterThan(5);
  });

  it('keeps feed text as text: markup is shown, unsafe links are dropped and reported', async () => {
    const feed = structuredClone(smallFeed);
    (feed.regelingen[0] as Record<string, unknown>).summary = '<img src=x onerror="window.hacked=1"><b>vet</b>';
    (feed.regelingen[0].apply as Record<string, unknown>).url = 'javascript:window.hacked=1';
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen .data=${feed}></helder-regelingen>`));
      expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(text(element, '.card')).to.contain('<b>vet</b>');
      expect([...element.shadowRoot!.querySelectorAll('a')].every((a) => /^(https?:|mailto:|tel:|#)/.test(a.getAttribute('href') ?? ''))).to.equal(true);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
      expect(text(element, '[part=problems]')).to.contain('1 onderdeel kon');
    } finally {
      console.warn = warn;
    }
  });
});

/** Answers for a single parent on benefits with two children, given by keyboard. */
const KEYBOARD_ANSWERS: Record<string, { option?: number; typed?: string[] }> = {
  woonplaats: { option: 0 },
  partner: { option: 1 },
  leeftijd: { typed: ['35'] },
  kinderen: { typed: ['2'] },
  kinderLeeftijden: { typed: ['8', '14'] },
  inkomstenbron: { option: 1 },
  inkomen: { typed: ['1300'] },
  vermogen: { typed: ['500'] },
  jarenLaagInkomen: { option: 2 },
  studie: { option: 1 },
  beperking: { option: 1 },
  geldzorgen: { option: 0 },
  bijzondereKosten: { option: 1 },
};

function currentQuestion(element: HelderRegelingen): string | undefined {
  return element.shadowRoot!.querySelector<HTMLFormElement>('form.step')?.dataset.question;
}

async function answerByKeyboard(element: HelderRegelingen, answer: { option?: number; typed?: string[] }): Promise<void> {
  await sendKeys({ press: 'Tab' });
  if (answer.option !== undefined) {
    // Tab lands on the first radio; Space chooses it, arrows move the choice.
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < answer.option; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.contain('Volgende');
    await sendKeys({ press: 'Enter' });
  } else {
    const typed = answer.typed ?? [];
    for (let i = 0; i < typed.length; i++) {
      if (i > 0) await sendKeys({ press: 'Tab' });
      await sendKeys({ type: typed[i] });
    }
    await sendKeys({ press: 'Enter' });
  }
  await settle(element);
}

describe('<helder-regelingen> check', () => {
  beforeEach(resetPage);

  it('can be done with the keyboard alone, from the overview to the results, without any request', async () => {
    const element = await overview('b1');
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const calls: string[] = [];
    const originalFetch = window.fetch;
    const originalBeacon = navigator.sendBeacon;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(`fetch ${String(args[0])}`);
      return originalFetch(...args);
    };
    navigator.sendBeacon = (url: string | URL) => {
      calls.push(`beacon ${String(url)}`);
      return true;
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: [string, string | URL]) {
      calls.push(`xhr ${String(args[1])}`);
      return originalOpen.apply(this, args as unknown as Parameters<typeof originalOpen>);
    } as typeof originalOpen;
    try {
      ($(element, '[part=start-check]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(deepActiveElement()?.textContent).to.contain('Check');

      const complete = oneEvent(element, 'helder-check-complete');
      const seen: string[] = [];
      let progressText = '';
      for (let guard = 0; guard < 20 && currentQuestion(element); guard++) {
        const id = currentQuestion(element)!;
        seen.push(id);
        progressText = text(element, '[part=progress]');
        await answerByKeyboard(element, KEYBOARD_ANSWERS[id]);
        if (currentQuestion(element)) expect(deepActiveElement()?.id).to.equal('vraag');
      }
      expect(seen).to.include.members(['woonplaats', 'kinderen', 'kinderLeeftijden', 'inkomen', 'geldzorgen']);
      expect(seen).not.to.include('beperking');
      // A progress that does not jump (issue 7): parts of the check and the question's number, no total.
      expect(progressText).to.equal(`Deel 3 van 3: Uw situatie Vraag ${seen.length}`);

      // "Controleer uw antwoorden" comes before the result (issue 7).
      expect(deepActiveElement()?.id).to.equal('controleer');
      await expectAccessible(element);
      ($(element, '[part=confirm]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);

      const { detail } = await complete;
      expect(Object.keys(detail).sort()).to.deep.equal(['al', 'misschien', 'niet', 'wel']);
      expect(detail.wel).to.include.members(['meedoenregeling', 'jeugdfonds-sport-en-cultuur', 'meldpunt-geldzorgen']);
      expect(detail.niet).to.include('studietoeslag');
      expect(JSON.stringify(detail)).not.to.contain('1300');
      await settle(element);
      expect(deepActiveElement()?.id).to.equal('uitslag');
      expect(text(element, '[part=results]')).to.contain('Geen garantie').and.contain('Waarschijnlijk wel');
      // The Twenterand norms are example amounts, and the results say so.
      expect(text(element, '[part=no-guarantee]')).to.contain('voorbeeldbedragen');
      expect(text(element, '[role=status][aria-live]')).to.contain('Uw uitslag');
      await expectAccessible(element);

      expect(calls).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
      expect(localStorage.getItem('helder-check-antwoorden')).to.equal(null);
      expect(location.href).not.to.contain('1300');
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
      XMLHttpRequest.prototype.open = originalOpen;
    }
  });

  for (const level of LEVELS) {
    for (const lang of ['nl', 'ar']) {
      it(`is accessible at every step and in the results (${level}, ${lang})`, async () => {
        const element = await loaded(
          await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} view="check" level=${level} lang=${lang}></helder-regelingen>`),
        );
        await until(() => $(element, '.base').getAttribute('lang') === lang, 'language did not load');
        for (let guard = 0; guard < 20 && currentQuestion(element); guard++) {
          await expectAccessible(element);
          const form = element.shadowRoot!.querySelector<HTMLFormElement>('form.step')!;
          const answer = KEYBOARD_ANSWERS[form.dataset.question!];
          if (answer.option !== undefined) {
            ([...form.querySelectorAll<HTMLInputElement>('input[type=radio]')][answer.option]).checked = true;
          } else {
            [...form.querySelectorAll<HTMLInputElement>('input[type=text]')].forEach((input, i) => (input.value = answer.typed![i]));
          }
          form.requestSubmit();
          await settle(element);
        }
        // The review page, then the result (issue 7).
        await expectAccessible(element);
        $(element, '[part=confirm]').click();
        await settle(element);
        expect(element.shadowRoot!.querySelector('[part=results]')).not.to.equal(null);
        if (level === 'a2') {
          const data = await twenterand();
          const meedoen = data.regelingen.find((r) => r.id === 'meedoenregeling') as unknown as { eligibility: { met: { a2: string } }[] };
          expect(text(element, '[part=results]')).to.contain(meedoen.eligibility[0].met.a2);
        }
        await expectAccessible(element);
      });
    }
  }

  it('explains a wrong answer next to the field, and goes back without losing answers', async () => {
    const element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} view="check"></helder-regelingen>`));
    const submit = () => {
      element.shadowRoot!.querySelector<HTMLFormElement>('form.step')!.requestSubmit();
      return settle(element);
    };
    // No choice made: an error, linked to the question.
    await submit();
    expect(text(element, '.field-error')).to.contain('Kies een antwoord');
    expect($(element, 'fieldset').getAttribute('aria-describedby')).to.contain('vraag-fout');
    await expectAccessible(element);
    ($$(element, 'input[type=radio]')[0] as HTMLInputElement).checked = true;
    await submit();
    ($$(element, 'input[type=radio]')[1] as HTMLInputElement).checked = true; // geen partner
    await submit();
    expect(currentQuestion(element)).to.equal('leeftijd');
    ($(element, '#antwoord') as HTMLInputElement).value = 'veertig';
    await submit();
    expect($(element, '#antwoord').getAttribute('aria-invalid')).to.equal('true');
    expect(text(element, '.field-error')).to.contain('getal');
    ($(element, '#antwoord') as HTMLInputElement).value = '40';
    await submit();
    $(element, '[part=previous]').click();
    await settle(element);
    expect(currentQuestion(element)).to.equal('leeftijd');
    expect(($(element, '#antwoord') as HTMLInputElement).value).to.equal('40');
    $(element, '[part=previous]').click();
    await settle(element);
    expect(($$(element, 'input[type=radio]')[1] as HTMLInputElement).checked).to.equal(true);
    expect(text(element, '[part=progress]')).to.equal('Deel 1 van 3: Uw huishouden Vraag 2');
  });

  it('ends early when no regeling applies, and keeps answers only when asked to', async () => {
    const element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} view="check"></helder-regelingen>`));
    ($$(element, 'input[type=radio]')[1] as HTMLInputElement).checked = true; // woont niet in Twenterand
    element.shadowRoot!.querySelector<HTMLFormElement>('form.step')!.requestSubmit();
    await settle(element);
    expect(element.shadowRoot!.querySelector('[part=results]')).not.to.equal(null);
    expect($$(element, '[part=group-niet] .result').length).to.be.greaterThan(5);
    expect(localStorage.getItem('helder-check-antwoorden')).to.equal(null);

    const save = $(element, '.save input[type=checkbox]') as HTMLInputElement;
    save.click();
    await settle(element);
    expect(JSON.parse(localStorage.getItem('helder-check-antwoorden')!)).to.deep.equal({ woonplaats: false });
    // A new visit starts with the saved answers.
    const again = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} view="check"></helder-regelingen>`));
    expect(again.shadowRoot!.querySelector('[part=results]')).not.to.equal(null);
    ($(again, '.save input[type=checkbox]') as HTMLInputElement).click();
    await settle(again);
    expect(localStorage.getItem('helder-check-antwoorden')).to.equal(null);
  });

  it('follows the page level while the check is open', async () => {
    localStorage.setItem(STORAGE_KEY, 'b1');
    const element = await loaded(await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} view="check"></helder-regelingen>`));
    ($$(element, 'input[type=radio]')[1] as HTMLInputElement).checked = true;
    element.shadowRoot!.querySelector<HTMLFormElement>('form.step')!.requestSubmit();
    await settle(element);
    const b1 = text(element, '[part=results]');
    document.dispatchEvent(new CustomEvent('helder-level-change', { detail: { level: 'a2' } }));
    await settle(element);
    expect(text(element, '[part=results]')).not.to.equal(b1);
  });
});
