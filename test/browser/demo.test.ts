import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

/** The demo page as a resident uses it, in an iframe: one picker switches every widget, and the
 * choice survives a reload. */
function frameLoaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

describe('demo page', () => {
  it('switches every widget at once with the picker, and remembers the level after a reload', async () => {
    localStorage.removeItem('helder-taalniveau');
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const ready = frameLoaded(frame);
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await ready;
    const doc = () => frame.contentDocument!;
    const widgets = () => [...doc().querySelectorAll('helder-regelingen')] as (HTMLElement & { effectiveLevel: string })[];
    await until(() => widgets().length === 2 && widgets().every((w) => !!w.shadowRoot?.querySelector('.card')), 'demo widgets did not render');
    const follower = widgets().find((w) => !w.hasAttribute('level'))!;
    const firstSummary = () => follower.shadowRoot!.querySelector('.card .text')!.textContent!.trim();
    const b1Summary = firstSummary();

    doc().querySelector('helder-taalniveau')!.shadowRoot!.querySelector<HTMLInputElement>('input[value=c1]')!.click();
    await until(() => firstSummary() !== b1Summary, 'the widget did not switch level');
    const c1Summary = firstSummary();
    // The partner widget keeps its own level.
    expect(widgets().find((w) => w.hasAttribute('level'))!.effectiveLevel).to.equal('a2');

    const reloaded = frameLoaded(frame);
    frame.contentWindow!.location.reload();
    await reloaded;
    await until(() => !!widgets()[0]?.shadowRoot?.querySelector('.card'), 'demo did not render after reload');
    expect(firstSummaryAfterReload(doc())).to.equal(c1Summary);
    expect(doc().querySelector('helder-taalniveau')!.shadowRoot!.querySelector<HTMLInputElement>('input[value=c1]')!.checked).to.equal(true);
    frame.remove();
    localStorage.removeItem('helder-taalniveau');
  });
});

function firstSummaryAfterReload(doc: Document): string {
  const follower = [...doc.querySelectorAll('helder-regelingen')].find((w) => !w.hasAttribute('level'))!;
  return follower.shadowRoot!.querySelector('.card .text')!.textContent!.trim();
}
