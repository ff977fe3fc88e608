import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import { LONG_WORD_SYLLABLES } from '../../core/readability.js';
import type { AnalysedSentence, Segment, TextAnalysis } from '../../core/schrijfhulp.js';

/**
 * What the Schrijfhulp shows: the measures, the text with marks, the jargon and the passive
 * sentences. Every mark has words too, not only a colour or a line.
 */

const percent = (share: number, locale: Locale): string => `${formatNumber(Math.round(share * 100), locale)}%`;

/** Every use of a jargon word, not only the different words. */
const jargonCount = (analysis: TextAnalysis): number => analysis.jargon.reduce((sum, j) => sum + j.count, 0);

/** The Flesch–Douma score as checkLevel judges it: rounded down. */
const score = (analysis: TextAnalysis): number => Math.floor(analysis.fleschDouma);

function verdict(analysis: TextAnalysis): string {
  const level = analysis.level.toUpperCase();
  if (analysis.words === 0) return msg('Typ of plak een tekst. De uitslag verschijnt terwijl u typt.');
  if (!analysis.meetsLevel) return msg(str`Deze tekst haalt ${level} nog niet. Kijk hieronder wat u kunt verbeteren.`);
  if (!analysis.scoreCounts) return msg(str`Geen zin is te lang voor ${level}. Voor een score is de tekst nog te kort.`);
  return msg(str`Deze tekst haalt ${level}: geen zin is te lang en de score is hoog genoeg.`);
}

export function metricsView(analysis: TextAnalysis, locale: Locale): TemplateResult {
  const n = (value: number) => formatNumber(value, locale);
  const scoreLow = analysis.scoreCounts && score(analysis) < analysis.minFleschDouma;
  return html`<dl class="metrics" part="metrics">
      <div><dt>${msg('Zinnen')}</dt><dd>${n(analysis.sentences)}</dd></div>
      <div><dt>${msg('Woorden')}</dt><dd>${n(analysis.words)}</dd></div>
      <div>
        <dt>${msg('Woorden per zin (gemiddeld)')}</dt>
        <dd>${n(analysis.wordsPerSentence)} <span class="target">${msg(str`(hoogstens ${n(analysis.maxWordsPerSentence)} per zin)`)}</span></dd>
      </div>
      <div class=${scoreLow ? 'miss' : ''}>
        <dt>${msg('Flesch-Douma (leesgemak)')}</dt>
        <dd>
          ${analysis.scoreCounts ? n(score(analysis)) : msg('nog niet te meten')}
          <span class="target">${msg(str`(minstens ${n(analysis.minFleschDouma)})`)}</span>
        </dd>
      </div>
      <div>
        <dt>${msg('Lange woorden')}</dt>
        <dd>${percent(analysis.longWordShare, locale)} <span class="target">${msg(str`(${n(analysis.longWords)} met ${LONG_WORD_SYLLABLES} of meer lettergrepen)`)}</span></dd>
      </div>
      <div class=${analysis.tooLongSentences > 0 ? 'miss' : ''}><dt>${msg('Te lange zinnen')}</dt><dd>${n(analysis.tooLongSentences)}</dd></div>
      <div><dt>${msg('Vaktaal')}</dt><dd>${n(jargonCount(analysis))}</dd></div>
      <div><dt>${msg('Lijdende vorm')}</dt><dd>${n(analysis.passiveSentences)}</dd></div>
    </dl>
    <p class="verdict ${analysis.meetsLevel ? 'meets' : 'misses'}" part="verdict">${verdict(analysis)}</p>`;
}

/** The short summary a screen reader hears when typing pauses. */
export function summaryText(analysis: TextAnalysis, locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale);
  if (analysis.words === 0) return verdict(analysis);
  const counts = msg(
    str`Woorden: ${n(analysis.words)}. Zinnen: ${n(analysis.sentences)}. Te lang: ${n(analysis.tooLongSentences)}. Lange woorden: ${percent(analysis.longWordShare, locale)}. Vaktaal: ${n(jargonCount(analysis))}. Lijdende vorm: ${n(analysis.passiveSentences)}.`,
  );
  return `${counts} ${verdict(analysis)}`;
}

function segmentView(segment: Segment): TemplateResult | string {
  if (segment.jargon) {
    const alternative = segment.jargon.alternative;
    return html`<mark class="jargon${segment.long ? ' long' : ''}" title=${msg(str`Gewoner: ${alternative}`)}>${segment.text}</mark>
      <span class="alternative">${msg(str`(gewoner: ${alternative})`)}</span>`;
  }
  if (segment.long) return html`<span class="long">${segment.text}<span class="visually-hidden"> ${msg('(lang woord)')}</span></span>`;
  return segment.text;
}

function sentenceView(sentence: AnalysedSentence): TemplateResult {
  const classes = ['sentence', sentence.tooLong ? 'too-long' : '', sentence.passive ? 'passive' : ''].filter(Boolean).join(' ');
  return html`<span class=${classes}
    >${sentence.segments.map(segmentView)}${sentence.tooLong ? html` <span class="flag">${msg(str`te lang: ${sentence.words} woorden`)}</span>` : nothing}${sentence.passive
      ? html` <span class="flag">${msg('lijdende vorm')}</span>`
      : nothing}</span
  > `;
}

export function markedTextView(analysis: TextAnalysis): TemplateResult {
  const level = analysis.level.toUpperCase();
  return html`<section class="marked" part="marked-text" aria-labelledby="gemarkeerd-kop">
    <h3 id="gemarkeerd-kop">${msg('Uw tekst, gemarkeerd')}</h3>
    <ul class="key">
      <li><span class="flag">${msg('te lang')}</span> ${msg(str`Een zin met meer dan ${analysis.maxWordsPerSentence} woorden: te lang voor ${level}.`)}</li>
      <li><span class="long">${msg('onderstreept')}</span> ${msg(str`Een lang woord, met ${LONG_WORD_SYLLABLES} of meer lettergrepen.`)}</li>
      <li><mark class="jargon">${msg('gemarkeerd')}</mark> ${msg('Vaktaal. Een gewoner woord staat erachter.')}</li>
      <li><span class="flag">${msg('lijdende vorm')}</span> ${msg('Een zin in de lijdende vorm (een schatting).')}</li>
    </ul>
    <div class="text" lang="nl">
      ${analysis.blocks.map((block) =>
        block.type === 'paragraph'
          ? html`<p>${block.sentences.map(sentenceView)}</p>`
          : html`<ul>
              ${block.items.map((item) => html`<li>${item.map(sentenceView)}</li>`)}
            </ul>`,
      )}
    </div>
  </section>`;
}

export function jargonView(analysis: TextAnalysis): TemplateResult | typeof nothing {
  if (analysis.jargon.length === 0) return nothing;
  return html`<section class="jargon-list" part="jargon" aria-labelledby="vaktaal-kop">
    <h3 id="vaktaal-kop">${msg(str`Vaktaal (${analysis.jargon.length})`)}</h3>
    <p class="hint">${msg('Woorden uit beleidsstukken die veel inwoners niet kennen, met een gewoner woord.')}</p>
    <ul>
      ${analysis.jargon.map(
        ({ entry, text, count }) =>
          html`<li><mark class="jargon" lang="nl">${text}</mark>: <span lang="nl">${entry.alternative}</span>${count > 1 ? html` <span class="hint">${msg(str`(${count} keer)`)}</span>` : nothing}</li>`,
      )}
    </ul>
  </section>`;
}

export function passiveView(analysis: TextAnalysis): TemplateResult | typeof nothing {
  const sentences = analysis.blocks.flatMap((block) => (block.type === 'paragraph' ? block.sentences : block.items.flat())).filter((s) => s.passive);
  if (sentences.length === 0) return nothing;
  return html`<section class="passive-list" part="passive" aria-labelledby="lijdend-kop">
    <h3 id="lijdend-kop">${msg(str`Lijdende vorm (${sentences.length})`)}</h3>
    <p class="hint">${msg('Zeg wie iets doet: "Wij betalen het geld" in plaats van "Het geld wordt betaald". Dit is een schatting: kijk zelf of het klopt.')}</p>
    <ul>
      ${sentences.map(
        (sentence) =>
          html`<li>
            <q lang="nl">${sentence.text}</q>${sentence.passive?.agent ? html` <span class="hint">${msg('Na "door" staat wie het doet: begin de zin daarmee.')}</span>` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}
