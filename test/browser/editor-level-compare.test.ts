import { expect, fixture, html } from '@open-wc/testing';
import '../../src/helder.js';
import '../../src/editors/level-compare.js';
import type { HelderLevelCompare } from '../../src/editors/level-compare.component.js';
import { twenterand } from './fixtures.js';
import { expectAccessible, resetPage, settle, until } from './helpers.js';

/** <helder-level-compare>: the Storybook story "Een regeling op drie niveaus" uses it. */

type Widget = HTMLElement & { effectiveLevel: string };

const widgets = (compare: HelderLevelCompare) => [...compare.shadowRoot!.querySelectorAll<Widget>('.widget helder-regelingen')];
const columnText = (compare: HelderLevelCompare, level: string) =>
  (compare.shadowRoot!.querySelector(`section[aria-labelledby=kop-${level}] details`)?.textContent ?? '').replace(/\s+/g, ' ');
const detailText = (widget: Widget) => (widget.shadowRoot?.querySelector('.detail')?.textContent ?? '').replace(/\s+/g, ' ');

describe('<helder-level-compare>', () => {
  beforeEach(resetPage);

  it('shows one regeling at A2, B1 and C1 side by side, each with its readability', async () => {
    const feed = await twenterand();
    const item = feed.regelingen[0] as unknown as { id: string; summary: Record<string, string> };
    const compare = await fixture<HelderLevelCompare>(html`<helder-level-compare kind="regelingen" .feed=${feed} .item=${item}></helder-level-compare>`);
    await until(() => widgets(compare).length === 3 && widgets(compare).every((w) => detailText(w) !== ''), 'the three widgets did not render');
    expect(widgets(compare).map((w) => w.effectiveLevel)).to.deep.equal(['a2', 'b1', 'c1']);
    expect(widgets(compare).map((w) => w.getAttribute('regeling'))).to.deep.equal([item.id, item.id, item.id]);
    expect(detailText(widgets(compare)[0]!)).to.include(item.summary.a2);
    expect(detailText(widgets(compare)[2]!)).to.include(item.summary.c1);
    expect(columnText(compare, 'a2')).to.match(/teksten passen bij A2/);
    expect(columnText(compare, 'b1')).to.match(/teksten passen bij B1/);
    expect(columnText(compare, 'c1')).to.include('Samenvatting');
    await expectAccessible(compare);
  });

  it('says which text is not B1 yet, and shows a draft’s problems with their paths', async () => {
    const feed = await twenterand();
    const draft = {
      id: 'concept',
      title: 'Een concept',
      summary: {
        b1: 'Als u een laag inkomen heeft en in de gemeente woont, dan kunt u elk jaar een bijdrage krijgen voor sport en cultuur.',
      },
      categories: ['toveren'],
      source: 'concept',
    };
    const compare = await fixture<HelderLevelCompare>(html`<helder-level-compare kind="regelingen" .feed=${feed} .item=${draft}></helder-level-compare>`);
    await settle(compare);
    const notice = compare.shadowRoot!.querySelector('.problems')!;
    expect(notice.textContent).to.include('/regelingen/0/categories/0');
    expect(columnText(compare, 'b1')).to.include('1 van 2 teksten nog niet B1');
    expect(columnText(compare, 'b1')).to.include('te lang voor B1');
    // A2 is missing: the A2 column says which level the widget shows instead.
    expect(columnText(compare, 'a2')).to.include('geen A2-tekst: de widget toont B1');
    expect(compare.shadowRoot!.querySelector<HTMLDetailsElement>('section[aria-labelledby=kop-b1] details')!.open).to.equal(true);
    await expectAccessible(compare);

    // Fixed: the problems go, and the widgets show it.
    compare.item = { ...draft, categories: ['geld'] };
    await until(() => !compare.shadowRoot!.querySelector('.problems') && widgets(compare).every((w) => detailText(w).includes('Een concept')), 'the fixed draft did not show');
  });

  it('lets the widgets follow the interface language around it', async () => {
    const feed = await twenterand();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><helder-level-compare kind="regelingen" .feed=${feed} .item=${feed.regelingen[1]}></helder-level-compare></div>`);
    const compare = wrapper.querySelector<HelderLevelCompare>('helder-level-compare')!;
    await until(() => widgets(compare).length === 3 && widgets(compare).every((w) => (w.shadowRoot?.querySelector('.base')?.getAttribute('lang') ?? '') === 'en'), 'the widgets are not in English');
    expect(compare.shadowRoot!.querySelector('#kop-a2')!.getAttribute('lang')).to.equal('nl');
  });
});
