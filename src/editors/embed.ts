import type { Level } from '../core/level.js';
import type { EditorWidget } from './widgets.js';

/**
 * What a partner chose in the embed generator, and the markup it gives. The live preview and
 * the snippet are both made from the same element specs, so what the partner sees is what the
 * snippet renders.
 */
export interface EmbedChoices {
  /** The feed's URL, absolute. */
  src: string;
  /** Empty: the page's level (what the visitor picks). */
  level: Level | '';
  /** Empty: the page's language. */
  lang: string;
  /** Filter attribute → chosen values. */
  filters: Readonly<Record<string, readonly string[]>>;
  /** Put a level picker above the widget. */
  picker: boolean;
}

export interface ElementSpec {
  tag: string;
  attributes: readonly (readonly [name: string, value: string])[];
}

/** The elements of an embed: the picker (if chosen) and the widget with its attributes. */
export function embedElements(widget: EditorWidget, choices: EmbedChoices): ElementSpec[] {
  const attributes: [string, string][] = [['src', choices.src]];
  if (choices.level) attributes.push(['level', choices.level]);
  if (choices.lang) attributes.push(['lang', choices.lang]);
  for (const filter of widget.filters) {
    const values = (choices.filters[filter.attribute] ?? []).map((v) => v.trim()).filter(Boolean);
    if (values.length > 0) attributes.push([filter.attribute, filter.multiple ? values.join(' ') : values[0]!]);
  }
  const elements: ElementSpec[] = [];
  if (choices.picker) elements.push({ tag: 'helder-taalniveau', attributes: choices.lang ? [['lang', choices.lang]] : [] });
  elements.push({ tag: widget.tag, attributes });
  return elements;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One element as HTML. */
export function elementHtml({ tag, attributes }: ElementSpec): string {
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<${tag}${attrs}></${tag}>`;
}

/** The snippet a partner pastes: the script, then the elements. */
export function snippetHtml(scriptUrl: string, elements: readonly ElementSpec[]): string {
  return [`<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`, ...elements.map(elementHtml)].join('\n') + '\n';
}

/**
 * An http(s) URL, or undefined when `value` cannot be one. Without `base`, only an absolute
 * address will do: a snippet goes onto another site, where a relative one means something else.
 */
export function absoluteUrl(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
