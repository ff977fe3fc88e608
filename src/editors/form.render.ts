import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LEVELS, type Level } from '../core/level.js';
import type { FeedProblem } from '../core/problems.js';
import { checkLevel, measure, type Readability, type ReadabilityProblem } from '../core/readability.js';
import { levelTextSchema } from '../core/schemas/common.js';
import { pointer, type Path } from './json-edit.js';
import { entryName, readNumber, writeNumber } from './form-values.js';
import { alternativeIndex, initialValue, shapeOf, type FieldShape, type JsonSchema } from './schema-node.js';
import { LEVEL_NAMES, T, alternativeLabel, fieldLabel, figures, readabilityProblem, verdict } from './strings.js';
import { isObject, own } from '../core/json-value.js';

/**
 * A form for any value of any feed schema, rendered from the schema. Every change goes to the
 * host as a path and a new value; the host keeps the document, validates it and re-renders.
 */
export interface FormHost {
  /** The problems of the last validation at exactly this JSON Pointer. */
  problemsAt(pointerText: string): readonly FeedProblem[];
  /** Problems at or below this pointer (for a collapsed list entry). */
  problemsUnder(pointerText: string): number;
  message(problem: FeedProblem): string;
  /** The value at a path now (handlers read it, not the value they were rendered with). */
  get(path: Path): unknown;
  /** `undefined` removes the field. */
  set(path: Path, value: unknown): void;
  remove(path: Path): void;
  insert(listPath: Path, index: number, value: unknown): void;
  move(listPath: Path, from: number, to: number): void;
  /** Text typed into a field that is not yet a value (a number being typed, JSON being written). */
  draft(path: Path): string | undefined;
  /** Keeps the text and renders again. */
  setDraft(path: Path, text: string | undefined): void;
}

export interface FieldMeta {
  /** The field's name in the schema; its label comes from it. */
  key: string;
  /** A label instead of the one for `key` (list entries). */
  label?: string;
  required: boolean;
  /** A list entry: emptying it keeps the entry, removing is a button. */
  inList?: boolean;
}

/** An element id for a path, safe in any id and selector. */
export function fieldId(path: Path): string {
  return `veld${pointer(path).replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

const ids = (...list: (string | false | undefined)[]): string | typeof nothing => list.filter(Boolean).join(' ') || nothing;
const targetValue = (event: Event): string => (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

/** The generic description of a feed text adds nothing beside each one; a field's own does. */
function hintOf(schema: JsonSchema): string | undefined {
  return schema.description && schema.description !== levelTextSchema.description ? schema.description : undefined;
}

function labelText(meta: FieldMeta): TemplateResult {
  const label = meta.label ?? fieldLabel(meta.key);
  return html`${label}${label !== meta.key && !meta.label ? html` <span class="key">${meta.key}</span>` : nothing}${meta.required
    ? html` <span class="required">(${T.required})</span>`
    : nothing}`;
}

function hintView(id: string, hint: string | undefined): TemplateResult | typeof nothing {
  return hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing;
}

function problemsView(host: FormHost, id: string, problems: readonly FeedProblem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="field-problems" id=${`${id}-fout`}>
    ${problems.map((p) => html`<li><span aria-hidden="true">⚠ </span>${host.message(p)}</li>`)}
  </ul>`;
}

// ----- readability -----

const measured = new Map<string, { result: Readability; problems: ReadabilityProblem[] }>();

/** The readability of a text at a level; cached, since the form re-renders on every key. */
export function readabilityOf(text: string, level: Level): { result: Readability; problems: ReadabilityProblem[] } {
  const key = `${level}\n${text}`;
  let found = measured.get(key);
  if (!found) {
    found = { result: measure(text), problems: checkLevel(text, level) };
    if (measured.size > 2000) measured.clear();
    measured.set(key, found);
  }
  return found;
}

/** How readable a text is at a level: a verdict for A2 and B1, the figures, and what to fix. */
export function readabilityView(text: string, level: Level, id?: string): TemplateResult {
  if (!text.trim()) return html`<div class="readability" id=${id ?? nothing}><p>${T.noText}</p></div>`;
  const { result, problems } = readabilityOf(text, level);
  const ok = problems.length === 0;
  return html`<div class="readability" id=${id ?? nothing}>
    ${level === 'c1'
      ? html`<p>${T.c1NoLimit}</p>`
      : html`<p class=${ok ? 'verdict ok' : 'verdict not-ok'}><span aria-hidden="true">${ok ? '✓' : '✗'} </span>${verdict(level, problems)}</p>`}
    <ul class="figures">
      ${figures(result, level).map((line) => html`<li>${line}</li>`)}
    </ul>
    ${problems.length ? html`<ul class="readability-problems">${problems.map((p) => html`<li>${readabilityProblem(p)}</li>`)}</ul>` : nothing}
  </div>`;
}

// ----- fields -----

/** A field for any schema node. */
export function field(host: FormHost, schema: JsonSchema, value: unknown, path: Path, meta: FieldMeta): TemplateResult {
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case 'level-text':
      return levelTextField(host, schema, value, path, meta);
    case 'object':
      return isObject(value) || value === undefined ? objectField(host, shape, schema, value, path, meta) : jsonField(host, schema, value, path, meta);
    case 'choice':
      return choiceField(host, shape.alternatives, schema, value, path, meta);
    case 'list':
      return Array.isArray(value) || value === undefined ? listField(host, shape.items, schema, value, path, meta) : jsonField(host, schema, value, path, meta);
    case 'enum-set':
      return Array.isArray(value) || value === undefined ? enumSetField(host, shape.options, schema, value, path, meta) : jsonField(host, schema, value, path, meta);
    case 'enum':
      return selectField(host, shape.options, schema, value, path, meta);
    case 'const':
      return selectField(host, [shape.value], schema, value, path, meta);
    case 'boolean':
      return selectField(host, [true, false], schema, value, path, meta);
    case 'string':
      return typeof value === 'string' || value === undefined ? textField(host, schema, value, path, meta) : jsonField(host, schema, value, path, meta);
    case 'number':
      return numberField(host, shape.integer, schema, value, path, meta);
    case 'json':
      return jsonField(host, schema, value, path, meta);
  }
}

function textField(host: FormHost, schema: JsonSchema, value: string | undefined, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = host.problemsAt(pointer(path));
  const hint = hintOf(schema);
  return html`<div class="field">
    <label for=${id}>${labelText(meta)}</label>
    ${hintView(id, hint)}
    <input
      id=${id}
      type="text"
      .value=${live(value ?? '')}
      aria-describedby=${ids(hint && `${id}-hint`, problems.length > 0 && `${id}-fout`)}
      aria-invalid=${problems.length > 0 ? 'true' : nothing}
      aria-required=${meta.required ? 'true' : nothing}
      @input=${(e: Event) => {
        const text = targetValue(e);
        host.set(path, text === '' && !meta.inList ? undefined : text);
      }}
    />
    ${problemsView(host, id, problems)}
  </div>`;
}

function numberField(host: FormHost, integer: boolean, schema: JsonSchema, value: unknown, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = host.problemsAt(pointer(path));
  const hint = hintOf(schema);
  const draft = host.draft(path);
  const shown =
    draft !== undefined && (readNumber(draft) === value || typeof value === 'string')
      ? draft
      : typeof value === 'number'
        ? writeNumber(value)
        : value === undefined
          ? ''
          : String(value);
  return html`<div class="field">
    <label for=${id}>${labelText(meta)}</label>
    ${hintView(id, hint)}
    <input
      id=${id}
      class="number"
      type="text"
      inputmode=${integer ? 'numeric' : 'decimal'}
      .value=${live(shown)}
      aria-describedby=${ids(hint && `${id}-hint`, problems.length > 0 && `${id}-fout`)}
      aria-invalid=${problems.length > 0 ? 'true' : nothing}
      aria-required=${meta.required ? 'true' : nothing}
      @input=${(e: Event) => {
        const text = targetValue(e);
        host.setDraft(path, text);
        // Text that is no number stays text: the check then says a number belongs here.
        host.set(path, text.trim() === '' ? undefined : (readNumber(text) ?? text));
      }}
    />
    ${problemsView(host, id, problems)}
  </div>`;
}

const optionText = (option: unknown): string => (option === true ? T.yes : option === false ? T.no : String(option));

function selectField(host: FormHost, options: readonly unknown[], schema: JsonSchema, value: unknown, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = host.problemsAt(pointer(path));
  const hint = hintOf(schema);
  const index = options.findIndex((o) => JSON.stringify(o) === JSON.stringify(value));
  // A value the schema does not allow stays visible, so the editor sees what to change.
  const unknown = value !== undefined && index < 0;
  return html`<div class="field">
    <label for=${id}>${labelText(meta)}</label>
    ${hintView(id, hint)}
    <select
      id=${id}
      aria-describedby=${ids(hint && `${id}-hint`, problems.length > 0 && `${id}-fout`)}
      aria-invalid=${problems.length > 0 ? 'true' : nothing}
      aria-required=${meta.required ? 'true' : nothing}
      @change=${(e: Event) => {
        const chosen = targetValue(e);
        if (chosen === '') host.set(path, undefined);
        else if (chosen !== 'onbekend') host.set(path, options[Number(chosen)]);
      }}
    >
      <option value="" ?selected=${value === undefined}>${T.empty}</option>
      ${options.map((o, i) => html`<option value=${String(i)} ?selected=${i === index}>${optionText(o)}</option>`)}
      ${unknown ? html`<option value="onbekend" selected>${JSON.stringify(value)}</option>` : nothing}
    </select>
    ${problemsView(host, id, problems)}
  </div>`;
}

function jsonField(host: FormHost, schema: JsonSchema, value: unknown, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = [...host.problemsAt(pointer(path))];
  const draft = host.draft(path);
  let parseError: string | undefined;
  if (draft !== undefined && draft.trim() !== '') {
    try {
      JSON.parse(draft);
    } catch (error) {
      parseError = error instanceof Error ? error.message : String(error);
    }
  }
  const hint = hintOf(schema) ?? T.jsonHint;
  const text = draft ?? (value === undefined ? '' : JSON.stringify(value, null, 2));
  const invalid = problems.length > 0 || parseError !== undefined;
  return html`<div class="field">
    <label for=${id}>${labelText(meta)}</label>
    ${hintView(id, hint)}
    <textarea
      id=${id}
      class="json"
      spellcheck="false"
      rows=${Math.min(12, Math.max(3, text.split('\n').length))}
      .value=${live(text)}
      aria-describedby=${ids(`${id}-hint`, invalid && `${id}-fout`)}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-required=${meta.required ? 'true' : nothing}
      @input=${(e: Event) => {
        const typed = targetValue(e);
        host.setDraft(path, typed);
        if (typed.trim() === '') {
          if (!meta.inList) host.set(path, undefined);
          return;
        }
        try {
          host.set(path, JSON.parse(typed) as unknown);
        } catch {
          // Not JSON yet: the draft stays (and says why), the feed keeps the last good value.
        }
      }}
    ></textarea>
    ${invalid
      ? html`<ul class="field-problems" id=${`${id}-fout`}>
          ${parseError ? html`<li><span aria-hidden="true">⚠ </span>${T.notJson} ${parseError}</li>` : nothing}
          ${problems.map((p) => html`<li><span aria-hidden="true">⚠ </span>${host.message(p)}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}

function levelTextField(host: FormHost, schema: JsonSchema, value: unknown, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = host.problemsAt(pointer(path));
  const hint = hintOf(schema);
  if (typeof value === 'string') {
    return html`<fieldset class="level-text" id=${id}>
      <legend>${labelText(meta)}</legend>
      ${hintView(id, hint)}
      <p>${T.sameAtEveryLevel}</p>
      <div class="levels">
        <div class="level">
          <label for=${`${id}-alle`}>Tekst voor elk niveau</label>
          <textarea
            id=${`${id}-alle`}
            rows=${rowsFor(value)}
            .value=${live(value)}
            aria-describedby=${ids(`${id}-alle-a2`, `${id}-alle-b1`, problems.length > 0 && `${id}-fout`)}
            @input=${(e: Event) => host.set(path, targetValue(e) === '' ? undefined : targetValue(e))}
          ></textarea>
        </div>
        ${(['a2', 'b1'] as const).map(
          (level) => html`<div class="level">
            <p class="level-name">${LEVEL_NAMES[level]}</p>
            ${readabilityView(value, level, `${id}-alle-${level}`)}
          </div>`,
        )}
      </div>
      <p><button type="button" class="button secondary" @click=${() => host.set(path, { b1: value })}>${T.writePerLevel}</button></p>
      ${problemsView(host, id, problems)}
    </fieldset>`;
  }
  const texts = isObject(value) ? value : {};
  const setLevel = (level: Level, text: string) => {
    const now = host.get(path);
    const texts = isObject(now) ? now : {};
    const next: Record<string, unknown> = {};
    for (const l of LEVELS) {
      const current = l === level ? text : texts[l];
      if (current !== undefined && current !== '') next[l] = current;
    }
    // Keys the schema does not know stay: the check reports them, the editor removes them.
    for (const [k, v] of Object.entries(texts)) if (!(LEVELS as readonly string[]).includes(k)) next[k] = v;
    host.set(path, Object.keys(next).length > 0 ? next : undefined);
  };
  return html`<fieldset class="level-text" id=${id}>
    <legend>${labelText(meta)}</legend>
    ${hintView(id, hint)}
    <div class="levels">
      ${LEVELS.map((level) => {
        const levelId = `${id}-${level}`;
        const raw = texts[level];
        const text = typeof raw === 'string' ? raw : '';
        const levelProblems = host.problemsAt(pointer([...path, level]));
        return html`<div class="level">
          <label for=${levelId}>${LEVEL_NAMES[level]}</label>
          <textarea
            id=${levelId}
            rows=${rowsFor(text)}
            .value=${live(text)}
            aria-describedby=${ids(`${levelId}-leesbaarheid`, levelProblems.length > 0 && `${levelId}-fout`, problems.length > 0 && `${id}-fout`)}
            aria-invalid=${levelProblems.length > 0 ? 'true' : nothing}
            @input=${(e: Event) => setLevel(level, targetValue(e))}
          ></textarea>
          ${problemsView(host, levelId, levelProblems)} ${readabilityView(text, level, `${levelId}-leesbaarheid`)}
        </div>`;
      })}
    </div>
    ${problemsView(host, id, problems)}
  </fieldset>`;
}

const rowsFor = (text: string): number => Math.min(12, Math.max(3, Math.ceil(text.length / 28) + text.split('\n').length));

function absentObject(schema: JsonSchema, path: Path, meta: FieldMeta, host: FormHost): TemplateResult {
  const id = fieldId(path);
  const label = meta.label ?? fieldLabel(meta.key);
  return html`<div class="field absent">
    <button type="button" class="button secondary" id=${id} @click=${() => host.set(path, initialValue(schema))}>${label} ${T.add.toLowerCase()}</button>
    ${problemsView(host, id, host.problemsAt(pointer(path)))}
  </div>`;
}

/** The fields of an object, without a frame: for an item or the feed's own fields. */
export function objectBody(
  host: FormHost,
  shape: Extract<FieldShape, { kind: 'object' }>,
  value: Record<string, unknown> | undefined,
  path: Path,
  skip: readonly string[] = [],
): TemplateResult {
  const known = new Set(shape.properties.map(([key]) => key));
  const extra = value ? Object.keys(value).filter((key) => !known.has(key) && !skip.includes(key)) : [];
  return html`${shape.properties
    .filter(([key]) => !skip.includes(key))
    .map(([key, child]) => field(host, child, value && own(value, key) ? value[key] : undefined, [...path, key], { key, required: shape.required.includes(key) }))}
  ${extra.length === 0
    ? nothing
    : shape.closed
      ? extra.map((key) => {
          const id = fieldId([...path, key]);
          return html`<div class="field unknown" id=${id}>
            <p><strong>${T.unknownField} "${key}"</strong>: <code>${JSON.stringify(value![key])}</code></p>
            ${problemsView(host, id, host.problemsAt(pointer([...path, key])))}
            <button type="button" class="button secondary" @click=${() => host.remove([...path, key])}>${T.remove}: ${key}</button>
          </div>`;
        })
      : html`<p class="hint">${T.otherFields} ${extra.join(', ')}</p>`}`;
}

function objectField(
  host: FormHost,
  shape: Extract<FieldShape, { kind: 'object' }>,
  schema: JsonSchema,
  value: Record<string, unknown> | undefined,
  path: Path,
  meta: FieldMeta,
): TemplateResult {
  if (value === undefined && !meta.required && !meta.inList) return absentObject(schema, path, meta, host);
  const id = fieldId(path);
  const hint = hintOf(schema);
  const label = meta.label ?? fieldLabel(meta.key);
  return html`<fieldset class="object" id=${id}>
    ${meta.inList ? nothing : html`<legend>${labelText(meta)}</legend>`} ${hintView(id, hint)}
    ${problemsView(host, id, host.problemsAt(pointer(path)))} ${objectBody(host, shape, value, path)}
    ${!meta.required && !meta.inList && value !== undefined
      ? html`<p><button type="button" class="button secondary" @click=${() => host.set(path, undefined)}>${label} ${T.remove.toLowerCase()}</button></p>`
      : nothing}
  </fieldset>`;
}

function choiceField(host: FormHost, alternatives: readonly JsonSchema[], schema: JsonSchema, value: unknown, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = host.problemsAt(pointer(path));
  const hint = hintOf(schema);
  const index = alternativeIndex(alternatives, value);
  const form = alternatives[index];
  const label = meta.label ?? fieldLabel(meta.key);
  const formLabel = `${T.form}: ${label}`;
  return html`<fieldset class="choice" id=${`${id}-keuze`}>
    <legend>${labelText(meta)}</legend>
    ${hintView(id, hint)}
    <div class="field">
      <label for=${`${id}-vorm`}>${formLabel}</label>
      <select
        id=${`${id}-vorm`}
        aria-describedby=${ids(problems.length > 0 && `${id}-fout`)}
        aria-invalid=${problems.length > 0 ? 'true' : nothing}
        @change=${(e: Event) => {
          const chosen = targetValue(e);
          if (chosen === 'onbekend') return;
          host.set(path, chosen === '' ? (meta.inList ? initialValue(alternatives[0]!) : undefined) : initialValue(alternatives[Number(chosen)]!));
        }}
      >
        <option value="" ?selected=${value === undefined}>${T.empty}</option>
        ${alternatives.map((a, i) => html`<option value=${String(i)} ?selected=${i === index}>${alternativeLabel(a)}</option>`)}
        ${value !== undefined && index < 0 ? html`<option selected value="onbekend">${JSON.stringify(value)}</option>` : nothing}
      </select>
    </div>
    ${form && !('const' in form) ? field(host, form, value, path, { key: meta.key, label: `${label} (${alternativeLabel(form)})`, required: meta.required, inList: true }) : nothing}
    ${value !== undefined && index < 0 ? jsonField(host, {}, value, path, { key: meta.key, label, required: meta.required, inList: true }) : nothing}
    ${problemsView(host, id, problems)}
  </fieldset>`;
}

function enumSetField(host: FormHost, options: readonly string[], schema: JsonSchema, value: unknown[] | undefined, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = host.problemsAt(pointer(path));
  const hint = hintOf(schema);
  const chosen = value ?? [];
  const unknown = chosen.filter((v) => typeof v !== 'string' || !options.includes(v));
  const toggle = (option: string, on: boolean) => {
    const now = host.get(path);
    const current = Array.isArray(now) ? now.filter((v) => v !== option) : [];
    const next = on ? [...current, option] : current;
    host.set(path, next.length === 0 && !meta.required ? undefined : next);
  };
  return html`<fieldset class="enum-set" id=${id} aria-describedby=${ids(hint && `${id}-hint`, problems.length > 0 && `${id}-fout`)}>
    <legend>${labelText(meta)}</legend>
    ${hintView(id, hint)}
    <ul class="checks">
      ${options.map(
        (option, i) => html`<li>
          <input type="checkbox" id=${`${id}-${i}`} .checked=${live(chosen.includes(option))} @change=${(e: Event) => toggle(option, (e.target as HTMLInputElement).checked)} />
          <label for=${`${id}-${i}`}>${option}</label>
        </li>`,
      )}
    </ul>
    ${unknown.length ? html`<p class="hint">${T.unknownField}: ${unknown.map((u) => JSON.stringify(u)).join(', ')}</p>` : nothing}
    ${problemsView(host, id, problems)}
  </fieldset>`;
}

/** Buttons that move or remove a list entry; they stay focusable at the ends (aria-disabled). */
export function entryActions(host: FormHost, listPath: Path, index: number, length: number, name: string): TemplateResult {
  const id = fieldId([...listPath, index]);
  const move = (to: number) => (e: Event) => {
    if ((e.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
    host.move(listPath, index, to);
  };
  return html`<div class="entry-actions">
    <button type="button" class="small" id=${`${id}-omhoog`} aria-label=${`${T.up}: ${name}`} aria-disabled=${index === 0 ? 'true' : 'false'} @click=${move(index - 1)}>
      <span aria-hidden="true">↑</span> ${T.up}
    </button>
    <button type="button" class="small" id=${`${id}-omlaag`} aria-label=${`${T.down}: ${name}`} aria-disabled=${index === length - 1 ? 'true' : 'false'} @click=${move(index + 1)}>
      <span aria-hidden="true">↓</span> ${T.down}
    </button>
    <button type="button" class="small" id=${`${id}-weghalen`} aria-label=${`${T.remove}: ${name}`} @click=${() => host.remove([...listPath, index])}>${T.remove}</button>
  </div>`;
}

function listField(host: FormHost, items: JsonSchema, schema: JsonSchema, value: unknown[] | undefined, path: Path, meta: FieldMeta): TemplateResult {
  const id = fieldId(path);
  const problems = host.problemsAt(pointer(path));
  const hint = hintOf(schema);
  const list = value ?? [];
  const label = meta.label ?? fieldLabel(meta.key);
  const simple = ['string', 'number', 'enum', 'boolean', 'const'].includes(shapeOf(items).kind);
  return html`<fieldset class="list" id=${id}>
    <legend>${labelText(meta)}</legend>
    ${hintView(id, hint)}
    ${list.length
      ? html`<ol class="entries">
          ${list.map((entry, index) => {
            const entryPath = [...path, index];
            const name = `${label} ${entryName(entry, index)}`;
            const below = host.problemsUnder(pointer(entryPath));
            return simple
              ? html`<li class="entry simple">
                  ${field(host, items, entry, entryPath, { key: meta.key, label: name, required: true, inList: true })}
                  ${entryActions(host, path, index, list.length, name)}
                </li>`
              : html`<li class="entry">
                  <details id=${`${fieldId(entryPath)}-open`}>
                    <summary>${name}${below ? html` <span class="badge">(${below} ${below === 1 ? 'probleem' : 'problemen'})</span>` : nothing}</summary>
                    ${field(host, items, entry, entryPath, { key: meta.key, label: name, required: true, inList: true })}
                  </details>
                  ${entryActions(host, path, index, list.length, name)}
                </li>`;
          })}
        </ol>`
      : nothing}
    <p>
      <button type="button" class="button secondary" id=${`${id}-toevoegen`} @click=${() => {
          const now = host.get(path);
          host.insert(path, Array.isArray(now) ? now.length : 0, initialValue(items));
        }}>
        ${label}: ${T.add.toLowerCase()}
      </button>
    </p>
    ${problemsView(host, id, problems)}
  </fieldset>`;
}
