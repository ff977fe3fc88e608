import { expect, fixture, html } from '@open-wc/testing';
import '../../src/helder.js';
import type { HelderRegelingen } from '../../src/components/regelingen/regelingen.component.js';
import { $, $$, resetPage, settle, until } from './helpers.js';
import { brokenFeed, smallFeed } from './fixtures.js';

/** The built custom-elements.json against the elements as they render in the browser. */

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  events?: { name: string }[];
}

async function manifest(tag: string): Promise<Declaration> {
  const response = await fetch('/dist/custom-elements.json');
  const json = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  const found = json.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in dist/custom-elements.json`);
  return found;
}

/** Every part name rendered in an element's shadow root now. */
function renderedParts(element: Element, into: Set<string>): void {
  for (const node of element.shadowRoot!.querySelectorAll('[part]')) {
    node.getAttribute('part')!.split(/\s+/).forEach((name) => into.add(name));
  }
}

describe('custom-elements.json', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('lists the attributes each element observes', async () => {
    for (const tag of ['helder-regelingen', 'helder-taalniveau']) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const listed = (await manifest(tag)).attributes!.map((a) => a.name);
      expect([...listed].sort(), tag).to.deep.equal([...observed].sort());
    }
  });

  it('lists every part <helder-regelingen> renders, in every view', async () => {
    const parts = new Set<string>();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const element = await fixture<HelderRegelingen>(html`<helder-regelingen .data=${brokenFeed}></helder-regelingen>`);
      await until(() => !!element.shadowRoot?.querySelector('.cards'), 'overview did not render');
      renderedParts(element, parts);
      element.data = smallFeed;
      await until(() => element.shadowRoot!.querySelectorAll('.card').length === 2, 'second feed not shown');
      ($(element, 'a.more') as HTMLAnchorElement).click();
      await until(() => !!element.shadowRoot?.querySelector('.detail'), 'detail did not open');
      renderedParts(element, parts);
      $(element, '[part=back]').click();
      await settle(element);
      element.view = 'check';
      await until(() => !!element.shadowRoot?.querySelector('.step'), 'check did not open');
      renderedParts(element, parts);
      $$(element, 'label.radio input')[0].click();
      $(element, 'button[type=submit]').click();
      await until(() => !!element.shadowRoot?.querySelector('.results'), 'no results');
      renderedParts(element, parts);
      element.view = 'flyer';
      await until(() => !!element.shadowRoot?.querySelector('.flyer'), 'flyer did not open');
      renderedParts(element, parts);
      const failing = await fixture<HelderRegelingen>(html`<helder-regelingen src="/test-feeds/status-500"></helder-regelingen>`);
      await until(() => !!failing.shadowRoot?.querySelector('[part=error]'), 'no error');
      renderedParts(failing, parts);
    } finally {
      console.warn = warn;
    }
    const listed = new Set((await manifest('helder-regelingen')).cssParts!.map((p) => p.name));
    expect([...parts].filter((name) => !listed.has(name)), 'rendered but not in custom-elements.json').to.deep.equal([]);
    // The walk above reaches most parts; the unit test checks the rest against the templates.
    expect(parts.size).to.be.greaterThan(20);
  });

  it('lists every part <helder-taalniveau> renders', async () => {
    const picker = await fixture(html`<helder-taalniveau></helder-taalniveau>`);
    await settle(picker as HTMLElement & { updateComplete: Promise<unknown> });
    const parts = new Set<string>();
    renderedParts(picker, parts);
    const listed = (await manifest('helder-taalniveau')).cssParts!.map((p) => p.name).sort();
    expect([...parts].sort()).to.deep.equal(listed);
  });
});
