import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderSocialeKaart } from '../../src/components/sociale-kaart/sociale-kaart.component.js';
import { LazyModule } from '../../src/components/shared/lazy-module.js';
import { $, $$, deepActiveElement, expectAccessible, resetPage, settle, text, until } from './helpers.js';

/**
 * The parts of the kaart that most visits never use are fetched on first use: the API mode, the
 * shortlist, sorting by distance and the week's hours. These tests check that they are not
 * fetched before, that they work by keyboard once they arrive, and that a part that cannot be
 * fetched says so and can be tried again.
 */

const KAART_URL = '/src/data/twenterand/sociale-kaart.json';
const LAZY_FILES = ['api-controller', 'shortlist.render', 'near', 'hours.render', 'core/distance', 'core/week-table'];

/** The lazy files this page has fetched so far. */
const fetched = () =>
  LAZY_FILES.filter((file) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes(`/${file}.`)));

async function kaart(): Promise<HelderSocialeKaart> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = `<helder-sociale-kaart src="${KAART_URL}"></helder-sociale-kaart>`;
  const element = holder.firstElementChild as HelderSocialeKaart;
  await until(() => !!element.shadowRoot?.querySelector('.card'), 'no cards');
  await settle(element);
  return element;
}

/** Puts a part whose fetch fails in place of one of the element's lazy parts (as when the device goes offline). */
function failing(element: HelderSocialeKaart, part: 'shortlist' | 'near' | 'hours'): void {
  const offline = new LazyModule(element, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  Object.assign(element, { [part]: offline });
}

/** Gives the element back a part that loads. */
function working(element: HelderSocialeKaart, part: 'shortlist' | 'near' | 'hours'): void {
  const importer = (): Promise<unknown> =>
    part === 'shortlist'
      ? import('../../src/components/sociale-kaart/shortlist.render.js')
      : part === 'hours'
        ? import('../../src/components/sociale-kaart/hours.render.js')
        : import('../../src/components/sociale-kaart/near.js');
  Object.assign(element, { [part]: new LazyModule(element, importer) });
}

describe('<helder-sociale-kaart>: parts fetched on first use', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  // First in this file: nothing lazy has been fetched on this page yet. The Twenterand feed has
  // no opening hours, so their code is not fetched either.
  it('shows the list without fetching the API mode, the shortlist, sorting or the hours', async () => {
    const element = await kaart();
    expect(fetched()).to.deep.equal([]);
    $(element, '[part=open-shortlist]').click();
    await until(() => !!element.shadowRoot!.querySelector('.shortlist'), 'the shortlist did not open');
    expect(fetched()).to.deep.equal(['shortlist.render']);
  });

  it('opens the shortlist by keyboard once its code is here, and goes back to "Mijn lijst"', async () => {
    const element = await kaart();
    $(element, '.overview [part=save]').click();
    await settle(element);
    $(element, '[part=open-shortlist]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'lijst-titel', 'the heading of the list has no focus');
    expect($$(element, '.shortlist .card')).to.have.length(1);
    await expectAccessible(element);
    $(element, '[part=back]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.getAttribute('part') === 'open-shortlist', '"Mijn lijst" has no focus');
  });

  it('shows the week’s hours when "Openingstijden" is opened by keyboard', async () => {
    const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart
      .data=${[{ id: 'inloop', name: 'Inloop', schedules: [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' }] }]}
    ></helder-sociale-kaart>`);
    await until(() => !!element.shadowRoot?.querySelector('.hours summary'), 'no hours');
    const hours = $(element, '.hours') as HTMLDetailsElement;
    hours.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!hours.querySelector('dl'), 'the hours did not show');
    expect(hours.open).to.equal(true);
    expect([...hours.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['maandag', 'woensdag']);
    expect(hours.querySelector('dd')!.textContent).to.equal('9:00–12:00');
    expect(deepActiveElement()?.localName).to.equal('summary');
    await expectAccessible(element);
  });

  it('says so when the shortlist cannot be fetched, with a way back, and tries again', async () => {
    const element = await kaart();
    failing(element, 'shortlist');
    $(element, '[part=open-shortlist]').click();
    // The resident's button is gone: the focus moves to "Opnieuw proberen".
    await until(() => deepActiveElement()?.getAttribute('part') === 'retry', '"Opnieuw proberen" has no focus');
    expect(text(element, '[part=error]')).to.contain('Dit kan nu niet worden getoond.');
    expect($(element, '[part=error]').getAttribute('role')).to.equal('alert');
    expect(element.shadowRoot!.querySelector('[part=back]')).not.to.equal(null);
    await expectAccessible(element);
    working(element, 'shortlist');
    $(element, '[part=retry]').click();
    await until(() => deepActiveElement()?.id === 'lijst-titel', 'the heading of the list has no focus');
    expect(element.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('says so in a card when the code for opening hours cannot be fetched, and shows them when tried again', async () => {
    const element = document.createElement('helder-sociale-kaart') as HelderSocialeKaart;
    failing(element, 'hours');
    element.data = [{ id: 'inloop', name: 'Inloop', schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '00:00' }] }];
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await until(() => !!element.shadowRoot?.querySelector('.card [part=retry]'), 'no notice in the card');
    expect(text(element, '.card [part=error]')).to.contain('Probeer het later opnieuw.');
    await expectAccessible(element);
    working(element, 'hours');
    $(element, '.card [part=retry]').click();
    await until(() => !!element.shadowRoot?.querySelector('[part=opening]'), 'the hours did not show');
    expect(text(element, '[part=opening]')).to.contain('Nu open');
    expect(element.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('says so when sorting by distance cannot be fetched, and sorts when tried again', async () => {
    const element = await kaart();
    failing(element, 'near');
    $(element, '#plek').focus();
    await sendKeys({ type: 'Vroomshoop' });
    await sendKeys({ press: 'Enter' });
    await until(() => !!element.shadowRoot!.querySelector('[part=error]'), 'no notice');
    expect(text(element, '[part=error]')).to.contain('Probeer het later opnieuw.');
    // The list still shows, unsorted.
    expect($$(element, '.overview .card')).to.have.length(20);
    working(element, 'near');
    $(element, '[part=retry]').click();
    await until(() => !!element.shadowRoot!.querySelector('.sort-note'), 'not sorted');
    expect(text(element, '.sort-note')).to.contain('Vroomshoop');
    expect(deepActiveElement()?.id).to.equal('plek');
    expect(element.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });
});
