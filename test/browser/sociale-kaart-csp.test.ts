import { expect } from '@open-wc/testing';
import { until } from './wait.js';

/**
 * Runs in a page with a strict Content-Security-Policy (script-src 'self', no unsafe-inline, no
 * unsafe-eval; see web-test-runner.config.mjs). The built sociale-kaart bundle must load its
 * feed, validate it, search (code fetched on first use), filter and switch level and language
 * there without a single violation; and ask the local HSDS endpoint in API mode.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});

type Kaart = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
const titles = (element: Element) => [...element.shadowRoot!.querySelectorAll('.overview .card-title')].map((t) => t.textContent!.trim());

describe('strict Content-Security-Policy: <helder-sociale-kaart>', () => {
  it('the page really forbids eval', () => {
    expect(() => new Function('return 1')).to.throw();
  });

  it('loads, validates, searches and filters with the built bundle, without violations', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    violations.length = 0;
    await import(new URL('/dist/sociale-kaart.js', location.href).href);
    const feed = (await (await fetch('/src/data/twenterand/sociale-kaart.json')).json()) as { services: unknown[] };
    feed.services.push({ id: 'kapot' });
    const widget = document.createElement('helder-sociale-kaart') as Kaart;
    widget.data = feed;
    // The page level may be a2 from another test on this origin: this one reads B1 names.
    widget.setAttribute('level', 'b1');
    const errors: unknown[] = [];
    widget.addEventListener('helder-error', (e) => errors.push(e));
    const warn = console.warn;
    console.warn = () => undefined; // the broken service is reported on purpose
    try {
      document.body.append(widget);
      await until(() => titles(widget).length === 20, 'cards did not render');
    } finally {
      console.warn = warn;
    }
    expect(errors).to.have.length(1);

    const search = widget.shadowRoot!.querySelector<HTMLInputElement>('#zoek')!;
    search.focus();
    search.value = 'schulden';
    search.dispatchEvent(new Event('input'));
    await until(() => titles(widget).join() === 'Meldpunt Geldzorgen,Schuldhulpverlening', 'search did not work');

    const need = widget.shadowRoot!.querySelector<HTMLSelectElement>('#filter-need')!;
    need.value = 'geldzorgen';
    need.dispatchEvent(new Event('change'));
    await widget.updateComplete;
    expect(titles(widget)).to.deep.equal(['Meldpunt Geldzorgen', 'Schuldhulpverlening']);

    widget.setAttribute('level', 'a2');
    await until(() => titles(widget)[0] === 'Hulp bij geldzorgen', 'level did not switch');
    widget.setAttribute('lang', 'ar');
    await until(() => widget.shadowRoot!.querySelector('.base')?.getAttribute('dir') === 'rtl', 'Arabic did not load');
    widget.remove();

    const api = document.createElement('helder-sociale-kaart') as Kaart;
    api.setAttribute('api', '/hsds-test');
    document.body.append(api);
    await until(() => titles(api).length === 20, 'API page did not render');
    api.remove();
    expect(violations).to.deep.equal([]);
  });
});
