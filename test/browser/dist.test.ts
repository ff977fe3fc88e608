import { expect } from '@open-wc/testing';
import { until } from './wait.js';

/**
 * The built bundle in a page, as an embedder uses it: catches registration and localisation
 * ordering bugs that source fixtures miss.
 */

describe('dist/helder.js in a page', () => {
  it('registers every element, tolerates double loading, and localises elements already in the page', async () => {
    // Elements are in the page before the script runs, as on a CMS page.
    document.body.innerHTML = '';
    const picker = document.createElement('helder-taalniveau');
    const widget = document.createElement('helder-regelingen');
    widget.setAttribute('src', '/dist/data/twenterand/regelingen.json');
    widget.setAttribute('lang', 'en');
    document.body.append(picker, widget);

    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(new URL('/dist/helder.js', location.href).href);
      // The same script again, and a single-widget bundle that shares elements: no throw.
      await import(new URL('/dist/helder.js?again', location.href).href);
      await import(new URL('/dist/regelingen.js', location.href).href);
      await import(new URL('/dist/taalniveau.js', location.href).href);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('helder-taalniveau')).to.be.a('function');
    expect(customElements.get('helder-regelingen')).to.be.a('function');
    expect(warnings.filter((w) => String(w[0]).includes('already registered'))).to.deep.equal([]);

    await until(() => (widget.shadowRoot?.querySelectorAll('.card').length ?? 0) > 5, 'the built widget did not render the feed');
    await until(() => widget.shadowRoot!.querySelector('.base')?.getAttribute('lang') === 'en', 'English did not load');
    expect(widget.shadowRoot!.querySelector('[part=start-check]')?.textContent).not.to.contain('Doe de check');

    // Switching the page language re-renders elements that are already there.
    widget.removeAttribute('lang');
    document.documentElement.lang = 'uk';
    await until(() => widget.shadowRoot!.querySelector('.base')?.getAttribute('lang') === 'uk', 'Ukrainian did not load');
    document.documentElement.lang = 'nl';
    await until(() => widget.shadowRoot!.querySelector('[part=start-check]')?.textContent?.includes('Doe de check') === true, 'back to Dutch');
  });
});
