import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderRegelingen } from '../../src/components/regelingen/regelingen.component.js';
import type { HelderTaalniveau } from '../../src/components/taalniveau/taalniveau.component.js';
import { STORAGE_KEY } from '../../src/components/shared/page-level.js';
import { $, $$, deepActiveElement, expectAccessible, resetPage, settle, text, until } from './helpers.js';
import { smallFeed } from './fixtures.js';

describe('<helder-taalniveau>', () => {
  beforeEach(resetPage);

  it('shows three levels, each explained, with B1 chosen by default', async () => {
    const picker = await fixture<HelderTaalniveau>(html`<helder-taalniveau></helder-taalniveau>`);
    const radios = $$(picker, 'input[type=radio]') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).to.deep.equal(['a2', 'b1', 'c1']);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).to.deep.equal(['b1']);
    expect(text(picker)).to.contain('Eenvoudig (A2)').and.contain('Korte zinnen');
    expect($(picker, 'legend').textContent).to.contain('Taalniveau');
    await expectAccessible(picker);
  });

  for (const level of ['a2', 'b1', 'c1'] as const) {
    it(`is accessible with ${level} chosen`, async () => {
      localStorage.setItem(STORAGE_KEY, level);
      const picker = await fixture<HelderTaalniveau>(html`<helder-taalniveau></helder-taalniveau>`);
      expect(($(picker, `input[value=${level}]`) as HTMLInputElement).checked).to.equal(true);
      await expectAccessible(picker);
    });
  }

  it('switches every widget without its own level, remembers the choice, and fires helder-level-change', async () => {
    const page = await fixture(html`<div>
      <helder-taalniveau></helder-taalniveau>
      <helder-regelingen id="volgt" .data=${smallFeed}></helder-regelingen>
      <helder-regelingen id="eigen" level="c1" .data=${smallFeed}></helder-regelingen>
    </div>`);
    const picker = page.querySelector('helder-taalniveau') as HelderTaalniveau;
    const follows = page.querySelector('#volgt') as HelderRegelingen;
    const own = page.querySelector('#eigen') as HelderRegelingen;
    await settle(follows);
    expect(text(follows, '.card-title')).to.equal('Bijdrage voor sport');

    const event = oneEvent(document, 'helder-level-change');
    ($(picker, 'input[value=a2]') as HTMLInputElement).click();
    expect((await event).detail.level).to.equal('a2');
    await settle(follows);
    expect(text(follows, '.card-title')).to.equal('Geld voor sport');
    expect(text(own, '.card-title')).to.equal('Tegemoetkoming sportdeelname');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('a2');
    expect(text(picker, '[role=status]')).to.contain('Eenvoudig (A2)');

    // A widget that arrives later (or the next visit) starts at the remembered level.
    const later = await fixture<HelderRegelingen>(html`<helder-regelingen .data=${smallFeed}></helder-regelingen>`);
    expect(text(later, '.card-title')).to.equal('Geld voor sport');
    const secondPicker = await fixture<HelderTaalniveau>(html`<helder-taalniveau></helder-taalniveau>`);
    expect(($(secondPicker, 'input[value=a2]') as HTMLInputElement).checked).to.equal(true);
  });

  it('can be used with the keyboard alone', async () => {
    const picker = await fixture<HelderTaalniveau>(html`<helder-taalniveau></helder-taalniveau>`);
    const before = document.createElement('button');
    before.textContent = 'voor';
    picker.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('b1');
    await sendKeys({ press: 'ArrowDown' });
    await settle(picker);
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('c1');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('c1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(picker);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('a2');
    // The focused option shows a visible outline.
    const option = ($(picker, 'input[value=a2]') as HTMLElement).closest('label') as HTMLElement;
    expect(getComputedStyle(option).outlineStyle).to.equal('solid');
    before.remove();
  });

  it('follows <html lang> and renders Arabic right-to-left', async () => {
    document.documentElement.lang = 'ar';
    const picker = await fixture<HelderTaalniveau>(html`<helder-taalniveau></helder-taalniveau>`);
    await until(() => $(picker, '.base').getAttribute('lang') === 'ar', 'Arabic did not load');
    expect($(picker, '.base').getAttribute('dir')).to.equal('rtl');
    expect(text(picker, 'legend')).not.to.contain('Taalniveau');
    await expectAccessible(picker);
  });

  it('uses its own lang attribute before the page language', async () => {
    document.documentElement.lang = 'nl';
    const picker = await fixture<HelderTaalniveau>(html`<helder-taalniveau lang="en"></helder-taalniveau>`);
    await until(() => $(picker, '.base').getAttribute('lang') === 'en', 'English did not load');
    expect(text(picker, 'legend')).to.equal('Language level of the texts');
    picker.setAttribute('lang', 'nl');
    await until(() => $(picker, '.base').getAttribute('lang') === 'nl', 'back to Dutch');
    expect(text(picker, 'legend')).to.equal('Taalniveau van de teksten');
  });

  it('still works when localStorage is blocked', async () => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Object.defineProperty(Storage.prototype, 'setItem', {
      configurable: true,
      value() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const picker = await fixture<HelderTaalniveau>(html`<helder-taalniveau></helder-taalniveau>`);
      ($(picker, 'input[value=c1]') as HTMLInputElement).click();
      await settle(picker);
      expect(($(picker, 'input[value=c1]') as HTMLInputElement).checked).to.equal(true);
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', original);
    }
  });
});
