import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/helder.js';
import type { HelderRegelingen } from '../../src/components/regelingen/regelingen.component.js';
import { $, $$, resetPage, settle, until } from './helpers.js';
import { DATA_URL } from './fixtures.js';

/** Nothing inside the widget is wider than the widget: no sideways scrolling (WCAG 1.4.10). */
function overflowing(element: HelderRegelingen): string[] {
  const limit = element.getBoundingClientRect().right + 1;
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > limit && !node.closest('.visually-hidden'))
    .map((node) => `${node.localName}.${node.className}: ${node.textContent?.slice(0, 30)}`);
}

async function widget(view = 'overview'): Promise<HelderRegelingen> {
  const element = await fixture<HelderRegelingen>(html`<helder-regelingen src=${DATA_URL} view=${view}></helder-regelingen>`);
  await until(() => !!element.shadowRoot?.querySelector('.cards, .step, .flyer'), 'did not render');
  await settle(element);
  return element;
}

async function answerAll(element: HelderRegelingen): Promise<void> {
  for (let guard = 0; guard < 20; guard++) {
    const form = element.shadowRoot!.querySelector<HTMLFormElement>('form.step');
    if (!form) break;
    const radio = form.querySelector<HTMLInputElement>('input[type=radio]');
    if (radio) radio.checked = true;
    const value = form.dataset.question === 'leeftijd' ? '35' : '1';
    form.querySelectorAll<HTMLInputElement>('input[type=text]').forEach((input) => (input.value = value));
    form.requestSubmit();
    await settle(element);
  }
  // "Controleer uw antwoorden", then the result.
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm]')?.click();
  await settle(element);
}

describe('layout: small screens, large text, forced colours, reduced motion', () => {
  beforeEach(resetPage);
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
    await executeServerCommand('forced-colors', { active: false });
  });

  for (const view of ['overview', 'check', 'flyer']) {
    it(`reflows at 320 px wide without sideways scrolling (${view})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await widget(view);
      expect(overflowing(element)).to.deep.equal([]);
    });
  }

  it('reflows the level picker at 320 px wide', async () => {
    await setViewport({ width: 320, height: 640 });
    const picker = await fixture(html`<helder-taalniveau></helder-taalniveau>`);
    const limit = picker.getBoundingClientRect().right + 1;
    const wide = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
      (node) => node.getBoundingClientRect().right > limit && !node.closest('.visually-hidden'),
    );
    expect(wide.map((node) => node.className)).to.deep.equal([]);
  });

  it('reflows at 320 px in the results and the detail view', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await widget('check');
    await answerAll(element);
    expect(element.shadowRoot!.querySelector('[part=results]')).not.to.equal(null);
    expect(overflowing(element)).to.deep.equal([]);
    history.replaceState(null, '', '#regeling=individuele-inkomenstoeslag');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(element);
    expect(element.shadowRoot!.querySelector('.detail')).not.to.equal(null);
    expect(overflowing(element)).to.deep.equal([]);
  });

  it('keeps working at 200% text size on a 640 px screen', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const element = await widget();
    expect(parseFloat(getComputedStyle($(element, '.card-title')).fontSize)).to.be.greaterThan(35);
    expect(overflowing(element)).to.deep.equal([]);
    // Buttons grow with the text instead of clipping it.
    const button = $(element, '[part=start-check]');
    expect(button.scrollHeight).to.be.at.most(button.clientHeight + 1);
  });

  it('keeps the chosen filter visible in forced-colours mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const element = await widget();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const [chosen, other] = $$(element, '.chip');
    expect(getComputedStyle(chosen).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
    // Its own system colours apply, without the backplate that would hide HighlightText.
    expect(getComputedStyle(chosen).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(chosen).color).not.to.equal(getComputedStyle(chosen).backgroundColor);
    expect(getComputedStyle($(element, '.card')).borderStyle).to.equal('solid');
  });

  it('stops the loading animation for people who ask for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await fixture<HelderRegelingen>(html`<helder-regelingen src="/test-feeds/slow" timeout="2000"></helder-regelingen>`);
    await settle(element);
    const spinner = $(element, '.spinner');
    expect(parseFloat(getComputedStyle(spinner).animationDuration)).to.be.below(0.001);
    expect(getComputedStyle(spinner).animationIterationCount).to.equal('1');
  });

  it('prints the folder without buttons, and with the addresses of links', async () => {
    await emulateMedia({ media: 'print' });
    try {
      const element = await widget('flyer');
      expect(getComputedStyle($(element, '[part=print]')).display).to.equal('none');
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('.flyer a[href^="http"]');
      expect(link, 'the flyer has a link').not.to.equal(null);
      expect(getComputedStyle(link!).display).not.to.equal('none');
      expect(getComputedStyle(link!, '::after').content).to.contain('http');
      expect(getComputedStyle($(element, '[data-focus]')).outlineStyle).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
