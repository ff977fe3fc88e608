import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchFeedText, parseJson } from '../core/feed.js';
import { LEVELS, type Level } from '../core/level.js';
import type { FeedFailure, FeedProblem } from '../core/problems.js';
import { AnnouncerController } from '../components/shared/announcer.js';
import { baseStyles } from '../components/shared/base.styles.js';
import { failureMessage, problemMessage } from '../components/shared/messages.js';
import { editorStyles } from './editor.styles.js';
import { feedEditorStyles } from './feed-editor.styles.js';
import { entryName } from './form-values.js';
import { entryActions, fieldId, objectBody, type FormHost } from './form.render.js';
import { getAt, insertAt, moveAt, pathOf, pointer, removeAt, setAt, type Path } from './json-edit.js';
import { initialValue, shapeOf, type FieldShape, type JsonSchema } from './schema-node.js';
import { E, LEVEL_NAMES, added, moreProblems, movedTo, opened, problemCount, removed } from './strings.js';
import { EDITOR_WIDGETS, widgetFor, widgetOf, type EditorWidget } from './widgets.js';
import { isObject } from '../core/json-value.js';

/** How long the editor waits after the last key before it checks the feed and updates the preview. */
export const CHECK_DELAY_MS = 300;


type ObjectShape = Extract<FieldShape, { kind: 'object' }>;

/**
 * @tagname helder-feed-editor
 * @summary Een editor voor feeds: een formulier uit het JSON Schema, met A2, B1 en C1 naast
 * elkaar, de leesbaarheid per niveau, de problemen met hun pad en een voorbeeld van de widget.
 *
 * A tool for the gemeente's editors, not a residents' widget: it is not in dist/helder.js. The
 * page must register the widgets it previews (import src/helder.ts or load helder.js).
 */
export class HelderFeedEditor extends LitElement {
  static override styles = [baseStyles, editorStyles, feedEditorStyles];

  /** The folder with the default feeds (`twenterand/regelingen.json` …), relative to the page. */
  @property({ attribute: 'data-base' }) dataBase = '../src/data/';
  /** The default feeds by kind, when the page has them already (Storybook); else they are fetched. */
  @property({ attribute: false }) defaults?: Readonly<Record<string, unknown>>;

  /** The widget of the open feed. */
  @state() private widget: EditorWidget = EDITOR_WIDGETS[0]!;
  /** The kind chosen for "Standaardfeed openen"; the open feed keeps its own until another opens. */
  @state() private chosen: EditorWidget = EDITOR_WIDGETS[0]!;
  @state() private doc: unknown;
  @state() private fileName = '';
  @state() private selected = 0;
  @state() private problems: readonly FeedProblem[] = [];
  @state() private problemTotal = 0;
  @state() private failure?: FeedFailure;
  @state() private openError = '';
  @state() private previewLevel: Level = 'b1';
  @state() private previewOne = true;
  @state() private urlText = '';
  @state() private checked = false;
  /** The document before the last removal, to put the removed entry back. */
  @state() private undo?: { name: string; doc: unknown; selected: number };

  private readonly announcer = new AnnouncerController(this);
  private readonly drafts = new Map<string, string>();
  private byPointer = new Map<string, FeedProblem[]>();
  private checkTimer?: ReturnType<typeof setTimeout>;
  private downloadUrl = '';
  private downloadFor: unknown;
  private pendingFocus?: string;
  private preview?: HTMLElement & { data?: unknown };

  /** The document being edited, as it will be downloaded. */
  get value(): unknown {
    return this.doc;
  }

  /** Opens a document (as the file, URL and default buttons do). */
  open(doc: unknown, name: string): void {
    const widget = widgetFor(doc);
    if (!widget) {
      this.openError = E.unknownKind;
      this.announcer.announce(E.unknownKind);
      return;
    }
    this.openError = '';
    this.widget = widget;
    this.chosen = widget;
    this.doc = doc;
    this.undo = undefined;
    this.fileName = name;
    this.selected = 0;
    this.drafts.clear();
    this.check();
    const count = this.items().length;
    this.announcer.announce(`${opened(name, count, widget.label)} ${problemCount(this.problemTotal)}`);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.checkTimer);
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = '';
  }

  // ----- what the form does -----

  /** The form's view of this editor: the document's problems, and changes to it by path. */
  private readonly form: FormHost = {
    problemsAt: (pointerText) => this.byPointer.get(pointerText) ?? [],
    problemsUnder: (pointerText) => this.problemsUnder(pointerText),
    message: (problem) => problemMessage(problem),
    get: (path) => getAt(this.doc, path),
    set: (path, value) => this.setValue(path, value),
    remove: (path) => this.removeEntry(path),
    insert: (listPath, index, value) => this.insertEntry(listPath, index, value),
    move: (listPath, from, to) => this.moveEntry(listPath, from, to),
    draft: (path) => this.drafts.get(pointer(path)),
    setDraft: (path, text) => {
      if (text === undefined) this.drafts.delete(pointer(path));
      else this.drafts.set(pointer(path), text);
      this.requestUpdate();
    },
  };

  private problemsUnder(pointerText: string): number {
    return this.problems.filter((p) => p.path === pointerText || p.path.startsWith(`${pointerText}/`)).length;
  }

  private setValue(path: Path, value: unknown): void {
    this.change(path.length === 0 ? value : value === undefined ? removeAt(this.doc, path) : setAt(this.doc, path, value));
  }

  private removeEntry(path: Path): void {
    const listPath = path.slice(0, -1);
    const index = path[path.length - 1];
    const list = getAt(this.doc, listPath);
    if (Array.isArray(list) && typeof index === 'number') {
      const name = this.nameAt(listPath, index);
      const before = { name, doc: this.doc, selected: this.selected };
      const left = list.length - 1;
      this.pendingFocus = left > index ? `${fieldId([...listPath, index])}-weghalen` : left > 0 ? `${fieldId([...listPath, left - 1])}-weghalen` : `${fieldId(listPath)}-toevoegen`;
      if (this.isItemList(listPath)) this.selected = Math.max(0, Math.min(this.selected > index ? this.selected - 1 : this.selected, left - 1));
      this.drafts.clear();
      this.change(removeAt(this.doc, path));
      this.undo = before;
      this.announcer.announce(removed(name));
    } else {
      this.change(removeAt(this.doc, path));
    }
  }

  private insertEntry(listPath: Path, index: number, value: unknown): void {
    this.drafts.clear();
    this.change(insertAt(this.doc, listPath, index, value));
    if (this.isItemList(listPath)) {
      this.selected = index;
      this.pendingFocus = 'item-kop';
    } else {
      this.pendingFocus = `${fieldId([...listPath, index])}-open`;
    }
    this.announcer.announce(added(this.nameAt(listPath, index)));
  }

  private moveEntry(listPath: Path, from: number, to: number): void {
    const list = getAt(this.doc, listPath);
    if (!Array.isArray(list) || to < 0 || to >= list.length) return;
    this.drafts.clear();
    this.change(moveAt(this.doc, listPath, from, to));
    if (this.isItemList(listPath)) {
      if (this.selected === from) this.selected = to;
      else if (this.selected === to) this.selected = from;
    }
    this.pendingFocus = `${fieldId([...listPath, to])}-${to < from ? 'omhoog' : 'omlaag'}`;
    this.announcer.announce(movedTo(this.nameAt(listPath, to), to + 1, list.length));
  }

  // ----- the document -----

  private get listKey(): string {
    return this.widget.listKey;
  }

  private isItemList(path: Path): boolean {
    return path.length === 1 && path[0] === this.listKey;
  }

  private items(): unknown[] {
    const list = getAt(this.doc, [this.listKey]);
    return Array.isArray(list) ? list : [];
  }

  private nameAt(listPath: Path, index: number): string {
    return entryName(getAt(this.doc, [...listPath, index]), index);
  }

  private itemName(item: unknown, index: number): string {
    return entryName(isObject(item) ? { title: item[this.widget.nameKey], id: item[this.widget.idKey] } : item, index);
  }

  private change(doc: unknown): void {
    this.doc = doc;
    this.undo = undefined;
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  /** Validates with the widget's own code, and shows the result in the preview. */
  private check(): void {
    clearTimeout(this.checkTimer);
    const outcome = this.widget.parse(this.doc);
    this.problems = outcome.problems;
    this.problemTotal = outcome.ok ? outcome.problemCount : Math.max(1, outcome.problemCount);
    this.failure = outcome.ok ? undefined : outcome.failure;
    const byPointer = new Map<string, FeedProblem[]>();
    for (const problem of outcome.problems) byPointer.set(problem.path, [...(byPointer.get(problem.path) ?? []), problem]);
    this.byPointer = byPointer;
    this.checked = true;
    this.updatePreview();
  }

  private updatePreview(): void {
    const widget = this.widget;
    if (!this.preview || this.preview.localName !== widget.tag) this.preview = document.createElement(widget.tag);
    const preview = this.preview;
    preview.setAttribute('level', this.previewLevel);
    const item = this.items()[this.selected];
    const id = isObject(item) ? item[widget.idKey] : undefined;
    if (widget.itemAttribute && this.previewOne && typeof id === 'string') preview.setAttribute(widget.itemAttribute, id);
    else if (widget.itemAttribute) preview.removeAttribute(widget.itemAttribute);
    preview.data = this.doc;
  }

  // ----- opening -----

  private async openDefault(): Promise<void> {
    const chosen = this.chosen;
    const given = this.defaults?.[chosen.kind];
    if (given !== undefined) return this.open(structuredClone(given), chosen.defaultFeed.split('/').pop()!);
    const url = new URL(chosen.defaultFeed, new URL(this.dataBase, document.baseURI)).href;
    await this.openUrl(url);
  }

  private async openUrl(url: string): Promise<void> {
    const base = document.baseURI;
    const fetched = await fetchFeedText(url, { baseUrl: base });
    if (!fetched.ok) return this.openFailed(fetched.failure);
    const parsed = parseJson(fetched.text, url);
    if (!parsed.ok) return this.openFailed(parsed.failure);
    const name = new URL(url, base).pathname.split('/').pop() || `${this.chosen.kind}.json`;
    this.open(parsed.value, name);
  }

  private async openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseJson(await file.text());
    if (!parsed.ok) return this.openFailed(parsed.failure);
    this.open(parsed.value, file.name);
  }

  private openFailed(failure: FeedFailure): void {
    this.openError = `${E.failure} ${failureMessage(failure, 'nl')}`;
    this.announcer.announce(this.openError);
  }

  // ----- focus -----

  /** Focuses the field of a problem: its item is opened first, and any closed part around it. */
  private async goTo(pointerText: string): Promise<void> {
    const path = pathOf(pointerText);
    if (path[0] === this.listKey && typeof path[1] === 'number') this.selected = path[1];
    else this.renderRoot.querySelector<HTMLDetailsElement>('#feed-velden')?.setAttribute('open', '');
    await this.updateComplete;
    for (let length = path.length; length >= 0; length--) {
      const id = fieldId(path.slice(0, length));
      const found = ['', '-b1', '-alle', '-vorm', '-open', '-toevoegen', '-keuze']
        .map((suffix) => this.renderRoot.querySelector<HTMLElement>(`#${id}${suffix}`))
        .find((element) => element !== null);
      if (found) {
        this.reveal(found);
        return;
      }
    }
  }

  private reveal(element: HTMLElement): void {
    for (let node: Element | null = element; node; node = node.parentElement) if (node instanceof HTMLDetailsElement) node.open = true;
    const target =
      element instanceof HTMLDetailsElement
        ? element.querySelector<HTMLElement>('summary')
        : element instanceof HTMLFieldSetElement
          ? element.querySelector<HTMLElement>('input, select, textarea, button')
          : element;
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('doc') && this.doc !== this.downloadFor) {
      if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
      this.downloadFor = this.doc;
      this.downloadUrl = this.doc === undefined ? '' : URL.createObjectURL(new Blob([`${JSON.stringify(this.doc, null, 2)}\n`], { type: 'application/json' }));
    }
  }

  protected override updated(): void {
    const host = this.renderRoot.querySelector('.preview');
    if (host && this.preview && this.preview.parentElement !== host) host.replaceChildren(this.preview);
    if (this.pendingFocus) {
      const element = this.renderRoot.querySelector<HTMLElement>(`#${this.pendingFocus}`);
      this.pendingFocus = undefined;
      if (element) this.reveal(element);
    }
  }

  // ----- views -----

  private renderOpen(): TemplateResult {
    return html`<section aria-labelledby="open-kop">
      <h2 id="open-kop">1. ${E.openHeading}</h2>
      <p class="hint">${E.privacy}</p>
      <div class="open-grid">
        <div class="field">
          <label for="soort">${E.kind}</label>
          <select
            id="soort"
            @change=${(e: Event) => {
              this.chosen = widgetOf((e.target as HTMLSelectElement).value) ?? this.chosen;
            }}
          >
            ${EDITOR_WIDGETS.map((w) => html`<option value=${w.kind} ?selected=${w === this.chosen}>${w.label}</option>`)}
          </select>
          <p><button type="button" class="button" id="open-standaard" @click=${() => this.openDefault()}>${E.openDefault}</button></p>
        </div>
        <div class="field">
          <label for="bestand">${E.openFile}</label>
          <input id="bestand" type="file" accept=".json,application/json" @change=${(e: Event) => this.openFile(e)} />
        </div>
        <form
          class="field"
          @submit=${(e: Event) => {
            e.preventDefault();
            if (this.urlText.trim()) void this.openUrl(this.urlText.trim());
          }}
        >
          <label for="adres">${E.openUrl}</label>
          <div class="row">
            <input id="adres" type="url" .value=${this.urlText} @input=${(e: Event) => (this.urlText = (e.target as HTMLInputElement).value)} />
            <button class="button secondary" type="submit">${E.fetch}</button>
          </div>
        </form>
      </div>
      ${this.openError ? html`<p class="notice" id="open-fout">${this.openError}</p>` : nothing}
    </section>`;
  }

  private renderItems(itemSchema: JsonSchema): TemplateResult {
    const items = this.items();
    const label = this.widget.label;
    const listPath = [this.listKey];
    const selected = items[this.selected];
    const shape = shapeOf(itemSchema);
    return html`<section aria-labelledby="items-kop">
      <h2 id="items-kop">3. ${label} (${items.length})</h2>
      <ol class="item-list">
        ${items.map((item, index) => {
          const name = this.itemName(item, index);
          const problems = this.problemsUnder(pointer([...listPath, index]));
          return html`<li class=${index === this.selected ? 'current' : ''}>
            <button
              type="button"
              class="item-name"
              id=${`${fieldId([...listPath, index])}-bewerken`}
              aria-current=${index === this.selected ? 'true' : 'false'}
              @click=${() => {
                this.selected = index;
                this.pendingFocus = 'item-kop';
                this.updatePreview();
              }}
            >
              ${name}${problems ? html` <span class="badge">(${problems} ${problems === 1 ? 'probleem' : 'problemen'})</span>` : nothing}
            </button>
            ${entryActions(this.form, listPath, index, items.length, name)}
          </li>`;
        })}
      </ol>
      <p>
        <button type="button" class="button secondary" id=${`${fieldId(listPath)}-toevoegen`} @click=${() => this.insertEntry(listPath, items.length, initialValue(itemSchema))}>
          ${E.addItem(label)}
        </button>
      </p>
      ${selected !== undefined
        ? html`<section class="item" aria-labelledby="item-kop">
            <h3 id="item-kop" tabindex="-1">${E.editHeading(this.itemName(selected, this.selected))}</h3>
            ${shape.kind === 'object' && isObject(selected) ? objectBody(this.form, shape, selected, [...listPath, this.selected]) : nothing}
          </section>`
        : nothing}
    </section>`;
  }

  private restore(): void {
    const undo = this.undo;
    if (!undo) return;
    this.drafts.clear();
    this.change(undo.doc);
    this.selected = undo.selected;
    this.pendingFocus = 'controle-kop';
    this.announcer.announce(E.restored(undo.name));
  }

  private renderCheck(): TemplateResult {
    const shown = this.problems.length;
    return html`<section aria-labelledby="controle-kop">
      <h2 id="controle-kop" tabindex="-1">${E.checkHeading}</h2>
      ${this.undo
        ? html`<p class="notice">
            ${removed(this.undo.name)}
            <button type="button" class="button secondary" id="terugzetten" @click=${() => this.restore()}>${E.undo(this.undo.name)}</button>
          </p>`
        : nothing}
      <p role="status" class=${this.problemTotal ? 'count not-ok' : 'count ok'} id="probleemtelling">
        ${this.checked ? (this.failure ? failureMessage(this.failure, 'nl') : problemCount(this.problemTotal)) : ''}
      </p>
      ${shown
        ? html`${shown < this.problemTotal ? html`<p class="hint">${moreProblems(shown, this.problemTotal)}</p>` : nothing}
            <ol class="problem-list">
              ${this.problems.map(
                (p) => html`<li>
                  <button type="button" class="problem-link" @click=${() => this.goTo(p.path)}>
                    <code>${p.path || '/'}</code> ${problemMessage(p)}<span class="visually-hidden"> ${E.goTo}</span>
                  </button>
                </li>`,
              )}
            </ol>`
        : nothing}
    </section>`;
  }

  private renderPreview(): TemplateResult {
    return html`<section aria-labelledby="voorbeeld-kop">
      <h2 id="voorbeeld-kop">${E.previewHeading}</h2>
      <fieldset class="radio">
        <legend>${E.previewLevel}</legend>
        <ul class="radio-list">
          ${LEVELS.map(
            (level) => html`<li>
              <input
                type="radio"
                name="voorbeeldniveau"
                id=${`voorbeeld-${level}`}
                value=${level}
                .checked=${this.previewLevel === level}
                @change=${() => {
                  this.previewLevel = level;
                  this.updatePreview();
                }}
              />
              <label for=${`voorbeeld-${level}`}>${LEVEL_NAMES[level]}</label>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${this.widget.itemAttribute
        ? html`<p class="checks">
            <input
              type="checkbox"
              id="voorbeeld-een"
              .checked=${this.previewOne}
              @change=${(e: Event) => {
                this.previewOne = (e.target as HTMLInputElement).checked;
                this.updatePreview();
              }}
            />
            <label for="voorbeeld-een">${E.previewOne}</label>
          </p>`
        : nothing}
      <div class="preview"></div>
    </section>`;
  }

  private renderSave(): TemplateResult {
    return html`<section aria-labelledby="opslaan-kop">
      <h2 id="opslaan-kop">${E.saveHeading}</h2>
      <p>
        <a class="button" id="download" href=${this.downloadUrl} download=${this.fileName || `${this.widget.kind}.json`}>${E.download}</a>
      </p>
      ${this.problemTotal ? html`<p class="notice">${E.downloadWithProblems(this.problemTotal)}</p>` : nothing}
      <p class="hint">${E.downloadHint}</p>
    </section>`;
  }

  protected override render(): TemplateResult {
    const schema = this.widget.schema;
    const rootShape = shapeOf(schema);
    const itemSchema = schema.properties?.[this.listKey]?.items ?? {};
    const doc = this.doc;
    return html`<div class="base" lang="nl">
      ${this.renderOpen()}
      ${doc === undefined
        ? html`<p>${E.start}</p>`
        : html`<p class="jump">
              <button type="button" class="link-button" @click=${() => this.reveal(this.renderRoot.querySelector<HTMLElement>('#controle-kop')!)}>${E.jumpToCheck}</button>
            </p>
            <div class="work">
            <div class="form-column">
              <section aria-labelledby="feed-kop">
                <h2 id="feed-kop">2. ${E.feedHeading}</h2>
                <details id="feed-velden">
                  <summary>${E.feedFields}</summary>
                  ${rootShape.kind === 'object' && isObject(doc) ? objectBody(this.form, rootShape as ObjectShape, doc, [], [this.listKey]) : nothing}
                </details>
              </section>
              ${this.renderItems(itemSchema)}
            </div>
            <div class="side-column" role="region" aria-label=${E.sideColumn} tabindex="0">${this.renderCheck()} ${this.renderPreview()} ${this.renderSave()}</div>
          </div>`}
      ${this.announcer.render()}
    </div>`;
  }
}
