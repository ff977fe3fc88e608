import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveText, type Level, type LevelText } from '../../core/level.js';
import { textBlocks } from '../../core/safe-text.js';

/**
 * @csspart level-mark - "tekst op niveau B1": de tekst staat op een ander niveau dan gekozen.
 */

const LEVEL_NAMES: Record<Level, string> = { a2: 'A2', b1: 'B1', c1: 'C1' };

/** A visible, spoken note that a text is shown at another level than the one chosen. */
function fallbackMark(shown: Level): TemplateResult {
  return html`<span class="level-mark" part="level-mark"
    >${msg(str`tekst op niveau ${LEVEL_NAMES[shown]}`)}<span class="visually-hidden"
      >${msg(', dit niveau is er niet voor deze tekst')}</span
    ></span
  >`;
}

/**
 * Feed text as paragraphs and lists. Lit escapes every value, so feed text can never become
 * markup. Feed texts are Dutch, whatever language the interface is in, unless the feed gives a
 * translation (`lang`).
 */
export function levelBlocks(value: LevelText | undefined, level: Level, lang = 'nl'): TemplateResult | typeof nothing {
  const resolved = resolveText(value, level);
  if (!resolved) return nothing;
  const blocks = textBlocks(resolved.text);
  return html`<div class="text" lang=${lang} dir="auto">
    ${blocks.map((block, index) =>
      block.type === 'paragraph'
        ? html`<p>${block.text}${resolved.fallback && index === blocks.length - 1 ? fallbackMark(resolved.level) : nothing}</p>`
        : html`<ul>
              ${block.items.map((item) => html`<li>${item}</li>`)}
            </ul>
            ${resolved.fallback && index === blocks.length - 1 ? html`<p>${fallbackMark(resolved.level)}</p>` : nothing}`,
    )}
  </div>`;
}

/** Feed text on one line (titles, labels): paragraphs joined, list dashes dropped. */
export function levelInline(value: LevelText | undefined, level: Level, lang = 'nl'): TemplateResult | typeof nothing {
  const resolved = resolveText(value, level);
  if (!resolved) return nothing;
  return html`<span lang=${lang} dir="auto">${resolved.text.replace(/^\s*- /gm, '').replace(/\s+/g, ' ').trim()}</span>${
    resolved.fallback ? fallbackMark(resolved.level) : nothing
  }`;
}
