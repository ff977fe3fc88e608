import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderAgenda } from '../../src/components/agenda/agenda.component.js';
import type { HelderErrorDetail } from '../../src/components/shared/events/helder-error.js';
import type { HelderLoadDetail } from '../../src/components/shared/events/helder-load.js';
import { actionsOfPartner, compareYears, countsPerTheme } from '../../src/core/agenda.js';
import type { AgendaFeed } from '../../src/core/schemas/agenda.js';
import { $, $$, deepActiveElement, expectAccessible, resetPage, settle, text, until } from './helpers.js';

const AGENDA_URL = '/src/data/twenterand/agenda.json';

type Texts = Record<string, string>;

async function agendaData(): Promise<AgendaFeed> {
  return (await (await fetch(AGENDA_URL)).json()) as AgendaFeed;
}

async function loaded(element: HelderAgenda): Promise<HelderAgenda> {
  await until(() => !!element.shadowRoot?.querySelector('.themes, .partner-view, [part=error]'), 'agenda did not render');
  await settle(element);
  return element;
}

async function agenda(attributes: Record<string, string> = {}): Promise<HelderAgenda> {
  const element = document.createElement('helder-agenda');
  element.setAttribute('src', AGENDA_URL);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  return loaded(element);
}

/** Opens a disclosure with a click on its summary, as a pointer user does. */
async function openDetails(element: HelderAgenda, selector: string): Promise<HTMLDetailsElement> {
  const details = $(element, selector) as HTMLDetailsElement;
  if (!details.open) details.querySelector('summary')!.click();
  await until(() => !!details.querySelector(':scope > .disclosure-content'), `${selector} did not open`);
  await settle(element);
  return details;
}

const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** A meting's figure, once the chart code (fetched on first use) has drawn it. */
async function figure(element: HelderAgenda, id: string): Promise<HTMLElement> {
  await until(() => !!element.shadowRoot!.querySelector(`figure[data-indicator="${id}"]`), `meting ${id} not shown`);
  await settle(element);
  return $(element, `figure[data-indicator="${id}"]`);
}

describe('<helder-agenda> overview', () => {
  beforeEach(resetPage);

  for (const level of ['a2', 'b1', 'c1'] as const) {
    it(`shows the four themalijnen with their counts and one sentence at ${level}, accessibly`, async () => {
      const data = await agendaData();
      const element = await agenda({ level });
      const titles = $$(element, '[part=theme-title]').map((h) => squash(h.textContent));
      expect(titles).to.deep.equal(data.themes.map((t) => (t.title as Texts)[level]));
      const counts = countsPerTheme(data, 2025);
      const shown = $$(element, '.theme-counts').map((p) => squash(p.textContent));
      expect(shown).to.deep.equal(counts.map((c) => `In 2025: ${c.goals} doelen en ${c.actions} acties.`));
      const sentences = $$(element, '.theme-section > .text').map((p) => squash(p.textContent));
      expect(sentences).to.deep.equal(data.themes.map((t) => (t.description as Texts)[level]));
      // Feed text is Dutch, whatever the interface language.
      expect($(element, '[part=theme-title] span').getAttribute('lang')).to.equal('nl');
      await expectAccessible(element);
    });
  }

  it('fires helder-load with the number of doelen shown', async () => {
    const data = await agendaData();
    const element = document.createElement('helder-agenda');
    const load = oneEvent(element, 'helder-load');
    element.setAttribute('src', AGENDA_URL);
    document.body.append(element);
    try {
      const { detail } = (await load) as CustomEvent<HelderLoadDetail>;
      expect(detail.count).to.equal(countsPerTheme(data, 2025).reduce((n, c) => n + c.goals, 0));
    } finally {
      element.remove();
    }
  });

  it('renders in Arabic, right-to-left, with Dutch feed text, accessibly', async () => {
    const element = await agenda({ lang: 'ar' });
    await until(() => $(element, '.base').getAttribute('lang') === 'ar', 'Arabic did not load');
    await settle(element);
    expect($(element, '.base').getAttribute('dir')).to.equal('rtl');
    expect($(element, '.theme-section .text').getAttribute('lang')).to.equal('nl');
    await openDetails(element, 'details.theme');
    await openDetails(element, 'details.challenge');
    await expectAccessible(element);
  });

  it('shows one themalijn with the theme attribute, by number or id', async () => {
    const element = await agenda({ theme: '3' });
    expect($$(element, '.theme-section').map((s) => s.dataset.theme)).to.deep.equal(['lerende-twenterander']);
    // Its own metingen only: no "other" metingen of the whole agenda.
    expect(element.shadowRoot!.querySelector('.other-indicators')).to.equal(null);
    element.theme = 'gezonde-twenterander';
    await settle(element);
    expect($$(element, '.theme-section').map((s) => s.dataset.theme)).to.deep.equal(['gezonde-twenterander']);
    element.theme = 'bestaat-niet';
    await settle(element);
    expect(text(element, '.agenda')).to.contain('Het thema "bestaat-niet" staat niet in de agenda.');
  });
});

describe('<helder-agenda> drill-down', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('opens themalijn, opgave and doel by keyboard alone', async () => {
    const element = await agenda();
    const search = $(element, '#zoek');
    search.focus();
    // From the search box: the partner list, then the first themalijn's disclosure.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('partner');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.closest('details')?.classList.contains('theme')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => !!element.shadowRoot!.querySelector('details.theme[open] details.challenge'), 'themalijn did not open');
    await settle(element);
    await sendKeys({ press: 'Tab' });
    expect(squash(deepActiveElement()?.textContent)).to.match(/^1\.1 /);
    await sendKeys({ press: 'Space' });
    await until(() => !!element.shadowRoot!.querySelector('details.challenge[open] details.goal'), 'opgave did not open');
    await settle(element);
    await sendKeys({ press: 'Tab' });
    const goalSummary = deepActiveElement() as HTMLElement;
    expect(squash(goalSummary.textContent)).to.match(/^1\.1\.1 .* ook in 2024$/);
    await sendKeys({ press: 'Enter' });
    await until(() => !!element.shadowRoot!.querySelector('details.goal[open] .action'), 'doel did not open');
    const goal = goalSummary.closest('details')!;
    expect(goal.querySelectorAll('.action').length).to.be.greaterThan(0);
    expect(goal.querySelector('h4')?.textContent).to.equal('Acties in 2025');
    // Enter on the open summary closes it again.
    goalSummary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !goal.open, 'doel did not close');
    await expectAccessible(element);
  });

  it('opens a deep link (#doel=1.1.1) without taking the focus, and moves the focus when a link is followed', async () => {
    history.replaceState(null, '', '#doel=1.2.1');
    const element = await agenda();
    await until(() => !!element.shadowRoot!.querySelector('details.goal[data-target="1.2.1"][open]'), 'deep link did not open');
    expect(($(element, 'details.theme[data-key="t:zelfredzame-twenterander"]') as HTMLDetailsElement).open).to.equal(true);
    expect(deepActiveElement()?.localName).not.to.equal('summary');

    const link = $(element, 'details.goal[data-target="1.2.1"] a.goal-link') as HTMLAnchorElement;
    // An address on this page, whatever <base href> says.
    expect(link.getAttribute('href')).to.equal(`${location.href.split('#')[0]}#doel=1.2.1`);
    history.replaceState(null, '', location.pathname);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(element);
    // A doel in another themalijn, by following its link.
    link.href = link.href.replace('1.2.1', '4.2.2');
    link.click();
    await until(() => !!element.shadowRoot!.querySelector('details.goal[data-target="4.2.2"][open]'), 'link did not open the doel');
    await settle(element);
    expect(deepActiveElement()?.parentElement?.dataset.target).to.equal('4.2.2');
    await expectAccessible(element);
  });

  it('names a doel\'s source by the document\'s title at the chosen level, never by its file name', async () => {
    history.replaceState(null, '', '#doel=1.1.1');
    const element = await agenda({ year: '2025' });
    const goal = () => element.shadowRoot!.querySelector('details.goal[data-target="1.1.1"][open] .source')?.textContent ?? '';
    await until(() => goal() !== '', 'deep link did not open');
    expect(goal()).to.equal('Bron: Maatschappelijke Agenda 2025 (1.1.1 Aanbod efficiënt inrichten)');
    element.setAttribute('level', 'a2');
    await settle(element);
    expect(goal()).to.equal('Bron: Plannen voor 2025 (1.1.1 Aanbod efficiënt inrichten)');
    expect(element.shadowRoot!.textContent).not.to.match(/\.(txt|md)\b/);
    history.replaceState(null, '', location.pathname);
  });

  it('shows a doel of another year when a link asks for it', async () => {
    const element = await agenda({ year: '2024' });
    history.pushState(null, '', '#doel=3.3.1');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(() => !!element.shadowRoot!.querySelector('details.goal[data-target="3.3.1"][open]'), '3.3.1 did not open');
    expect(element.year).to.equal(2025);
    expect(($(element, 'input[name=jaar][value="2025"]') as HTMLInputElement).checked).to.equal(true);
  });
});

describe('<helder-agenda> year comparison', () => {
  beforeEach(resetPage);

  it('marks each doel new, continued or no longer there, with a summary, and compares nothing in the first year', async () => {
    const data = await agendaData();
    const element = await agenda();
    const changes = compareYears(data, 2024, 2025);
    const count = (kind: string) => changes.filter((c) => c.change === kind).length;
    expect(text(element, '[part=compare]')).to.equal(
      `Wat is anders dan in 2024? Nieuw in 2025: ${count('new')} doel. Ook in 2024: ${count('continued')} doelen. Niet meer in 2025: ${count('ended')} doelen.`,
    );
    // Every themalijn open: each doel carries its mark, in words.
    for (const theme of $$(element, 'details.theme')) {
      theme.querySelector('summary')!.click();
    }
    await until(() => $$(element, 'details.challenge').length > 10, 'themalijnen did not open');
    for (const challenge of $$(element, 'details.challenge')) challenge.querySelector('summary')!.click();
    await until(() => $$(element, 'details.goal').length === changes.length, 'not every doel is shown');
    await settle(element);
    const marks = Object.fromEntries($$(element, 'details.goal').map((d) => [d.dataset.target, squash(d.querySelector('[part=change]')?.textContent)]));
    const expected = Object.fromEntries(
      changes.map((c) => [c.number, c.change === 'new' ? 'nieuw in 2025' : c.change === 'ended' ? 'niet meer in 2025' : 'ook in 2024']),
    );
    expect(marks).to.deep.equal(expected);
    expect(marks['3.3.1']).to.equal('nieuw in 2025');
    expect(marks['2.5.1']).to.equal('niet meer in 2025');
    await expectAccessible(element);

    // 2024: its own counts, nothing to compare with; the choice is announced.
    const radio = $(element, 'input[name=jaar][value="2024"]') as HTMLInputElement;
    radio.click();
    await settle(element);
    expect(element.year).to.equal(2024);
    expect(element.shadowRoot!.querySelector('[part=compare]')).to.equal(null);
    expect($$(element, '[part=change]')).to.have.length(0);
    const counts2024 = countsPerTheme(data, 2024);
    expect(text(element, '.theme-counts')).to.equal(`In 2024: ${counts2024[0]!.goals} doelen en ${counts2024[0]!.actions} acties.`);
    expect(text(element, '[role=status][aria-live]')).to.match(/^In 2024: \d+ doelen en \d+ acties\.$/);
    // Ended doelen are ordinary doelen in their own year.
    expect(element.shadowRoot!.querySelector('details.goal[data-target="2.5.1"]')).not.to.equal(null);
    expect(element.shadowRoot!.querySelector('details.goal[data-target="3.3.1"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('shows a doel that ended with the text and actions of its last year', async () => {
    history.replaceState(null, '', '#doel=2.5.1');
    const element = await agenda();
    await until(() => !!element.shadowRoot!.querySelector('details.goal[data-target="2.5.1"][open]'), '2.5.1 did not open');
    const goal = $(element, 'details.goal[data-target="2.5.1"]');
    expect(squash(goal.querySelector('.ended-note')?.textContent)).to.equal('Dit doel stond in de agenda van 2024. In de agenda van 2025 staat het niet meer.');
    expect(goal.querySelector('h4')?.textContent).to.equal('Acties in 2024');
    resetPage();
  });

  it('takes the year attribute, and warns about a year the feed lacks', async () => {
    const element = await agenda({ year: '2024' });
    expect(text(element, '.theme-counts')).to.match(/^In 2024:/);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      element.year = 1999;
      await settle(element);
    } finally {
      console.warn = warn;
    }
    expect(text(element, '.theme-counts')).to.match(/^In 2025:/);
    expect(warnings.join()).to.contain('year="1999"');
  });
});

describe('<helder-agenda> partners', () => {
  beforeEach(resetPage);

  it('shows what one partner does, chosen in "Wat doet mijn organisatie?"', async () => {
    const data = await agendaData();
    const element = await agenda();
    const select = $(element, '#partner') as HTMLSelectElement;
    const expected = actionsOfPartner(data, 'bibliotheek', 2025);
    expect(expected.length).to.be.greaterThan(0);
    const option = [...select.options].find((o) => o.value === 'bibliotheek')!;
    expect(option.textContent).to.equal(`Bibliotheek (${expected.length})`);
    select.value = 'bibliotheek';
    select.dispatchEvent(new Event('change'));
    await settle(element);
    expect(text(element, '#partner-titel')).to.equal('Wat doet Bibliotheek in 2025?');
    expect($$(element, '.partner-view .action')).to.have.length(expected.length);
    expect(element.shadowRoot!.querySelector('.themes')).to.equal(null);
    expect(text(element, '[role=status][aria-live]')).to.equal(`De agenda noemt Bibliotheek bij ${expected.length} acties.`);
    await expectAccessible(element);
    // A link to the doel returns to the whole agenda, with that doel open.
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('.partner-view a')!;
    const target = new URL(link.href).hash.slice('#doel='.length);
    link.click();
    await until(() => !!element.shadowRoot!.querySelector(`details.goal[data-target="${target}"][open]`), 'the doel did not open');
    expect(element.shadowRoot!.querySelector('.partner-view')).to.equal(null);
    resetPage();
  });

  it('searches the whole agenda beside a chosen partner', async () => {
    const element = await agenda();
    const select = $(element, '#partner') as HTMLSelectElement;
    select.value = 'ggd-twente';
    select.dispatchEvent(new Event('change'));
    await settle(element);
    const search = $(element, '#zoek') as HTMLInputElement;
    search.focus();
    search.value = 'taalpunt';
    search.dispatchEvent(new Event('input'));
    await until(() => !!element.shadowRoot!.querySelector('.search-results .hit'), 'no results beside the partner');
    expect(element.shadowRoot!.querySelector('.partner-view')).not.to.equal(null);
    await expectAccessible(element);
    resetPage();
  });

  it('shows only one partner\'s actions with the partner attribute, for its own site', async () => {
    const data = await agendaData();
    const element = await agenda({ partner: 'taalpunt', level: 'a2' });
    const expected = actionsOfPartner(data, 'taalpunt', 2025);
    expect($$(element, '.partner-view .action')).to.have.length(expected.length);
    expect(element.shadowRoot!.querySelector('#partner')).to.equal(null);
    expect(element.shadowRoot!.querySelector('#zoek')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part=show-all]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.partner-view a')).to.equal(null);
    const first = (expected[0]!.action.text as Texts).a2;
    expect(text(element, '.partner-view .action .text')).to.equal(squash(first));
    await expectAccessible(element);
    // Other years still show that partner's part.
    ($(element, 'input[name=jaar][value="2024"]') as HTMLInputElement).click();
    await settle(element);
    expect($$(element, '.partner-view .action')).to.have.length(actionsOfPartner(data, 'taalpunt', 2024).length);
  });

  it('says so when the partner attribute names no partner of the feed', async () => {
    const element = document.createElement('helder-agenda');
    element.setAttribute('partner', 'onbekend');
    element.setAttribute('src', AGENDA_URL);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await until(() => !!element.shadowRoot?.querySelector('.agenda p') && text(element, '.agenda').includes('De organisatie "onbekend" staat niet in de agenda.'), 'no message');
    await expectAccessible(element);
  });
});

describe('<helder-agenda> metingen', () => {
  beforeEach(resetPage);

  it('draws a meting as an accessible SVG chart with its trend in words, and switches to a table', async () => {
    const element = await agenda();
    await openDetails(element, 'details.theme[data-key="t:zelfredzame-twenterander"]');
    const meedoen = await figure(element, 'meedoenregeling');
    const chart = meedoen.querySelector('svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const title = element.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Aantal mensen dat de Meedoenregeling gebruikt');
    const description = element.shadowRoot!.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('2024: 309 (2023: 375, 66 minder).');
    // Values and years are written in the chart: nothing is said by bar height or colour alone.
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).to.include.members(['2019', '2024', '423', '309']);
    expect(chart.querySelectorAll('rect.bar')).to.have.length(6);
    expect(element.shadowRoot!.querySelector('canvas')).to.equal(null);
    await expectAccessible(element);

    const toggle = meedoen.querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(element);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(meedoen.querySelector('svg')).to.equal(null);
    const rows = [...meedoen.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).to.deep.equal([
      ['2019', '423'],
      ['2020', '218'],
      ['2021', '309'],
      ['2022', '359'],
      ['2023', '375'],
      ['2024', '309'],
    ]);
    expect(squash(meedoen.querySelector('caption')?.textContent)).to.equal('Aantal mensen dat de Meedoenregeling gebruikt');
    await expectAccessible(element);
    toggle.click();
    await settle(element);
    expect(meedoen.querySelector('svg')).not.to.equal(null);
  });

  it('formats numbers in the interface language and words every unit honestly', async () => {
    const element = await agenda({ lang: 'en' });
    await until(() => $(element, '.base').getAttribute('lang') === 'en', 'English did not load');
    await openDetails(element, 'details.theme[data-key="t:zelfredzame-twenterander"]');
    await openDetails(element, 'details.theme[data-key="t:participerende-twenterander"]');
    await figure(element, 'maatwerkvoorzieningen');
    await figure(element, 'wsw-zittend-bestand');
    const labels = (id: string) => [...$(element, `figure[data-indicator=${id}] svg`).querySelectorAll('text')].map((t) => t.textContent);
    expect(labels('maatwerkvoorzieningen')).to.include('3,151');
    // Work-years say their unit, with its plural form.
    expect(text(element, 'figure[data-indicator=wsw-zittend-bestand] .trend')).to.contain('208').and.contain('219');
    await expectAccessible(element);
  });

  it('shows every meting of the feed somewhere, once', async () => {
    const data = await agendaData();
    const element = await agenda();
    for (const details of $$(element, 'details.theme')) details.querySelector('summary')!.click();
    await until(() => $$(element, 'details.challenge').length > 10, 'themalijnen did not open');
    for (const challenge of $$(element, 'details.challenge')) challenge.querySelector('summary')!.click();
    await until(() => $$(element, 'details.goal').length > 20, 'opgaven did not open');
    for (const goal of $$(element, 'details.goal')) goal.querySelector('summary')!.click();
    ($(element, '.other-indicators > summary')).click();
    await until(() => $$(element, 'figure.indicator').length === (data.indicators ?? []).length, 'not every meting is shown');
    const ids = $$(element, 'figure.indicator').map((f) => f.dataset.indicator);
    expect(new Set(ids).size).to.equal(ids.length);
    // Yes/no series are boxes with the answer written in them.
    const yesNo = $(element, 'figure[data-indicator=meldpunt-loverboys-mensenhandel]');
    expect([...yesNo.querySelectorAll('text')].map((t) => t.textContent)).to.include('ja');
    expect(text(element, 'figure[data-indicator=meldpunt-loverboys-mensenhandel] .trend')).to.equal('2023: ja (2022: ja).');
  });
});

describe('<helder-agenda> search and print', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('finds doelen and actions of the year, with their place and a link that opens them', async () => {
    const element = await agenda({ level: 'a2' });
    const search = $(element, '#zoek') as HTMLInputElement;
    search.focus();
    search.value = 'taalpunt';
    search.dispatchEvent(new Event('input'));
    await until(() => !!element.shadowRoot!.querySelector('.search-results'), 'no results');
    await settle(element);
    const hits = $$(element, '.hit');
    // Every action that names the Taalpunt as a partner, also where its text does not.
    const data = await agendaData();
    expect(hits.length).to.be.at.least(actionsOfPartner(data, 'taalpunt', 2025).length);
    expect(text(element, '#zoek-resultaten')).to.match(/gevonden\.$/);
    expect(squash(hits[0]!.querySelector('.place')?.textContent)).to.contain('›');
    await until(() => /gevonden\.$/.test(text(element, '[role=status][aria-live]')), 'count not announced');
    await expectAccessible(element);
    const link = hits[0]!.querySelector<HTMLAnchorElement>('a')!;
    const target = new URL(link.href).hash.slice('#doel='.length);
    link.click();
    await until(() => !!element.shadowRoot!.querySelector(`details[data-target="${target}"][open]`), 'the result did not open');
    await settle(element);
    expect(deepActiveElement()?.parentElement?.dataset.target).to.equal(target);
    // A word from the policy text (c1) finds the doel at A2 too.
    search.value = 'bestaanszekerheid';
    search.dispatchEvent(new Event('input'));
    await settle(element);
    expect($$(element, '.hit').length).to.be.greaterThan(0);
    search.value = 'qqqqqqq';
    search.dispatchEvent(new Event('input'));
    await settle(element);
    expect(text(element, '#zoek-resultaten')).to.equal('Niets gevonden.');
  });

  it('prints one themalijn with everything in it open, and hides the rest', async () => {
    const element = await agenda();
    let during: { open: number; closed: number; printing: string | undefined; others: string } | undefined;
    const print = window.print;
    window.print = () => {
      const theme = $(element, '.theme-section[data-theme=lerende-twenterander]');
      const details = [...theme.querySelectorAll('details')];
      during = {
        open: details.filter((d) => d.open).length,
        closed: details.filter((d) => !d.open).length,
        printing: $(element, '.agenda').dataset.printing,
        others: $$(element, '.theme-section.print-target').map((s) => s.dataset.theme).join(),
      };
    };
    try {
      const button = $$(element, '[part=print]').find((b) => b.closest('[data-theme=lerende-twenterander]'))!;
      expect(squash(button.textContent)).to.equal('Print dit thema: De lerende Twenterander: leren en ontwikkelen');
      button.click();
      await until(() => during !== undefined, 'print was not called');
    } finally {
      window.print = print;
    }
    expect(during!.closed).to.equal(0);
    expect(during!.open).to.be.greaterThan(5);
    expect(during!.printing).to.equal('theme');
    expect(during!.others).to.equal('lerende-twenterander');
    await settle(element);
    expect($(element, '.agenda').dataset.printing).to.equal(undefined);
    expect($$(element, 'details[open]')).to.have.length(0);
  });
});

describe('<helder-agenda> with a broken feed', () => {
  beforeEach(resetPage);

  it('skips the broken parts, shows the rest, and reports them', async () => {
    const data = (await agendaData()) as unknown as Record<string, any>;
    delete data.themes[0].goals[0].actions[0].text;
    data.themes[1].goals[0].number = 'twee';
    data.indicators[0].unit = 'stuks';
    data.partners.push({ id: 'zonder-naam', source: 'test' });
    const element = document.createElement('helder-agenda') as HelderAgenda;
    const error = oneEvent(element, 'helder-error');
    element.data = data;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      document.body.append(element);
      const { detail } = (await error) as CustomEvent<HelderErrorDetail>;
      expect(detail.errorCount).to.equal(4);
      expect(detail.errors.map((e) => e.path)).to.deep.equal([
        `/partners/${data.partners.length - 1}/name`,
        '/themes/0/goals/0/actions/0/text',
        '/themes/1/goals/0/number',
        '/indicators/0/unit',
      ]);
      await loaded(element);
    } finally {
      console.warn = warn;
    }
    expect($$(element, '.theme-section')).to.have.length(4);
    expect(text(element, '[part=problems]')).to.contain('4 onderdelen konden niet goed worden getoond.');
    await expectAccessible(element);
    element.remove();
  });

  it('shows a calm error for a feed that is no agenda', async () => {
    const element = document.createElement('helder-agenda') as HelderAgenda;
    element.setAttribute('src', '/test-feeds/status-500');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      document.body.append(element);
      await loaded(element);
    } finally {
      console.warn = warn;
    }
    expect(text(element, '[part=error]')).to.contain('Dit kan nu niet worden getoond.');
    await expectAccessible(element);
    element.remove();
  });
});

describe('<helder-agenda> in custom-elements.json', () => {
  it('lists the attributes the element observes and the parts it renders', async () => {
    const json = (await (await fetch('/dist/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; cssParts?: { name: string }[]; events?: { name: string }[] }[] }[];
    };
    const declaration = json.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'helder-agenda')!;
    expect(declaration, 'run npm run build first').to.not.equal(undefined);
    const observed = (customElements.get('helder-agenda') as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(declaration.attributes!.map((a) => a.name).sort()).to.deep.equal([...observed].sort());
    expect(declaration.events!.map((e) => e.name)).to.deep.equal(['helder-error', 'helder-load']);
    const element = await agenda();
    await openDetails(element, 'details.theme');
    await openDetails(element, 'details.challenge');
    await openDetails(element, 'details.goal');
    const listed = new Set(declaration.cssParts!.map((p) => p.name));
    const rendered = new Set($$(element, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
    expect([...rendered].filter((name) => !listed.has(name))).to.deep.equal([]);
  });
});

/** Nothing inside the widget is wider than the widget: no sideways scrolling (WCAG 1.4.10). */
function overflowing(element: HelderAgenda): string[] {
  const limit = element.getBoundingClientRect().right + 1;
  return [...element.shadowRoot!.querySelectorAll<Element>('*')]
    .filter((node) => node.getBoundingClientRect().right > limit && !node.closest('.visually-hidden'))
    .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}: ${node.textContent?.slice(0, 30) ?? ''}`);
}

/** Every themalijn, opgave and doel open, with one meting as a table. */
async function openEverything(element: HelderAgenda): Promise<void> {
  for (const details of $$(element, 'details.theme')) details.querySelector('summary')!.click();
  await until(() => $$(element, 'details.challenge').length > 10, 'themalijnen did not open');
  for (const details of $$(element, 'details.challenge')) details.querySelector('summary')!.click();
  await until(() => $$(element, 'details.goal').length > 20, 'opgaven did not open');
  for (const details of $$(element, 'details.goal')) details.querySelector('summary')!.click();
  await until(() => $$(element, 'details.goal .disclosure-content').length === $$(element, 'details.goal').length, 'doelen did not open');
  $(element, '.other-indicators > summary').click();
  await until(() => !!element.shadowRoot!.querySelector('.other-indicators .indicator'), 'other metingen did not open');
  $(element, '[part=table-toggle]').click();
  await settle(element);
}

describe('<helder-agenda> layout: small screens, large text, forced colours, reduced motion, print', () => {
  beforeEach(resetPage);
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
    await executeServerCommand('forced-colors', { active: false });
  });

  it('reflows at 320 px wide, with everything open, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await agenda();
    expect(overflowing(element)).to.deep.equal([]);
    await openEverything(element);
    expect(element.shadowRoot!.querySelector('table.indicator-table')).not.to.equal(null);
    expect(overflowing(element)).to.deep.equal([]);
    // The charts shrink to fit.
    for (const chart of $$(element, 'svg.chart')) expect(chart.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('reflows at 320 px in the partner view and the search results', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await agenda();
    const search = $(element, '#zoek') as HTMLInputElement;
    search.value = 'jongeren';
    search.dispatchEvent(new Event('input'));
    await until(() => !!element.shadowRoot!.querySelector('.search-results .hit'), 'no results');
    expect(overflowing(element)).to.deep.equal([]);
    const select = $(element, '#partner') as HTMLSelectElement;
    select.value = 'ggd-twente';
    select.dispatchEvent(new Event('change'));
    await settle(element);
    expect(element.shadowRoot!.querySelector('.partner-view .action')).not.to.equal(null);
    expect(overflowing(element)).to.deep.equal([]);
  });

  it('keeps working at 200% text size on a 640 px screen; chart labels grow with the text', async () => {
    await setViewport({ width: 640, height: 800 });
    const element = await agenda();
    await openDetails(element, 'details.theme[data-key="t:zelfredzame-twenterander"]');
    await figure(element, 'meedoenregeling');
    const label = () => $(element, 'figure[data-indicator=meedoenregeling] svg text').getBoundingClientRect().height;
    const normal = label();
    document.documentElement.style.fontSize = '200%';
    await settle(element);
    expect(parseFloat(getComputedStyle($(element, '[part=theme-title]')).fontSize)).to.be.greaterThan(35);
    expect(label()).to.be.greaterThan(normal * 1.3);
    expect(overflowing(element)).to.deep.equal([]);
    const button = $(element, '[part=print]');
    expect(button.scrollHeight).to.be.at.most(button.clientHeight + 1);
  });

  it('draws charts, marks and the pressed table button in system colours in forced-colours mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const element = await agenda();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await openDetails(element, 'details.theme[data-key="t:zelfredzame-twenterander"]');
    await openDetails(element, 'details.challenge');
    const chart = (await figure(element, 'meedoenregeling')).querySelector('svg')!;
    const textColour = getComputedStyle(chart).color;
    // Bars, labels and axis in the text colour of the system: visible on its background.
    expect(getComputedStyle(chart.querySelector('rect.bar')!).fill).to.equal(textColour);
    expect(getComputedStyle(chart.querySelector('text')!).fill).to.equal(textColour);
    expect(getComputedStyle(chart.querySelector('line.axis')!).stroke).to.equal(textColour);
    expect(textColour).not.to.equal(getComputedStyle($(element, '.indicator')).backgroundColor);
    expect(getComputedStyle($(element, '[part=change]')).borderStyle).to.equal('solid');
    const toggle = $(element, 'figure[data-indicator=meedoenregeling] [part=table-toggle]');
    toggle.click();
    await settle(element);
    expect(getComputedStyle(toggle).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(toggle).backgroundColor).not.to.equal(getComputedStyle(toggle).color);
  });

  it('has no animation, and stops the loading one for people who ask for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = document.createElement('helder-agenda') as HelderAgenda;
    element.setAttribute('src', '/test-feeds/slow');
    element.setAttribute('timeout', '2000');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await settle(element);
    const spinner = $(element, '.spinner');
    expect(parseFloat(getComputedStyle(spinner).animationDuration)).to.be.below(0.001);
    const ready = await agenda();
    await openDetails(ready, 'details.theme');
    const moving = $$(ready, '*').filter((node) => getComputedStyle(node).animationName !== 'none' || parseFloat(getComputedStyle(node).transitionDuration) > 0.001);
    expect(moving.map((node) => node.className)).to.deep.equal([]);
  });

  it('prints the chosen themalijn only, without buttons and links to the page itself', async () => {
    const element = await agenda();
    await openDetails(element, 'details.theme[data-key="t:gezonde-twenterander"]');
    const button = $$(element, '[part=print]').find((b) => b.closest('[data-theme=zelfredzame-twenterander]'))!;
    await emulateMedia({ media: 'print' });
    let seen: { shown: (string | undefined)[]; buttons: string; toolbar: string; intro: string; links: string[]; charts: number } | undefined;
    const print = window.print;
    // Read while print() runs: that is when the browser lays out the page for paper.
    window.print = () => {
      seen = {
        shown: $$(element, '.theme-section').filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.dataset.theme),
        buttons: getComputedStyle($(element, '[part=print]')).display,
        toolbar: getComputedStyle($(element, '.agenda-toolbar')).display,
        intro: getComputedStyle($(element, '.intro')).display,
        links: $$(element, '.print-target a.goal-link').map((a) => getComputedStyle(a).display).filter((d) => d !== 'none'),
        charts: $$(element, '.print-target svg.chart').length,
      };
    };
    try {
      button.click();
      await until(() => seen !== undefined, 'print was not called');
    } finally {
      window.print = print;
      await emulateMedia({ media: 'screen' });
    }
    expect(seen!.shown).to.deep.equal(['zelfredzame-twenterander']);
    expect(seen!.buttons).to.equal('none');
    expect(seen!.toolbar).to.equal('none');
    expect(seen!.intro).to.equal('none');
    expect(seen!.links).to.deep.equal([]);
    // The charts are on paper too: their code was fetched before printing.
    expect(seen!.charts).to.be.greaterThan(5);
    // Afterwards the agenda is as it was: the other themalijn still open, the printed one closed.
    await settle(element);
    expect(($(element, 'details.theme[data-key="t:gezonde-twenterander"]') as HTMLDetailsElement).open).to.equal(true);
    expect(($(element, 'details.theme[data-key="t:zelfredzame-twenterander"]') as HTMLDetailsElement).open).to.equal(false);
  });
});
