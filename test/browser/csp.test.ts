import { expect } from '@open-wc/testing';
import { until } from './wait.js';
import { twenterand } from './fixtures.js';

/**
 * Runs in a page with a strict Content-Security-Policy (script-src 'self', no unsafe-inline, no
 * unsafe-eval; see web-test-runner.config.mjs). The built bundle must render, validate feeds and
 * switch languages there without a single violation.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});


describe('strict Content-Security-Policy', () => {
  it('the page really forbids eval', () => {
    // If this did not throw, the test page would not be strict and the rest would prove nothing.
    expect(() => new Function('return 1')).to.throw();
  });

  it('renders, validates, switches level and language with the built bundle, without violations', async () => {
    // Forget the violation the test above caused on purpose.
    await new Promise((resolve) => setTimeout(resolve, 50));
    violations.length = 0;
    await import(new URL('/dist/helder.js', location.href).href);
    const picker = document.createElement('helder-taalniveau');
    const widget = document.createElement('helder-regelingen');
    const feed = await twenterand();
    (feed.regelingen as unknown[]).push({ id: 'kapot', title: 42 });
    widget.data = feed;
    const errors: unknown[] = [];
    widget.addEventListener('helder-error', (e) => errors.push(e));
    const warn = console.warn;
    console.warn = () => undefined; // the broken item is reported on purpose
    try {
      document.body.append(picker, widget);
      await until(() => (widget.shadowRoot?.querySelectorAll('.card').length ?? 0) === feed.regelingen.length - 1, 'cards did not render');
    } finally {
      console.warn = warn;
    }
    expect(errors).to.have.length(1);

    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value=a2]')!.click();
    await until(() => widget.effectiveLevel === 'a2', 'level did not switch');

    widget.setAttribute('lang', 'ar');
    await until(() => widget.shadowRoot!.querySelector('.base')?.getAttribute('dir') === 'rtl', 'Arabic did not load');

    widget.view = 'check';
    await until(() => !!widget.shadowRoot!.querySelector('form.step'), 'check did not open');
    expect(violations).to.deep.equal([]);
  });
});
