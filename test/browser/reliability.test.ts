import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/helder.js';
import type { HelderRegelingen } from '../../src/components/regelingen/regelingen.component.js';
import { SAVED_ANSWERS_KEY } from '../../src/components/regelingen/check-controller.js';
import { langObserverCount } from '../../src/components/shared/helder-element.js';
import type { HelderErrorDetail } from '../../src/components/shared/events/helder-error.js';
import { $, $$, expectAccessible, resetPage, settle, text, until } from './helpers.js';
import { DATA_URL, smallFeed } from './fixtures.js';

/** Hostile pages, addresses, storage and feeds: the widget keeps working and loses nothing. */

async function ready(element: HelderRegelingen): Promise<HelderRegelingen> {
  await until(() => !!element.shadowRoot?.querySelector('.cards, .detail, .step, .flyer, .results, [part=error]'), 'widget did not render');
  await settle(element);
  return element;
}

/** Collects uncaught errors and console.warn calls while `body` runs. */
async function watching(body: (seen: { uncaught: unknown[]; warnings: string[] }) => Promise<void>): Promise<void> {
  const seen = { uncaught: [] as unknown[], warnings: [] as string[] };
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => seen.uncaught.push('reason' in e ? e.reason : e.error);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    await body(seen);
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
}

function pageWithoutHash(): string {
  return location.href.split('#')[0];
}

describe('<helder-regelingen> on a page with <base href> elsewhere', () => {
  let base: HTMLBaseElement;
  beforeEach(() => {
    resetPage();
    base = document.createElement('base');
    base.href = 'https://elsewhere.example/cms/';
    document.head.prepend(base);
  });
  afterEach(() => {
    base.remove();
    resetPage();
  });

  it('links to details on this page, opens and closes them without leaving it', async () => {
    await watching(async ({ uncaught }) => {
      const element = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen .data=${smallFeed}></helder-regelingen>`));
      const more = $(element, 'a.more[data-id="alpha"]') as HTMLAnchorElement;
      // Resolved against the page, not against the base.
      expect(more.href).to.equal(`${pageWithoutHash()}#regeling=alpha`);
      more.click();
      await until(() => !!element.shadowRoot?.querySelector('.detail'), 'detail did not open');
      expect(location.href.startsWith(pageWithoutHash())).to.equal(true);
      // pushState with a relative URL would throw SecurityError against a cross-origin base.
      $(element, '[part=back]').click();
      await settle(element);
      expect(element.shadowRoot!.querySelector('.detail')).to.equal(null);
      expect(location.hash).to.equal('');
      expect(uncaught).to.deep.equal([]);
    });
  });
});

describe('<helder-regelingen> hostile addresses and attributes', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('reports an unparsable src as an error with a retry, instead of loading forever', async () => {
    await watching(async ({ uncaught }) => {
      const element = document.createElement('helder-regelingen');
      const error = oneEvent(element, 'helder-error');
      element.src = 'http://[';
      document.body.append(element);
      const { detail } = (await error) as CustomEvent<HelderErrorDetail>;
      expect(detail.failure?.kind).to.equal('bad-url');
      expect(detail.failure?.message).to.contain('http://[');
      await settle(element);
      expect(element.shadowRoot!.querySelector('[part=retry]')).not.to.equal(null);
      expect(element.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
      await expectAccessible(element);
      element.remove();
      expect(uncaught).to.deep.equal([]);
    });
  });

  for (const hash of ['#regeling=%', '#regeling=%E0%A4%A']) {
    it(`survives ${hash} on load and on hashchange, and still restores saved answers`, async () => {
      await watching(async ({ uncaught }) => {
        localStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify({ woonplaats: false }));
        history.replaceState(null, '', hash);
        const element = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen view="check" .data=${smallFeed}></helder-regelingen>`));
        // Not living in the gemeente answers everything: the saved answers open on the results.
        expect(element.shadowRoot!.querySelector('.results')).not.to.equal(null);
        location.hash = hash.slice(1);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await settle(element);
        expect(element.shadowRoot!.querySelector('.results')).not.to.equal(null);
        expect(uncaught).to.deep.equal([]);
      });
    });
  }

  for (const timeout of ['abc', '0', '-1', '1e12']) {
    it(`falls back to the default wait for timeout="${timeout}", with a warning`, async () => {
      await watching(async ({ warnings }) => {
        const element = document.createElement('helder-regelingen');
        element.setAttribute('timeout', timeout);
        const loaded = oneEvent(element, 'helder-load');
        element.src = DATA_URL;
        document.body.append(element);
        expect((await loaded).detail.count).to.be.greaterThan(5);
        expect(warnings.some((w) => w.includes('timeout'))).to.equal(true);
        element.remove();
      });
    });
  }
});

describe('<helder-regelingen> storage that fails', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('ignores garbage in storage', async () => {
    await watching(async ({ uncaught }) => {
      localStorage.setItem(SAVED_ANSWERS_KEY, '{garbage');
      localStorage.setItem('helder-taalniveau', '[]');
      const element = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen view="check" .data=${smallFeed}></helder-regelingen>`));
      expect(element.shadowRoot!.querySelector('.step')).not.to.equal(null);
      expect(element.effectiveLevel).to.equal('b1');
      expect(uncaught).to.deep.equal([]);
    });
  });

  /** One regeling whose rule reads the number of children under 18: the check asks kinderen first. */
  const childFeed = {
    publisher: { name: 'Test' },
    regelingen: [
      {
        id: 'kind',
        title: 'Voor kinderen',
        summary: 'Kort.',
        categories: ['kinderen'],
        source: 'test',
        eligibility: [{ id: 'kind', rule: { '>': [{ var: 'kinderenOnder18' }, 0] }, met: 'Er is een kind.', notMet: 'Er is geen kind.' }],
      },
    ],
  };

  for (const kinderen of [100000, 1e10]) {
    it(`drops a stored number of children of ${kinderen} instead of using it`, async () => {
      await watching(async ({ uncaught }) => {
        localStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify({ kinderen }));
        const element = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen view="check" .data=${childFeed}></helder-regelingen>`));
        expect(element.shadowRoot!.querySelector('.step')?.getAttribute('data-question')).to.equal('kinderen');
        expect(($(element, '#antwoord') as HTMLInputElement).value).to.equal('');
        expect(uncaught).to.deep.equal([]);
      });
    });
  }

  it('says so when this device cannot keep the answers', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const element = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen view="check" .data=${smallFeed}></helder-regelingen>`));
      const no = $$(element, 'label.radio').find((label) => label.textContent?.trim() === 'Nee')!.querySelector('input')!;
      no.click();
      $(element, 'button[type=submit]').click();
      await until(() => !!element.shadowRoot?.querySelector('.results'), 'no results');
      const box = $(element, '.save input[type=checkbox]') as HTMLInputElement;
      box.click();
      await settle(element);
      expect(box.checked).to.equal(false);
      expect(text(element, '.save')).to.contain('Dit apparaat kan uw antwoorden niet bewaren');
      await expectAccessible(element);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('<helder-regelingen> feeds that change, fail or misbehave', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('resets a chosen category that the next feed lacks', async () => {
    // Enough regelingen for the topic buttons: a feed of a few shows none (issue 7).
    const schulden = smallFeed.regelingen[1];
    const more = [2, 3, 4, 5, 6].map((n) => ({ ...schulden, id: `schuld-${n}` }));
    const feed = { ...smallFeed, regelingen: [...smallFeed.regelingen, ...more] };
    const element = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen .data=${feed}></helder-regelingen>`));
    $$(element, '.chip').find((c) => c.textContent?.includes('Sport'))!.click();
    await settle(element);
    expect($$(element, '.card')).to.have.length(1);
    const withoutSport = { ...smallFeed, regelingen: [schulden] };
    element.data = withoutSport;
    await until(() => text(element, '.card-title') === 'Hulp bij schulden', 'second feed not shown');
    expect($$(element, '.card')).to.have.length(1);
    expect(text(element, '.count')).not.to.contain('Geen');
  });

  it('shows the copy kept on this device, with its date, when the feed fails later', async () => {
    await watching(async () => {
      const src = `/test-feeds/once?key=${Math.random()}`;
      const first = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen src=${src}></helder-regelingen>`));
      expect(text(first, '.colophon')).to.contain('Eerste versie');
      first.remove();

      const element = document.createElement('helder-regelingen');
      const loaded = oneEvent(element, 'helder-load');
      const error = oneEvent(element, 'helder-error');
      element.src = src;
      document.body.append(element);
      const [{ detail: load }, { detail: failed }] = await Promise.all([loaded, error]);
      expect(load.savedAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(failed.failure?.kind).to.equal('http');
      await ready(element);
      expect(text(element, '.card-title')).to.equal('Een regeling');
      expect(text(element, '[part=saved-copy]')).to.contain('U ziet de informatie van');
      expect(element.shadowRoot!.querySelector('[part=saved-copy] [part=retry]')).not.to.equal(null);
      await expectAccessible(element);
      element.remove();
    });
  });

  it('shows the last of a rapid series of src changes', async () => {
    const element = await fixture<HelderRegelingen>(html`<helder-regelingen src="/test-feeds/delayed?ms=600&name=A"></helder-regelingen>`);
    element.src = '/test-feeds/delayed?ms=50&name=B';
    await settle(element);
    element.src = '/test-feeds/delayed?ms=300&name=C';
    await ready(element);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await settle(element);
    expect(text(element, '.colophon')).to.contain('C');
  });

  it('fires nothing after it was removed during a fetch', async () => {
    const element = document.createElement('helder-regelingen');
    const fired: string[] = [];
    element.addEventListener('helder-load', () => fired.push('load'));
    element.addEventListener('helder-error', () => fired.push('error'));
    element.src = '/test-feeds/delayed?ms=200&name=X';
    document.body.append(element);
    await settle(element);
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fired).to.deep.equal([]);
  });

  it('lists the first problems of a huge broken feed and counts the rest', async () => {
    await watching(async ({ warnings }) => {
      const items = Array.from({ length: 5000 }, () => ({}));
      const element = document.createElement('helder-regelingen');
      const error = oneEvent(element, 'helder-error');
      element.data = { publisher: { name: 'Test' }, regelingen: [...items, smallFeed.regelingen[1]] };
      document.body.append(element);
      const { detail } = (await error) as CustomEvent<HelderErrorDetail>;
      expect(detail.errors.length).to.be.at.most(100);
      expect(detail.errorCount).to.be.at.least(5000);
      await ready(element);
      expect($$(element, '.card')).to.have.length(1);
      expect($$(element, '[part=problems] li').length).to.equal(20);
      expect(text(element, '[part=problems]')).to.match(/\d\.\d{3} onderdelen/);
      expect(warnings).to.have.length(1);
      element.remove();
    });
  });
});

describe('Helder elements and the host page', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('watches lang with one observer for the whole document', async () => {
    const elements = Array.from({ length: 5 }, () => document.createElement('helder-taalniveau'));
    elements.forEach((e) => document.body.append(e));
    expect(langObserverCount()).to.equal(1);
    document.documentElement.lang = 'en';
    await until(() => elements.every((e) => e.shadowRoot?.querySelector('.base')?.getAttribute('lang') === 'en'), 'not all followed lang');
    elements.forEach((e) => e.remove());
    expect(langObserverCount()).to.equal(0);
  });

  it('adds an A4 page box only while the flyer prints', async () => {
    const a4 = () => [...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => /size:\s*a4/i.test(r.cssText)));
    const element = await ready(await fixture<HelderRegelingen>(html`<helder-regelingen view="flyer" .data=${smallFeed}></helder-regelingen>`));
    expect(a4()).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(a4()).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(a4()).to.equal(false);
    element.remove();
  });
});
