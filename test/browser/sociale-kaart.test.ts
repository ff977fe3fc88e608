import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderSocialeKaart } from '../../src/components/sociale-kaart/sociale-kaart.component.js';
import type { HelderErrorDetail } from '../../src/components/shared/events/helder-error.js';
import { $, $$, deepActiveElement, expectAccessible, resetPage, settle, shadow, text, until } from './helpers.js';

const KAART_URL = '/src/data/twenterand/sociale-kaart.json';
/** Open Referral's examples in /work/shared, outside the server's root (see the dev server's outside-root paths). */
const HSDS = '/__wds-outside-root__/1/shared/hsds-3.0';

async function kaart(attributes = ''): Promise<HelderSocialeKaart> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = `<helder-sociale-kaart src="${KAART_URL}" ${attributes}></helder-sociale-kaart>`;
  const element = holder.firstElementChild as HelderSocialeKaart;
  await until(() => !!element.shadowRoot?.querySelector('.card'), 'no cards');
  await settle(element);
  return element;
}

const titles = (element: Element) => $$(element, '.overview .card-title').map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim());
const countText = (element: Element) => text(element, '[part=count]');
const status = (element: Element) => text(element, '[role=status][aria-live=polite]');

async function typeInSearch(element: HelderSocialeKaart, value: string): Promise<void> {
  $(element, '#zoek').focus();
  await sendKeys({ type: value });
  await settle(element);
}

/** Waits for the debounced address write. */
const addressWritten = (fragment: string) => until(() => decodeURIComponent(location.hash).includes(fragment), `address lacks ${fragment}: ${location.hash}`);

describe('<helder-sociale-kaart>', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('shows the Twenterand services twenty at a time, with the count, and is accessible', async () => {
    const loads: number[] = [];
    document.addEventListener('helder-load', (e) => loads.push(e.detail.count), { once: true });
    const element = await kaart();
    expect(countText(element)).to.equal('56 diensten');
    expect(titles(element)).to.have.length(20);
    expect(text(element, '.overview .card dd')).to.equal('heel Twenterand');
    expect(text(element, '.overview .card dt')).to.equal('Voor inwoners van');
    expect(text(element, '.overview .card')).to.contain('Gecontroleerd op 30 november 2026');
    // No schedules in the Twenterand data: nothing is said about hours, not even "gesloten".
    expect(element.shadowRoot!.querySelector('[part=opening]')).to.equal(null);
    // Home-Start is inactive in the data: it is left out.
    expect(loads).to.deep.equal([56]);
    await expectAccessible(element);
    const more = $(element, '[part=more]');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(titles(element)).to.have.length(40);
    // The first new card's title has the focus, so the resident reads on where the list grew.
    expect(deepActiveElement()?.textContent?.trim()).to.equal(titles(element)[20]);
  });

  it('finds Meldpunt Geldzorgen for "geldzorgen" and for "schulden", typed in the search box, and says how many', async () => {
    const element = await kaart();
    for (const query of ['geldzorgen', 'schulden']) {
      const input = $(element, '#zoek') as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await typeInSearch(element, query);
      await until(() => titles(element).length < 10, `"${query}" did not search`);
      expect(titles(element)).to.deep.equal(['Meldpunt Geldzorgen', 'Schuldhulpverlening']);
      // Announced once typing stops, not at every key.
      await until(() => status(element) === '2 diensten gevonden.', `count not announced: ${status(element)}`);
    }
    await addressWritten('zoek=schulden');
    await expectAccessible(element);
  });

  it('asks for three letters before it searches', async () => {
    const element = await kaart();
    await typeInSearch(element, 'ge');
    expect(text(element, '.toolbar')).to.contain('Typ minstens 3 letters.');
    expect(countText(element)).to.equal('56 diensten');
  });

  it('filters by keyboard, with counts per option, and keeps the filters in the address', async () => {
    const element = await kaart();
    const need = $(element, '#filter-need') as HTMLSelectElement;
    const options = [...need.options].map((o) => o.textContent!.trim());
    expect(options[0]).to.equal('Alles');
    expect(options).to.include('Geldzorgen (2)');
    need.focus();
    // Type-ahead in a closed select chooses the option, as a keyboard user would.
    await sendKeys({ type: 'Geld' });
    await settle(element);
    expect(need.value).to.equal('geldzorgen');
    expect(titles(element)).to.deep.equal(['Meldpunt Geldzorgen', 'Schuldhulpverlening']);
    expect(status(element)).to.equal('2 diensten gevonden.');
    await addressWritten('hulp=geldzorgen');
    const kern = $(element, '#filter-kern') as HTMLSelectElement;
    expect([...kern.options].map((o) => o.textContent!.trim())).to.include('Vroomshoop (2)');
    // "Toon alle diensten" clears everything.
    const reset = $$(element, 'button').find((b) => b.textContent?.includes('Toon alle diensten'))!;
    reset.click();
    await settle(element);
    expect(countText(element)).to.equal('56 diensten');
    await expectAccessible(element);
  });

  it('opens with the filters a shared link holds', async () => {
    history.replaceState(null, '', '#hulp=verslaving&zoek=roken');
    const element = await kaart();
    await until(() => titles(element).length === 1, `expected one result: ${titles(element).join(', ')}`);
    expect(titles(element)).to.deep.equal(['Cursus stoppen met roken']);
    expect(($(element, '#zoek') as HTMLInputElement).value).to.equal('roken');
    expect(($(element, '#filter-need') as HTMLSelectElement).value).to.equal('verslaving');
  });

  it('starts with the need and kern of its attributes, and lets the resident clear them', async () => {
    const element = await kaart('need="mantelzorg" kern="Vroomshoop"');
    expect(titles(element)).to.deep.equal(['Mantelzorgondersteuning', 'Waardebon voor mantelzorgers']);
    expect(($(element, '#filter-kern') as HTMLSelectElement).value).to.equal('Vroomshoop');
    const need = $(element, '#filter-need') as HTMLSelectElement;
    need.value = '';
    need.dispatchEvent(new Event('change'));
    await settle(element);
    expect(titles(element).length).to.equal(20);
    await addressWritten('hulp=');
    expect(location.hash).not.to.contain('kern=');
  });

  it('keeps two kaarten on one page apart in the address: the second by its id', async () => {
    const main = await kaart();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<helder-sociale-kaart id="partner" src="${KAART_URL}" organization="Stichting Evenmens"></helder-sociale-kaart>`;
    const partner = holder.firstElementChild as HelderSocialeKaart;
    await until(() => titles(partner).length === 2, 'partner did not render');
    const need = $(main, '#filter-need') as HTMLSelectElement;
    need.value = 'verslaving';
    need.dispatchEvent(new Event('change'));
    const search = $(partner, '#zoek') as HTMLInputElement;
    search.value = 'waardebon';
    search.dispatchEvent(new Event('input'));
    await until(() => titles(partner).length === 1, 'partner did not search');
    await addressWritten('partner.zoek=waardebon');
    await addressWritten('hulp=verslaving');
    expect(titles(partner)).to.deep.equal(['Waardebon voor mantelzorgers']);
    expect(titles(main)).to.include('Cursus stoppen met roken');
    // A link with both opens both views.
    const link = location.hash;
    history.replaceState(null, '', '#');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(main);
    expect(titles(main)).to.have.length(20);
    history.replaceState(null, '', link);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(partner);
    expect(($(partner, '#zoek') as HTMLInputElement).value).to.equal('waardebon');
    expect(($(main, '#filter-need') as HTMLSelectElement).value).to.equal('verslaving');
    expect(($(main, '#zoek') as HTMLInputElement).value).to.equal('');
  });

  it('shows only one partner’s aanbod with the organization attribute', async () => {
    const element = await kaart('organization="Stichting Evenmens"');
    expect(titles(element)).to.deep.equal(['Mantelzorgondersteuning', 'Waardebon voor mantelzorgers']);
    expect(countText(element)).to.equal('2 diensten');
  });

  it('sorts by kern and name when services have no address, from a postcode, and says how', async () => {
    const element = await kaart();
    const place = $(element, '#plek') as HTMLInputElement;
    place.focus();
    await sendKeys({ type: '7683' });
    await sendKeys({ press: 'Enter' });
    // The sorting code is fetched when a place is chosen.
    await until(() => !!element.shadowRoot!.querySelector('.sort-note'), 'not sorted');
    expect(text(element, '.sort-note')).to.contain('Den Ham');
    expect(text(element, '.sort-note')).to.contain('geen adres op de kaart');
    await addressWritten('bij=7683');
    for (let i = 0; i < 2; i++) {
      $(element, '[part=more]').click();
      await settle(element);
    }
    const all = titles(element);
    expect(all).to.have.length(56);
    // Only "Gezinsaanpak basisvaardigheden" is not for Den Ham (Westerhaar and Vroomshoop): it comes last.
    expect(all.at(-1)).to.equal('Gezinsaanpak basisvaardigheden');
    const rest = all.slice(0, -1);
    expect(rest).to.deep.equal([...rest].sort(new Intl.Collator('nl').compare));
    // No service is given a distance it does not have.
    expect(element.shadowRoot!.querySelector('[part=distance]')).to.equal(null);
    // An unknown postcode is said so, next to the field.
    place.value = '';
    place.dispatchEvent(new Event('input'));
    place.focus();
    await sendKeys({ type: '1012' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text(element, '.place')).to.contain('Deze postcode kennen we niet');
    expect(place.getAttribute('aria-invalid')).to.equal('true');
    expect(place.getAttribute('aria-describedby')).to.equal('plek-fout');
    await expectAccessible(element);
  });

  it('sorts services with an address by distance from the kern, nearest first', async () => {
    const at = (id: string, latitude: number, longitude: number) => ({
      id,
      name: `Dienst ${id}`,
      service_at_locations: [{ location: { name: `Plek ${id}`, latitude, longitude } }],
    });
    const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart
      .data=${[at('ver', 52.41, 6.63), { id: 'zonder', name: 'Dienst zonder adres' }, at('dichtbij', 52.461, 6.571), at('midden', 52.47, 6.49)]}
    ></helder-sociale-kaart>`);
    await until(() => titles(element).length === 4, 'did not render');
    const place = $(element, '#plek') as HTMLInputElement;
    place.focus();
    await sendKeys({ type: 'vroomshoop' });
    await sendKeys({ press: 'Enter' });
    await until(() => titles(element)[0] === 'Dienst dichtbij', 'not sorted by distance');
    expect(titles(element)).to.deep.equal(['Dienst dichtbij', 'Dienst midden', 'Dienst ver', 'Dienst zonder adres']);
    expect($$(element, '[part=distance]').map((d) => d.textContent?.trim())).to.deep.equal(['ongeveer 0,1 km', 'ongeveer 5,5 km', 'ongeveer 6,9 km']);
    expect(text(element, '.sort-note')).to.contain('bij benadering');
    $$(element, 'button').find((b) => b.textContent?.includes('Niet meer sorteren'))!.click();
    await settle(element);
    expect(titles(element)[0]).to.equal('Dienst ver');
  });

  it('keeps a shortlist on this device, prints it, and shares it as a link', async () => {
    const element = await kaart();
    const first = titles(element)[0];
    const save = $(element, '.overview [part=save]');
    save.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    const stored = JSON.parse(localStorage.getItem('helder-sociale-kaart-lijst') ?? '[]') as string[];
    expect(stored).to.have.length(1);
    $(element, '[part=open-shortlist]').click();
    // The shortlist's code is fetched when it opens; then its heading has the focus.
    await until(() => deepActiveElement()?.id === 'lijst-titel', 'the heading of the list has no focus');
    expect($$(element, '.shortlist .card-title').map((t) => t.textContent?.trim())).to.deep.equal([first]);
    const link = ($(element, '[part=share-link]') as HTMLInputElement).value;
    expect(link).to.match(new RegExp(`#lijst=${stored[0]}$`));
    await expectAccessible(element);
    // The print view: no buttons or fields, the cards with their links.
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(element, '[part=print]')).display).to.equal('none');
      expect(getComputedStyle($(element, '.share')).display).to.equal('none');
      expect(getComputedStyle($(element, '.shortlist .card')).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // The shared link opens the same list elsewhere, and can be kept there.
    localStorage.removeItem('helder-sociale-kaart-lijst');
    history.replaceState(null, '', `#${link.split('#')[1]}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(element);
    expect(text(element, '.shortlist h2')).to.equal('Een lijst die met u is gedeeld');
    expect($$(element, '.shortlist .card-title').map((t) => t.textContent?.trim())).to.deep.equal([first]);
    $$(element, '.shortlist button').find((b) => b.textContent?.includes('Bewaar deze lijst'))!.click();
    await settle(element);
    expect(JSON.parse(localStorage.getItem('helder-sociale-kaart-lijst') ?? '[]')).to.deep.equal(stored);
    expect(text(element, '.shortlist h2')).to.equal('Mijn lijst');
  });

  for (const level of ['a2', 'b1', 'c1'] as const) {
    it(`shows the texts at level ${level.toUpperCase()}`, async () => {
      const element = await kaart(`level="${level}"`);
      const expected = { a2: 'Hulp bij geldzorgen', b1: 'Meldpunt Geldzorgen', c1: 'Meldpunt Geldzorgen' }[level];
      expect(titles(element)[0]).to.equal(expected);
      const description = text(element, '.overview .card .text');
      if (level === 'c1') expect(description).to.contain('bedient inwoners met financiële vragen');
      if (level === 'a2') expect(description).to.contain('Heeft u vragen over geld?');
      await expectAccessible(element);
    });
  }

  // The day agrees with its ordinal (Ukrainian: перша середа, перший четвер) and the number of
  // weeks with its noun (Arabic: the dual for 2), one message per weekday and per plural form.
  for (const [lang, expected] of [
    ['nl', ['de 1e woensdag', 'de laatste donderdag', 'om de 2 weken']],
    ['uk', ['1-а середа', 'останній четвер', 'раз на 2 тижні']],
    ['ar', ['يوم الأربعاء رقم 1', 'يوم الخميس الأخير', 'كل 2 أسبوعين']],
  ] as const) {
    it(`writes monthly days and "every 2 weeks" in the grammar of the language (${lang})`, async () => {
      const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart
        lang=${lang}
        .data=${[
          {
            id: 'inloop',
            name: 'Inloop',
            schedules: [
              { freq: 'MONTHLY', byday: '1WE,-1TH', opens_at: '09:00', closes_at: '12:00' },
              { freq: 'WEEKLY', interval: 2, dtstart: '2026-01-05', byday: 'MO', opens_at: '13:00', closes_at: '15:00' },
            ],
          },
        ]}
      ></helder-sociale-kaart>`);
      await until(() => !!element.shadowRoot?.querySelector('.hours summary'), 'no hours');
      const hours = $(element, '.hours') as HTMLDetailsElement;
      hours.querySelector('summary')!.click();
      await until(() => !!hours.querySelector('dl'), 'the hours did not show');
      for (const words of expected) expect(hours.textContent).to.contain(words);
      await expectAccessible(element);
    });
  }

  it('offers the kernen that a feed without a list of kernen names on its services, and no others', async () => {
    const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart
      .data=${[
        { id: 'a', name: 'Inloop Sibculo', helder: { kernen: ['Sibculo'] } },
        { id: 'b', name: 'Inloop Aadorp', helder: { kernen: ['Aadorp', 'Sibculo'] } },
        { id: 'c', name: 'Overal', helder: { kernen: 'alle' } },
      ]}
    ></helder-sociale-kaart>`);
    await until(() => titles(element).length === 3, 'did not render');
    const kern = $(element, '#filter-kern') as HTMLSelectElement;
    const options = [...kern.options].map((o) => o.value).filter(Boolean);
    expect(options.sort()).to.deep.equal(['Aadorp', 'Sibculo']);
  });

  it('works in Arabic, right to left, with feed texts in Dutch', async () => {
    const element = await kaart('lang="ar"');
    await until(() => shadow(element).querySelector('.base')?.getAttribute('dir') === 'rtl', 'not rtl');
    expect($(element, '.overview .card .text').getAttribute('lang')).to.equal('nl');
    await expectAccessible(element);
  });

  it('shows the rest of a feed with broken items, and names the paths in helder-error', async () => {
    const errors: HelderErrorDetail[] = [];
    const listen = (e: CustomEvent<HelderErrorDetail>) => errors.push(e.detail);
    document.addEventListener('helder-error', listen);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart
        .data=${{
          kind: 'sociale-kaart',
          publisher: { name: 'Gemeente Test' },
          services: [
            { id: 'goed', name: 'Taalcafé', phones: [{ number: '0546 123 456' }, { number: 'geen nummer' }] },
            { id: 'zonder-naam' },
            { id: 'kapot', name: 'Inloop', schedules: 'elke dag', url: 'javascript:alert(1)' },
          ],
        }}
      ></helder-sociale-kaart>`);
      await until(() => titles(element).length === 2, 'the good services did not show');
      expect(titles(element)).to.deep.equal(['Taalcafé', 'Inloop']);
      expect(errors).to.have.length(1);
      expect(errors[0]!.errors.map((e) => e.path)).to.have.members(['/services/0/phones/1/number', '/services/1/name', '/services/2/schedules', '/services/2/url']);
      expect(text(element, '[part=problems]')).to.contain('4 onderdelen konden niet goed worden getoond.');
      expect($$(element, '.card a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:0546123456']);
      await expectAccessible(element);
    } finally {
      console.warn = warn;
      document.removeEventListener('helder-error', listen);
    }
  });

  it('renders Open Referral’s examples as they are', async () => {
    const response = await fetch(`${HSDS}/service_full.json`);
    const full = (await response.json()) as unknown;
    const warn = console.warn;
    console.warn = () => undefined; // the example's latitude 100 is reported
    try {
      const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart .data=${[full]}></helder-sociale-kaart>`);
      await until(() => titles(element).length === 1, 'the example did not show');
      expect(titles(element)).to.deep.equal(['Community Counselling']);
      expect($(element, '.card a[href^="tel:"]').getAttribute('href')).to.equal('tel:+441234234567');
      expect($(element, '.card a[href^="mailto:"]').getAttribute('href')).to.equal('mailto:email@example.com');
      expect(text(element, '.card')).to.contain('Example Organization Inc.');
      expect(text(element, '.card')).to.contain('Gecontroleerd op 1 januari 2005');
      // Its only schedule ended in 2005: no "open" or "gesloten" at all.
      expect(element.shadowRoot!.querySelector('[part=opening]')).to.equal(null);
      await expectAccessible(element);
      element.data = await (await fetch(`${HSDS}/service_list.json`)).json();
      await until(() => text(element, '[part=count]') === '10 diensten' || titles(element).length === 1, 'list did not show');
      expect(titles(element)).to.deep.equal(['Community Counselling']);
    } finally {
      console.warn = warn;
    }
  });

  it('says "nu open" or when it opens, from HSDS schedules, and nothing without them', async () => {
    const everyDay = 'MO,TU,WE,TH,FR,SA,SU';
    const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart
      .data=${[
        { id: 'altijd', name: 'Altijd open', schedules: [{ freq: 'WEEKLY', byday: everyDay, opens_at: '00:00', closes_at: '00:00' }] },
        { id: 'maandelijks', name: 'Eens per maand', schedules: [{ freq: 'MONTHLY', byday: '1MO', opens_at: '09:00', closes_at: '12:00' }] },
        { id: 'zonder', name: 'Zonder tijden' },
      ]}
    ></helder-sociale-kaart>`);
    await until(() => titles(element).length === 3, 'did not render');
    // The code for hours is fetched when the first card with hours shows.
    await until(() => $$(element, '[part=opening]').length === 2, 'the opening hours did not show');
    const cards = $$(element, '.overview .card');
    expect(cards[0]!.querySelector('[part=opening]')!.textContent).to.contain('Nu open');
    expect(cards[1]!.querySelector('[part=opening]')!.textContent).to.match(/Nu open|Gesloten, opent/);
    const hours = cards[1]!.querySelector<HTMLDetailsElement>('.hours')!;
    hours.querySelector('summary')!.click();
    await until(() => (hours.textContent ?? '').includes('de 1e maandag'), 'the hours did not show');
    expect(cards[2]!.querySelector('[part=opening]')).to.equal(null);
    expect(cards[2]!.textContent).not.to.contain('Gesloten');
    await expectAccessible(element);
  });

  describe('api mode: an HSDS 3.0 API, page by page', () => {
    it('asks the local endpoint, shows its total, searches and pages there', async () => {
      const loads: number[] = [];
      const listen = (e: CustomEvent<{ count: number }>) => loads.push(e.detail.count);
      document.addEventListener('helder-load', listen);
      try {
        const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart api="/hsds-test"></helder-sociale-kaart>`);
        await until(() => titles(element).length === 20, 'first page did not show');
        expect(countText(element)).to.equal('1.000 diensten');
        expect(loads).to.deep.equal([1000]);
        await typeInSearch(element, 'geldzorgen');
        await until(() => countText(element) !== '1.000 diensten' && !element.shadowRoot!.querySelector('[aria-busy=true]'), 'search did not answer');
        const total = Number(countText(element).replace(/\D/g, ''));
        expect(total).to.be.greaterThan(20);
        expect(total).to.be.lessThan(100);
        expect(titles(element).every((t) => /Geldzorgen|Schuldhulp/i.test(t))).to.equal(true);
        await until(() => status(element) === `${total} diensten gevonden.`, 'API total not announced');
        $(element, '[part=more]').click();
        await until(() => titles(element).length === Math.min(40, total), 'second page did not come');
        await expectAccessible(element);
      } finally {
        document.removeEventListener('helder-load', listen);
      }
    });

    it('reports a broken service on a page and shows the others', async () => {
      const errors: HelderErrorDetail[] = [];
      const listen = (e: CustomEvent<HelderErrorDetail>) => errors.push(e.detail);
      document.addEventListener('helder-error', listen);
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart api="/hsds-test/broken"></helder-sociale-kaart>`);
        await until(() => titles(element).length === 19, 'the other services did not show');
        expect(errors[0]!.errors.map((e) => e.path)).to.deep.equal(['/contents/0/name']);
      } finally {
        console.warn = warn;
        document.removeEventListener('helder-error', listen);
      }
    });

    it('shows a shortlist of services that are on no loaded page', async () => {
      localStorage.setItem('helder-sociale-kaart-lijst', JSON.stringify(['test-999', 'bestaat-niet']));
      history.replaceState(null, '', '#bewaard=ja');
      const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart api="/hsds-test"></helder-sociale-kaart>`);
      await until(() => $$(element, '.shortlist .card-title').length === 1, 'shortlist did not load');
      expect($$(element, '.shortlist .card-title')[0]!.textContent).to.contain('999');
      await until(() => text(element, '.shortlist').includes('1 dienst uit deze lijst staat niet meer op de kaart.'), 'missing not said');
    });
  });
});
