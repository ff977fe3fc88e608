import { expect } from '@open-wc/testing';
import { until } from './wait.js';

/**
 * <helder-agenda> from the built bundle on a page with a strict Content-Security-Policy
 * (script-src 'self', no unsafe-inline, no unsafe-eval; see web-test-runner.config.mjs): it
 * validates the feed, draws charts, searches and switches language without a violation.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});

describe('<helder-agenda> under a strict Content-Security-Policy', () => {
  it('the page really forbids eval', () => {
    expect(() => new Function('return 1')).to.throw();
  });

  it('renders, validates, draws a chart, searches and switches language with dist/agenda.js, without violations', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    violations.length = 0;
    await import(new URL('/dist/agenda.js', location.href).href);
    const feed = (await (await fetch('/dist/data/twenterand/agenda.json')).json()) as { themes: { goals: { actions: { text?: unknown }[] }[] }[] };
    delete feed.themes[0]!.goals[0]!.actions[0]!.text;
    const widget = document.createElement('helder-agenda') as HTMLElement & { data: unknown };
    widget.data = feed;
    const errors: unknown[] = [];
    widget.addEventListener('helder-error', (e) => errors.push(e));
    const warn = console.warn;
    console.warn = () => undefined; // the broken action is reported on purpose
    try {
      document.body.append(widget);
      await until(() => (widget.shadowRoot?.querySelectorAll('.theme-section').length ?? 0) === 4, 'themes did not render');
    } finally {
      console.warn = warn;
    }
    expect(errors).to.have.length(1);
    const root = widget.shadowRoot!;

    root.querySelector<HTMLElement>('details.theme summary')!.click();
    await until(() => !!root.querySelector('figure.indicator svg[role=img] rect.bar'), 'no chart');
    root.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
    await until(() => !!root.querySelector('figure.indicator table'), 'no table');

    const search = root.querySelector<HTMLInputElement>('#zoek')!;
    search.value = 'taalpunt';
    search.dispatchEvent(new Event('input'));
    await until(() => (root.querySelectorAll('.search-results .hit').length ?? 0) > 0, 'search found nothing');

    widget.setAttribute('lang', 'ar');
    await until(() => root.querySelector('.base')?.getAttribute('dir') === 'rtl', 'Arabic did not load');
    expect(violations).to.deep.equal([]);
  });
});
