import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import type { FeedProblem } from '../../src/core/problems.js';
import { SCHEMAS } from '../../src/core/schemas/index.js';
import { baseStyles } from '../../src/components/shared/base.styles.js';
import { editorStyles } from '../../src/editors/editor.styles.js';
import { fieldId, objectBody, type FormHost } from '../../src/editors/form.render.js';
import { getAt, pointer, removeAt, setAt, type Path } from '../../src/editors/json-edit.js';
import { levelTextsOf, shapeOf, type FieldShape, type JsonSchema } from '../../src/editors/schema-node.js';
import { expectAccessible } from './helpers.js';

/**
 * The form is made from the schema alone: every feed schema of the project (also of widgets that
 * are not in the editors' table yet) renders, with A2, B1 and C1 for each of its texts.
 */

class FormFixture extends LitElement {
  static override styles = [baseStyles, editorStyles];
  template?: () => TemplateResult;
  protected override render(): TemplateResult | undefined {
    return this.template?.();
  }
}
customElements.define('test-schema-form', FormFixture);

/** A host that keeps the value itself, as the feed editor does. */
function hostFor(initial: unknown, onChange: () => void): FormHost & { value: unknown } {
  const drafts = new Map<string, string>();
  const host = {
    value: initial,
    problemsAt: (): readonly FeedProblem[] => [],
    problemsUnder: () => 0,
    message: (p: FeedProblem) => p.code,
    get: (path: Path) => getAt(host.value, path),
    set: (path: Path, value: unknown) => {
      host.value = value === undefined ? removeAt(host.value, path) : setAt(host.value, path, value);
      onChange();
    },
    remove: (path: Path) => {
      host.value = removeAt(host.value, path);
      onChange();
    },
    insert: () => onChange(),
    move: () => onChange(),
    draft: (path: Path) => drafts.get(pointer(path)),
    setDraft: (path: Path, text: string | undefined) => {
      if (text === undefined) drafts.delete(pointer(path));
      else drafts.set(pointer(path), text);
      onChange();
    },
  };
  return host;
}

const LISTS: Record<string, string> = { regelingen: 'regelingen', agenda: 'themes', 'sociale-kaart': 'services' };

describe('schema-driven form, for every feed schema', () => {
  for (const [kind, schema] of Object.entries(SCHEMAS)) {
    it(`renders an item of the default ${kind} feed with A2, B1 and C1 for every text, and edits one`, async function () {
      // An agenda theme has some 12,000 form elements; axe takes its time over them.
      this.timeout(60000);
      const feed = (await (await fetch(`/src/data/twenterand/${kind}.json`)).json()) as Record<string, unknown[]>;
      const listKey = LISTS[kind]!;
      const itemSchema = (schema as JsonSchema).properties![listKey]!.items!;
      const shape = shapeOf(itemSchema) as Extract<FieldShape, { kind: 'object' }>;
      expect(shape.kind).to.equal('object');
      const item = feed[listKey]![0] as Record<string, unknown>;

      const element = await fixture<FormFixture>(html`<test-schema-form></test-schema-form>`);
      const host = hostFor(item, () => element.requestUpdate());
      element.template = () => html`<div class="base">${objectBody(host, shape, host.value as Record<string, unknown>, [])}</div>`;
      element.requestUpdate();
      await element.updateComplete;

      // Every text of the item has its three levels side by side (a string text: one field for all).
      const texts = levelTextsOf(itemSchema, item);
      expect(texts.length, 'texts found').to.be.greaterThan(0);
      for (const { path, text } of texts) {
        const id = fieldId(path);
        const fields = typeof text === 'string' ? [`${id}-alle`] : [`${id}-a2`, `${id}-b1`, `${id}-c1`];
        for (const field of fields) {
          const area = element.shadowRoot!.getElementById(field);
          // Texts inside a closed list entry are there too, only not shown.
          expect(area, `${kind}: ${field}`).to.be.instanceOf(HTMLTextAreaElement);
        }
      }

      // Editing the first text at B1 changes only that text.
      const first = texts.find((t) => typeof t.text !== 'string')!;
      const area = element.shadowRoot!.getElementById(`${fieldId(first.path)}-b1`) as HTMLTextAreaElement;
      area.value = 'Een nieuwe tekst.';
      area.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(getAt(host.value, [...first.path, 'b1'])).to.equal('Een nieuwe tekst.');
      expect(setAt(host.value, [...first.path, 'b1'], getAt(item, [...first.path, 'b1']))).to.deep.equal(item);

      // Labels for every field, no duplicate ids.
      const ids = [...element.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
      await expectAccessible(element);
    });
  }
});
