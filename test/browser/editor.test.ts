import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseRegelingen } from '../../src/core/regelingen.js';
import { fieldId } from '../../src/editors/form.render.js';
import { DATA_URL, twenterand } from './fixtures.js';
import { expectPageAccessible, inShadow, openPage, overflowing, type, until, type ToolPage } from './editor-page.js';

/** The feed editor page (demo/editor.html) as an editor uses it. */

const SIMPLE_B1 = 'U krijgt geld voor de sportclub. Of voor muziekles.';
const LONG_B1 =
  'Als u een laag inkomen heeft en in de gemeente woont, dan kunt u elk jaar een bijdrage krijgen voor sport, cultuur en andere activiteiten.';

interface Editor extends HTMLElement {
  value: unknown;
}

async function openEditor(width = 1200): Promise<{ page: ToolPage; editor: Editor; $: <T extends Element = HTMLElement>(s: string) => T }> {
  const page = await openPage('/demo/editor.html', width);
  await until(() => !!page.win.customElements.get('helder-feed-editor') && !!page.doc.querySelector('helder-feed-editor')?.shadowRoot, 'editor did not start');
  const editor = page.doc.querySelector('helder-feed-editor') as Editor;
  const $ = <T extends Element = HTMLElement>(selector: string) => inShadow<T>(editor, selector);
  return { page, editor, $ };
}

async function openDefault(editor: Editor, $: <T extends Element = HTMLElement>(s: string) => T): Promise<void> {
  $<HTMLButtonElement>('#open-standaard').click();
  await until(() => ($('#probleemtelling').textContent ?? '').includes('Geen problemen'), 'the default feed did not open as valid');
  await until(() => !!previewWidget(editor)?.shadowRoot?.querySelector('.detail, .card'), 'the preview did not render');
}

function previewWidget(editor: Editor): HTMLElement | null {
  return editor.shadowRoot!.querySelector<HTMLElement>('.preview helder-regelingen');
}

const previewText = (editor: Editor) => (previewWidget(editor)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('feed editor page', () => {
  let page: ToolPage | undefined;
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('opens the default feed, shows a B1 change with its readability and in the preview, and downloads exactly the edited feed', async () => {
    const opened = await openEditor();
    page = opened.page;
    const { editor, $ } = opened;
    await expectPageAccessible(page);
    await openDefault(editor, $);
    await expectPageAccessible(page);

    const id = `${fieldId(['regelingen', 0, 'summary'])}-b1`;
    const textarea = $<HTMLTextAreaElement>(`#${id}`);
    const readability = () => ($(`#${id}-leesbaarheid`).textContent ?? '').replace(/\s+/g, ' ');

    // A long sentence: the editor says at once that it is not B1 yet, and why.
    type(textarea, LONG_B1);
    await until(() => readability().includes('Nog niet B1'), 'the readability did not follow the text');
    expect(readability()).to.include('te lang voor B1');
    expect(textarea.getAttribute('aria-describedby')).to.include(`${id}-leesbaarheid`);

    // Short sentences: it is B1, and the preview shows the new text.
    type(textarea, SIMPLE_B1);
    await until(() => readability().includes('Past bij B1'), 'the readability did not say B1');
    await until(() => previewText(editor).includes(SIMPLE_B1), 'the preview did not show the new text');
    await expectPageAccessible(page);

    // The download is the default feed with that one change, and it is valid.
    const expected = await twenterand();
    (expected.regelingen[0] as unknown as { summary: { b1: string } }).summary.b1 = SIMPLE_B1;
    const link = $<HTMLAnchorElement>('#download');
    expect(link.getAttribute('download')).to.equal('regelingen.json');
    const downloaded: unknown = await (await fetch(link.href)).json();
    expect(downloaded).to.deep.equal(expected);
    expect(editor.value).to.deep.equal(expected);
    const parsed = parseRegelingen(downloaded);
    expect(parsed.ok && parsed.problemCount).to.equal(0);
  });

  it('lists a problem with its path, counts it in a live region, and goes to the field', async () => {
    const opened = await openEditor();
    page = opened.page;
    const { editor, $ } = opened;
    await openDefault(editor, $);
    // Select the second regeling and break its id.
    $<HTMLButtonElement>(`#${fieldId(['regelingen', 1])}-bewerken`).click();
    await until(() => !!editor.shadowRoot!.querySelector(`#${fieldId(['regelingen', 1, 'id'])}`), 'the second regeling did not open');
    type($<HTMLInputElement>(`#${fieldId(['regelingen', 1, 'id'])}`), 'Geen Goede Id');
    await until(() => ($('#probleemtelling').textContent ?? '').includes('1 probleem'), 'the problem was not counted');
    expect($('#probleemtelling').getAttribute('role')).to.equal('status');
    const problem = $<HTMLButtonElement>('.problem-list button');
    expect(problem.textContent).to.include('/regelingen/1/id');
    expect($(`#${fieldId(['regelingen', 1, 'id'])}`).getAttribute('aria-invalid')).to.equal('true');
    await expectPageAccessible(page);

    // Open another regeling, then follow the problem: the editor opens the right one and focuses the field.
    $<HTMLButtonElement>(`#${fieldId(['regelingen', 3])}-bewerken`).click();
    await until(() => !editor.shadowRoot!.querySelector(`#${fieldId(['regelingen', 1, 'id'])}`), 'the fourth regeling did not open');
    $<HTMLButtonElement>('.problem-list button').click();
    await until(() => editor.shadowRoot!.activeElement?.id === fieldId(['regelingen', 1, 'id']), 'the field did not get focus');
  });

  it('moves, adds and removes items by keyboard, keeping focus on what moved', async () => {
    const opened = await openEditor();
    page = opened.page;
    const { editor, $ } = opened;
    await openDefault(editor, $);
    const ids = () => ((editor.value as { regelingen: { id: string }[] }).regelingen ?? []).map((r) => r.id);
    const before = ids();

    $<HTMLButtonElement>(`#${fieldId(['regelingen', 0])}-omlaag`).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => ids()[1] === before[0], 'the item did not move down');
    expect(ids()[0]).to.equal(before[1]);
    await until(() => editor.shadowRoot!.activeElement?.id === `${fieldId(['regelingen', 1])}-omlaag`, 'focus did not follow the moved item');
    expect(editor.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^Omlaag: 2\. /);
    expect(($('[role=status][aria-live]').textContent ?? '').trim()).to.match(/plaats 2 van/);

    // The first item's "Omhoog" stays focusable but does nothing.
    const up = $<HTMLButtonElement>(`#${fieldId(['regelingen', 0])}-omhoog`);
    expect(up.getAttribute('aria-disabled')).to.equal('true');
    up.click();
    expect(ids()[0]).to.equal(before[1]);

    // Add a regeling: the form opens on it, and the check names what is missing.
    $<HTMLButtonElement>(`#${fieldId(['regelingen'])}-toevoegen`).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => ids().length === before.length + 1, 'no item was added');
    await until(() => editor.shadowRoot!.activeElement?.id === 'item-kop', 'focus did not go to the new item');
    await until(() => /\d+ problemen/.test($('#probleemtelling').textContent ?? ''), 'the new item was not checked');
    expect($('.problem-list').textContent).to.include(`/regelingen/${before.length}/title`);

    // Remove it again.
    $<HTMLButtonElement>(`#${fieldId(['regelingen', before.length])}-weghalen`).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => ids().length === before.length, 'the item was not removed');
    await until(() => ($('#probleemtelling').textContent ?? '').includes('Geen problemen'), 'the check did not follow');

    // Remove a real one by mistake, and put it back.
    const withFirstTwoSwapped = ids();
    $<HTMLButtonElement>(`#${fieldId(['regelingen', 2])}-weghalen`).click();
    await until(() => ids().length === before.length - 1, 'the item was not removed');
    expect($('#terugzetten').textContent).to.include('Zet 3.');
    $<HTMLButtonElement>('#terugzetten').click();
    await until(() => ids().join() === withFirstTwoSwapped.join(), 'the item did not come back');
    await until(() => !editor.shadowRoot!.querySelector('#terugzetten'), 'the undo button stayed');
    await expectPageAccessible(page);
  });

  it('edits a level text that is one string, a choice, a number, a list of categories and a JSON Logic rule', async () => {
    const opened = await openEditor();
    page = opened.page;
    const { editor, $ } = opened;
    await openDefault(editor, $);
    const first = () => (editor.value as { regelingen: Record<string, unknown>[] }).regelingen[0]!;

    // A category off and on again: the list follows.
    const categories = first().categories as string[];
    const box = $<HTMLInputElement>(`#${fieldId(['regelingen', 0, 'categories'])}-0`);
    box.click();
    expect(first().categories).to.not.deep.equal(categories);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    box.click();
    expect((first().categories as string[]).slice().sort()).to.deep.equal(categories.slice().sort());

    // A rule that is not JSON yet keeps the last good value and says so.
    const rulePath = ['regelingen', 0, 'eligibility', 0, 'rule'];
    const goodRule = (first().eligibility as { rule: unknown }[])[0]!.rule;
    const rule = $<HTMLTextAreaElement>(`#${fieldId(rulePath)}`);
    type(rule, '{ "==": [ { "var": "woontInGemeente" }, ');
    await until(() => rule.getAttribute('aria-invalid') === 'true', 'the broken JSON was not marked');
    expect($(`#${fieldId(rulePath)}-fout`).textContent).to.include('geen geldige JSON');
    expect((first().eligibility as { rule: unknown }[])[0]!.rule).to.deep.equal(goodRule);
    type(rule, '{ "==": [ { "var": "woontInGemeent" }, true ] }');
    await until(() => ($('#probleemtelling').textContent ?? '').includes('1 probleem'), 'an unknown fact was not reported');
    expect($('.problem-list').textContent).to.include('woontInGemeent');
    type(rule, JSON.stringify(goodRule));
    await until(() => ($('#probleemtelling').textContent ?? '').includes('Geen problemen'), 'the rule did not recover');

    // A number typed the Dutch way.
    const amountPath = ['regelingen', 0, 'amount'];
    if (first().amount === undefined) $<HTMLButtonElement>(`#${fieldId(amountPath)}`).click();
    await until(() => !!editor.shadowRoot!.querySelector(`#${fieldId([...amountPath, 'value'])}`), 'no amount field');
    type($<HTMLInputElement>(`#${fieldId([...amountPath, 'value'])}`), '12,50');
    expect((first().amount as { value: number }).value).to.equal(12.5);
    expect($<HTMLInputElement>(`#${fieldId([...amountPath, 'value'])}`).value).to.equal('12,50');
    await expectPageAccessible(page);
  });

  it('opens a file that is not a feed with a clear message, and reflows at 320 px', async () => {
    const opened = await openEditor(320);
    page = opened.page;
    const { editor, $ } = opened;
    const input = $<HTMLInputElement>('#bestand');
    const files = new page.win.DataTransfer();
    files.items.add(new page.win.File(['{"iets": []}'], 'iets.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!editor.shadowRoot!.querySelector('#open-fout'), 'no message for a file that is no feed');
    expect($('#open-fout').textContent).to.include('geen feed');

    const response = await fetch(DATA_URL);
    const good = new page.win.DataTransfer();
    good.items.add(new page.win.File([await response.text()], 'mijn-regelingen.json', { type: 'application/json' }));
    input.files = good.files;
    input.dispatchEvent(new Event('change'));
    await until(() => ($('#probleemtelling').textContent ?? '').includes('Geen problemen'), 'the file did not open');
    expect($<HTMLAnchorElement>('#download').getAttribute('download')).to.equal('mijn-regelingen.json');
    await until(() => !!previewWidget(editor)?.shadowRoot?.querySelector('.detail'), 'the preview did not render');
    expect(overflowing(page, editor)).to.deep.equal([]);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    await expectPageAccessible(page);
  });
});
