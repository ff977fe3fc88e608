import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LEVELS, resolveText, type Level } from '../core/level.js';
import type { FeedProblem } from '../core/problems.js';
import { baseStyles } from '../components/shared/base.styles.js';
import { problemMessage } from '../components/shared/messages.js';
import { editorStyles } from './editor.styles.js';
import { readabilityOf } from './form.render.js';
import { levelTextsOf } from './schema-node.js';
import { C, LEVEL_NAMES, fieldLabel, figures, readabilityProblem, verdict } from './strings.js';
import { widgetOf, type EditorWidget } from './widgets.js';
import { isObject } from '../core/json-value.js';


/**
 * @tagname helder-level-compare
 * @summary Eén onderdeel van een feed op A2, B1 en C1 naast elkaar, met de leesbaarheid van elke
 * tekst op dat niveau en de widget zoals een inwoner hem ziet.
 *
 * For editors (Storybook, the feed editor's pages); not in the residents' bundles. The page must
 * register the widget. The widgets follow the interface language of the page around them.
 */
export class HelderLevelCompare extends LitElement {
  static override styles = [
    baseStyles,
    editorStyles,
    css`
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
        gap: 1.5em;
      }
      .column {
        min-inline-size: 0;
        padding: 0.75em;
        border: 1px dashed var(--_helder-color-border);
        border-radius: var(--_helder-radius);
      }
      .column > h2 {
        margin-block-start: 0;
      }
      details {
        margin-block-end: 1em;
      }
      summary {
        padding-block: 0.5em;
        cursor: pointer;
      }
      .texts {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .texts > li {
        margin-block-end: 0.5em;
      }
      .texts .readability {
        margin-block-start: 0.15em;
      }
      .problems {
        color: var(--_helder-color-negative);
      }
    `,
  ];

  /** The kind of feed (a kind in src/editors/widgets.ts). */
  @property() kind = 'regelingen';
  /** The feed the item comes from (its envelope is used: publisher, norms …). */
  @property({ attribute: false }) feed: unknown;
  /** The item to show: one entry of the feed's list, or a draft. */
  @property({ attribute: false }) item: unknown;

  private problems: readonly FeedProblem[] = [];

  private get widget(): EditorWidget | undefined {
    return widgetOf(this.kind);
  }

  /** The feed with only this item, as the widgets get it. */
  private get single(): unknown {
    const widget = this.widget;
    return widget && isObject(this.feed) ? { ...this.feed, [widget.listKey]: [this.item] } : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const widget = this.widget;
    if (widget && (changed.has('feed') || changed.has('item') || changed.has('kind'))) {
      const outcome = widget.parse(this.single);
      this.problems = outcome.problems;
    }
  }

  protected override updated(): void {
    // The widgets are made here, not in the template: their tag comes from the table.
    const widget = this.widget;
    if (!widget) return;
    const id = isObject(this.item) ? this.item[widget.idKey] : undefined;
    for (const level of LEVELS) {
      const host = this.renderRoot.querySelector(`#widget-${level}`);
      if (!host) continue;
      let element = host.firstElementChild as (HTMLElement & { data?: unknown }) | null;
      if (element?.localName !== widget.tag) {
        element = document.createElement(widget.tag);
        host.replaceChildren(element);
      }
      element.setAttribute('level', level);
      if (widget.itemAttribute && typeof id === 'string') element.setAttribute(widget.itemAttribute, id);
      element.data = this.single;
    }
  }

  private textsAt(widget: EditorWidget, level: Level): TemplateResult {
    const itemSchema = widget.schema.properties?.[widget.listKey]?.items ?? {};
    const texts = levelTextsOf(itemSchema, this.item);
    if (texts.length === 0) return html`<p lang="nl">${C.noTexts}</p>`;
    const checked = texts.map((found) => ({ found, resolved: resolveText(found.text, level) }));
    const failing = level === 'c1' ? 0 : checked.filter(({ resolved }) => resolved && readabilityOf(resolved.text, level).problems.length > 0).length;
    return html`<details lang="nl" ?open=${failing > 0}>
      <summary>${level === 'c1' ? C.perText : html`<span class=${failing ? 'verdict not-ok' : 'verdict ok'}>${C.summary(level, texts.length, failing)}</span>`}</summary>
      <ul class="texts">
        ${checked.map(({ found, resolved }) => {
          const where = found.path.map((s) => (typeof s === 'number' ? String(s + 1) : fieldLabel(s))).join(' › ');
          if (!resolved) return html`<li><strong>${where}</strong>: ${C.missing}</li>`;
          const { result, problems } = readabilityOf(resolved.text, level);
          return html`<li>
            <strong>${where}</strong>${resolved.fallback ? html` <span class="hint">(${C.fallback(level, resolved.level)})</span>` : nothing}
            <div class="readability">
              ${level === 'c1'
                ? nothing
                : html`<p class=${problems.length ? 'verdict not-ok' : 'verdict ok'}><span aria-hidden="true">${problems.length ? '✗' : '✓'} </span>${verdict(level, problems)}</p>`}
              <p>${figures(result, level).join(' · ')}</p>
              ${problems.length ? html`<ul>${problems.map((p) => html`<li>${readabilityProblem(p)}</li>`)}</ul>` : nothing}
            </div>
          </li>`;
        })}
      </ul>
    </details>`;
  }

  protected override render(): TemplateResult {
    const widget = this.widget;
    if (!widget) return html`<p lang="nl">${C.unknownKind(this.kind)}</p>`;
    return html`<div class="base">
      ${this.problems.length
        ? html`<div class="notice problems" lang="nl" role="status">
            <p>${C.problems}</p>
            <ul>
              ${this.problems.map((p) => html`<li><code>${p.path}</code> ${problemMessage(p)}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="columns">
        ${LEVELS.map(
          (level) => html`<section class="column" aria-labelledby=${`kop-${level}`}>
            <h2 id=${`kop-${level}`} lang="nl">${LEVEL_NAMES[level]}</h2>
            ${this.textsAt(widget, level)}
            <div class="widget" id=${`widget-${level}`}></div>
          </section>`,
        )}
      </div>
    </div>`;
  }
}
