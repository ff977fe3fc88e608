import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderSocialeKaart } from '../../src/components/sociale-kaart/sociale-kaart.component.js';
import { $, $$, deepActiveElement, resetPage, settle, until } from './helpers.js';

/** Nothing inside the widget is wider than the widget: no sideways scrolling (WCAG 1.4.10). */
function overflowing(element: HTMLElement): string[] {
  const limit = element.getBoundingClientRect().right + 1;
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > limit && !node.closest('.visually-hidden') && node.localName !== 'option')
    .map((node) => `${node.localName}.${node.className}: ${node.textContent?.slice(0, 30)}`);
}

/** Words in a card's facts that do not fit their column, so they would break inside (Twentera|nd). */
function brokenWords(element: HTMLElement): string[] {
  const broken: string[] = [];
  for (const dd of element.shadowRoot!.querySelectorAll<HTMLElement>('.facts dd')) {
    for (const word of (dd.textContent ?? '').split(/\s+/).filter(Boolean)) {
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = word;
      dd.append(probe);
      if (probe.getBoundingClientRect().width > dd.clientWidth + 1) broken.push(word);
      probe.remove();
    }
  }
  return broken;
}

/** A service with everything a card can show, so the layout is tested at its widest. */
const full = {
  id: 'vol',
  name: 'Inloopspreekuur voor vragen over geld, post en formulieren',
  description: 'Een lange beschrijving met een heel lang woord: schuldhulpverleningstraject, en meer.',
  url: 'https://www.example.org/een/heel/lange/link/naar/de/website/van/deze/dienst',
  email: 'spreekuur-geldzaken@bibliotheek-voorbeeld.example.org',
  assured_date: '2026-11-30',
  organization: { name: 'Bibliotheek Voorbeeld' },
  phones: [{ number: '0546 123 456' }],
  languages: [{ name: 'Nederlands' }, { name: 'Oekraïens' }],
  schedules: [{ freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '09:00', closes_at: '12:00' }],
  service_at_locations: [
    {
      location: {
        name: 'Bibliotheek',
        addresses: [{ address_1: 'Hoofdstraat 1', postal_code: '7681 AA', city: 'Vroomshoop' }],
        accessibility: [{ description: 'Rolstoeltoegankelijk, met een ringleiding.' }],
        latitude: 52.46,
        longitude: 6.57,
      },
    },
  ],
  helder: { needs: ['geldzorgen'], audience: ['ouderen'], kernen: ['Vroomshoop'], withoutReferral: true, free: true },
};

async function kaart(): Promise<HelderSocialeKaart> {
  const element = await fixture<HelderSocialeKaart>(html`<helder-sociale-kaart
    .data=${{ kind: 'sociale-kaart', publisher: { name: 'Gemeente Test' }, kernen: ['Vroomshoop', 'Den Ham'], services: [full, { ...full, id: 'twee', name: 'Tweede dienst', helder: { ...full.helder, needs: ['werk'], audience: ['jeugd'], kernen: ['Den Ham'] } }] }}
  ></helder-sociale-kaart>`);
  await until(() => !!element.shadowRoot?.querySelector('.card'), 'did not render');
  await settle(element);
  return element;
}

describe('<helder-sociale-kaart> layout: small screens, large text, forced colours, keyboard', () => {
  beforeEach(resetPage);
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('forced-colors', { active: false });
    resetPage();
  });

  it('reflows at 320 px wide without sideways scrolling, in the list and the shortlist', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await kaart();
    expect(overflowing(element)).to.deep.equal([]);
    $(element, '.overview [part=save]').click();
    $(element, '[part=open-shortlist]').click();
    // The shortlist's code is fetched when it opens.
    await until(() => !!element.shadowRoot!.querySelector('.shortlist .card'), 'the shortlist did not open');
    await settle(element);
    expect(overflowing(element)).to.deep.equal([]);
  });

  it('reflows with the Twenterand data in a page with margins at 320 px (long kern names in the filters)', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fixture<HelderSocialeKaart>(html`<div style="padding: 0 16px"><helder-sociale-kaart src="/src/data/twenterand/sociale-kaart.json"></helder-sociale-kaart></div>`);
    const widget = element.querySelector('helder-sociale-kaart')!;
    await until(() => !!widget.shadowRoot?.querySelector('.card'), 'did not render');
    await settle(widget);
    expect(widget.getBoundingClientRect().width).to.be.at.most(288);
    expect(overflowing(widget)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // The label column gives way: "heel Twenterand" is not cut inside a word.
    expect(brokenWords(widget)).to.deep.equal([]);
  });

  it('keeps working at 200% text size on a 640 px screen', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const element = await kaart();
    expect(parseFloat(getComputedStyle($(element, '.card-title')).fontSize)).to.be.greaterThan(35);
    expect(overflowing(element)).to.deep.equal([]);
    const save = $(element, '[part=save]');
    expect(save.scrollHeight).to.be.at.most(save.clientHeight + 1);
  });

  it('shows the saved state and the cards in forced-colours mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const element = await kaart();
    $(element, '.overview [part=save]').click();
    await settle(element);
    const [saved, other] = $$(element, '.overview [part=save]');
    expect(getComputedStyle(saved!).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(saved!).backgroundColor).not.to.equal(getComputedStyle(other!).backgroundColor);
    expect(getComputedStyle(saved!).color).not.to.equal(getComputedStyle(saved!).backgroundColor);
    expect(getComputedStyle($(element, '.card')).borderStyle).to.equal('solid');
    expect(getComputedStyle($(element, 'select')).borderStyle).to.equal('solid');
  });

  it('shows where the keyboard focus is, on every control in the toolbar', async () => {
    const element = await kaart();
    $(element, '[part=open-shortlist]').focus();
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement() as HTMLElement | null;
      if (!active || !element.shadowRoot!.contains(active)) break;
      seen.push(active.id || active.localName);
      expect(getComputedStyle(active).outlineStyle, `${active.localName}#${active.id}`).to.equal('solid');
    }
    expect(seen.slice(0, 3)).to.deep.equal(['zoek', 'filter-need', 'filter-kern']);
    expect(seen).to.include('plek');
  });
});
