import { expect } from '@open-wc/testing';
import '../../src/helder.js';
import { DATA_URL, twenterand } from './fixtures.js';
import { expectPageAccessible, inShadow, openPage, overflowing, type, until, type ToolPage } from './editor-page.js';

/** The embed generator page (demo/embed.html) as a partner uses it. */

type Widget = HTMLElement & { effectiveLevel: string };

async function openGenerator(width = 1200): Promise<{ page: ToolPage; generator: HTMLElement; $: <T extends Element = HTMLElement>(s: string) => T }> {
  const page = await openPage('/demo/embed.html', width);
  await until(() => !!page.doc.querySelector('helder-embed-generator')?.shadowRoot?.querySelector('#code'), 'the generator did not start');
  const generator = page.doc.querySelector<HTMLElement>('helder-embed-generator')!;
  const $ = <T extends Element = HTMLElement>(selector: string) => inShadow<T>(generator, selector);
  await until(() => !!previewWidget(generator)?.shadowRoot?.querySelector('.card'), 'the preview did not render');
  return { page, generator, $ };
}

function previewWidget(generator: HTMLElement): Widget | null {
  return generator.shadowRoot!.querySelector<Widget>('.preview helder-regelingen');
}

const titles = (widget: Element): string[] => [...widget.shadowRoot!.querySelectorAll('.card [part=title]')].map((t) => (t.textContent ?? '').trim());
const buttons = (widget: Element): string[] => [...widget.shadowRoot!.querySelectorAll('button')].map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Captures what the page writes to the clipboard; `fail` makes writing fail, as without permission. */
function stubClipboard(page: ToolPage, fail = false): { text?: string } {
  const copied: { text?: string } = {};
  Object.defineProperty(page.win.navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        if (fail) return Promise.reject(new Error('not allowed'));
        copied.text = text;
        return Promise.resolve();
      },
    },
  });
  return copied;
}

describe('embed generator page', () => {
  let page: ToolPage | undefined;
  let container: HTMLElement | undefined;
  afterEach(() => {
    page?.frame.remove();
    container?.remove();
    page = container = undefined;
  });

  it('makes a snippet from the choices whose copy renders the same widget as the preview', async () => {
    const opened = await openGenerator();
    page = opened.page;
    const { generator, $ } = opened;
    const items = (await twenterand()).regelingen.length;
    await until(() => ($('#feed-status').textContent ?? '').includes(`${items} onderdelen`), 'the feed was not read');
    await expectPageAccessible(page);

    // A2, English buttons, only debts, with the level picker above.
    $<HTMLInputElement>('#niveau-a2').click();
    const lang = $<HTMLSelectElement>('#taal');
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    const schulden = [...generator.shadowRoot!.querySelectorAll<HTMLInputElement>('input[id^=filter-categories]')].find(
      (box) => generator.shadowRoot!.querySelector(`label[for=${box.id}]`)?.textContent === 'schulden',
    )!;
    schulden.click();
    $<HTMLInputElement>('#kiezer').click();
    await until(() => ($('#code').textContent ?? '').includes('categories="schulden"'), 'the snippet did not follow');
    const code = $('#code').textContent!;
    expect(code).to.match(/^<script type="module" src="http:\/\/[^"]+\/dist\/regelingen\.js"><\/script>\n/);
    expect(code).to.include('<helder-taalniveau lang="en"></helder-taalniveau>');
    expect(code).to.include(`<helder-regelingen src="${new URL(DATA_URL, location.href).href}" level="a2" lang="en" categories="schulden"></helder-regelingen>`);

    const preview = () => previewWidget(generator)!;
    await until(() => preview().getAttribute('categories') === 'schulden' && titles(preview()).length > 0, 'the preview did not follow');
    await until(() => buttons(preview()).some((b) => /check/i.test(b) && !/Doe de check/.test(b)), 'the preview is not in English');
    await expectPageAccessible(page);

    // Copy, then paste into a fresh page part: the same widget, the same cards.
    const clipboard = stubClipboard(page);
    $<HTMLButtonElement>('#kopieer').click();
    await until(() => clipboard.text !== undefined, 'nothing was copied');
    expect(clipboard.text).to.equal(code);
    await until(() => (generator.shadowRoot!.querySelector('[role=status][aria-live]')?.textContent ?? '').includes('klembord'), 'the copy was not announced');

    container = document.createElement('div');
    container.innerHTML = clipboard.text!;
    document.body.append(container);
    const pasted = container.querySelector<Widget>('helder-regelingen')!;
    await until(() => titles(pasted).length > 0 && buttons(pasted).join() === buttons(preview()).join(), 'the pasted widget did not render like the preview');
    expect(titles(pasted)).to.deep.equal(titles(preview()));
    expect(pasted.effectiveLevel).to.equal('a2');
    expect(container.querySelector('helder-taalniveau')).to.not.equal(null);
    expect([...pasted.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal([...preview().attributes].map((a) => `${a.name}=${a.value}`));
  });

  it('selects the code for Ctrl+C when the clipboard cannot be written', async () => {
    const opened = await openGenerator();
    page = opened.page;
    const { generator, $ } = opened;
    stubClipboard(page, true);
    $<HTMLButtonElement>('#kopieer').click();
    await until(() => (generator.shadowRoot!.querySelector('[role=status][aria-live]')?.textContent ?? '').includes('geselecteerd'), 'the fallback was not announced');
    expect(page.win.getSelection()!.toString().trim()).to.equal($('#code').textContent!.trim());
  });

  it('takes a partner’s own feed address, says when it is no address, and reflows at 320 px', async () => {
    const opened = await openGenerator(320);
    page = opened.page;
    const { generator, $ } = opened;
    const address = $<HTMLInputElement>('#feed-adres');
    type(address, 'geen adres');
    await until(() => !generator.shadowRoot!.querySelector('#code'), 'a snippet was made without an address');
    await until(() => ($('#feed-status').textContent ?? '').includes('geen geldig webadres'), 'the bad address was not explained');
    expect(address.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>('#feed-eigen').checked).to.equal(true);
    await expectPageAccessible(page);

    const own = new URL(DATA_URL, location.href).href;
    type(address, own);
    await until(() => ($('#code').textContent ?? '').includes(`src="${own}"`), 'the own address is not in the snippet');
    const items = (await twenterand()).regelingen.length;
    await until(() => ($('#feed-status').textContent ?? '').includes(`${items} onderdelen`), 'the own feed was not read');
    // Its regelingen are offered as a filter.
    expect([...generator.shadowRoot!.querySelectorAll('#filter-regeling option')].length).to.equal(items + 1);
    // The preview shows what the widget itself shows for that feed.
    const reference = document.createElement('helder-regelingen');
    reference.src = DATA_URL;
    document.body.append(reference);
    await until(() => titles(reference).length > 0, 'the reference widget did not load');
    const shown = titles(reference).length;
    reference.remove();
    await until(() => titles(previewWidget(generator)!).length === shown, 'the preview did not load the own feed');
    expect(overflowing(page, generator)).to.deep.equal([]);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    await expectPageAccessible(page);
  });
});
