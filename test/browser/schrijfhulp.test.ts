import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/schrijfhulp/schrijfhulp.js';
import type { HelderSchrijfhulp } from '../../src/components/schrijfhulp/schrijfhulp.component.js';
import { $, $$, deepActiveElement, expectAccessible, resetPage, settle, text, until } from './helpers.js';

/** A policy-like text: too long for B1, with jargon, a long word and a passive sentence. */
const POLICY =
  'De gemeentelijke organisatie biedt een maatwerkvoorziening aan voor inwoners die niet zelfredzaam zijn en geen beroep kunnen doen op het voorliggend veld. ' +
  'De aanvraag wordt door de gemeente beoordeeld.';

describe('<helder-schrijfhulp>', () => {
  beforeEach(resetPage);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('forced-colors', { active: false });
  });

  it('starts empty, with a labelled text box and the level choice, B1 by default', async () => {
    const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp></helder-schrijfhulp>`);
    expect(($(hulp, 'label[for=tekst]').textContent ?? '').trim()).to.equal('Uw tekst');
    const radios = $$(hulp, 'input[type=radio]') as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).to.deep.equal([
      ['a2', false],
      ['b1', true],
    ]);
    expect(text(hulp, '[part=verdict]')).to.contain('Typ of plak een tekst');
    expect(hulp.shadowRoot!.querySelector('[part=marked-text]')).to.equal(null);
    await expectAccessible(hulp);
  });

  it('measures a text and marks long sentences, long words, jargon with its alternative, and the passive', async () => {
    const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp .value=${POLICY}></helder-schrijfhulp>`);
    await settle(hulp);
    expect(text(hulp, '[part=results] h3')).to.equal('Uitslag voor B1');
    expect(text(hulp, '[part=verdict]')).to.contain('haalt B1 nog niet');
    const metric = (name: string) => $$(hulp, '.metrics > div').find((d) => d.querySelector('dt')!.textContent === name)!.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(metric('Zinnen')).to.equal('2');
    expect(metric('Te lange zinnen')).to.equal('1');
    expect(metric('Vaktaal')).to.equal('3');
    expect(metric('Lijdende vorm')).to.equal('1');
    expect(metric('Flesch-Douma (leesgemak)')).to.match(/^\d+ \(minstens 60\)$/);

    // The text comes back whole, sentence by sentence.
    const shown = $(hulp, '.marked .text');
    const tooLong = $$(hulp, '.sentence.too-long');
    expect(tooLong).to.have.length(1);
    expect(tooLong[0]!.querySelector('.flag')!.textContent).to.equal('te lang: 22 woorden');
    // Jargon: marked, the alternative as a tooltip and as visible text.
    const marks = $$(hulp, '.marked .text mark.jargon');
    expect(marks.map((m) => m.textContent)).to.deep.equal(['maatwerkvoorziening', 'zelfredzaam', 'voorliggend veld']);
    expect(marks[0]!.title).to.equal('Gewoner: hulp die past bij uw situatie');
    expect((marks[0]!.nextElementSibling as HTMLElement).textContent).to.equal('(gewoner: hulp die past bij uw situatie)');
    expect(shown.textContent!.replace(/\s+/g, ' ')).to.contain('maatwerkvoorziening (gewoner: hulp die past bij uw situatie) aan');
    // A long word: a dotted line and words for screen readers.
    const long = $$(hulp, '.marked .text span.long');
    expect(long.map((s) => s.textContent!.trim())).to.deep.equal(['gemeentelijke (lang woord)', 'organisatie (lang woord)']);
    expect(long.map((s) => s.querySelector('.visually-hidden') !== null)).to.deep.equal([true, true]);
    // The list of jargon and of passive sentences below.
    expect(text(hulp, '[part=jargon]')).to.contain('maatwerkvoorziening: hulp die past bij uw situatie');
    expect(text(hulp, '[part=passive]')).to.contain('De aanvraag wordt door de gemeente beoordeeld.').and.contain('Na "door" staat wie het doet');
    expect($$(hulp, '.sentence.passive .flag').map((f) => f.textContent)).to.deep.equal(['lijdende vorm']);
    await expectAccessible(hulp);
  });

  it('follows the chosen level', async () => {
    const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp .value=${'U krijgt elke maand geld van de gemeente voor uw kind.'}></helder-schrijfhulp>`);
    expect(text(hulp, '[part=verdict]')).to.contain('Deze tekst haalt B1');
    ($(hulp, 'input[value=a2]') as HTMLInputElement).click();
    await settle(hulp);
    expect(hulp.target).to.equal('a2');
    expect(text(hulp, '[part=results] h3')).to.equal('Uitslag voor A2');
    expect($$(hulp, '.sentence.too-long')).to.have.length(1);
    expect(text(hulp, '[part=verdict]')).to.contain('haalt A2 nog niet');
    await expectAccessible(hulp);
  });

  it('meets its level for our own A2 text, and says the text is too short for a score', async () => {
    const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp target="a2" .value=${'Heeft u weinig geld? Vraag hulp.'}></helder-schrijfhulp>`);
    expect(text(hulp, '[part=verdict]')).to.contain('Voor een score is de tekst nog te kort');
    expect(text(hulp, '.metrics')).to.contain('nog niet te meten');
  });

  it('can be used with the keyboard alone, updates while typing, and announces the counts once typing stops', async () => {
    const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp></helder-schrijfhulp>`);
    const before = document.createElement('button');
    before.textContent = 'voor';
    hulp.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('tekst');
    expect(getComputedStyle(deepActiveElement()!).outlineStyle).to.equal('solid');
    await sendKeys({ type: 'Participatie is belangrijk. Het geld wordt betaald.' });
    await until(() => $$(hulp, '.marked .text mark.jargon').length === 1, 'the jargon was not marked while typing');
    expect(hulp.value).to.equal('Participatie is belangrijk. Het geld wordt betaald.');
    await until(() => text(hulp, '[role=status]').includes('Vaktaal: 1.'), 'the counts were not announced');
    expect(text(hulp, '[role=status]')).to.contain('Woorden: 7.').and.contain('Lijdende vorm: 1.');
    // On to the levels: Tab reaches the chosen radio, an arrow chooses the other.
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('b1');
    await sendKeys({ press: 'ArrowUp' });
    await settle(hulp);
    expect(hulp.target).to.equal('a2');
    expect(text(hulp, '[part=results] h3')).to.equal('Uitslag voor A2');
    before.remove();
  });

  it('keeps the text in the browser: no request, nothing stored', async () => {
    const fetched: unknown[] = [];
    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      fetched.push(args[0]);
      return realFetch(...args);
    };
    try {
      const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp></helder-schrijfhulp>`);
      ($(hulp, 'textarea') as HTMLTextAreaElement).focus();
      await sendKeys({ type: 'Mijn geheime tekst.' });
      await until(() => text(hulp, '.metrics').includes('3'), 'no result');
      expect(fetched).to.deep.equal([]);
      expect(Object.keys(localStorage).filter((k) => k.startsWith('helder'))).to.deep.equal([]);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
      expect(location.href).not.to.contain('geheime');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reflows at 320 px wide without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp .value=${POLICY}></helder-schrijfhulp>`);
    await settle(hulp);
    const limit = hulp.getBoundingClientRect().right + 1;
    const wide = [...hulp.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((node) => node.getBoundingClientRect().right > limit && !node.closest('.visually-hidden'));
    expect(wide.map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
    await expectAccessible(hulp);
  });

  it('keeps every mark visible in forced-colours mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const hulp = await fixture<HelderSchrijfhulp>(html`<helder-schrijfhulp .value=${POLICY}></helder-schrijfhulp>`);
    await settle(hulp);
    const mark = $(hulp, '.marked .text mark.jargon');
    expect(getComputedStyle(mark).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(mark).backgroundColor).not.to.equal(getComputedStyle($(hulp, '.marked .text')).backgroundColor);
    expect(getComputedStyle($(hulp, '.flag')).borderStyle).to.equal('solid');
    expect(getComputedStyle($(hulp, '.marked .text span.long')).borderBottomStyle).to.equal('dotted');
    expect(getComputedStyle($(hulp, '.sentence.too-long')).textDecorationLine).to.contain('underline');
  });
});
