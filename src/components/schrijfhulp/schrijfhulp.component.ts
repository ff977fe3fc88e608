import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LEVEL_LIMITS } from '../../core/readability.js';
import { analyseText, type TargetLevel, type TextAnalysis } from '../../core/schrijfhulp.js';
import { AnnouncerController } from '../shared/announcer.js';
import { baseStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { HelderElement } from '../shared/helder-element.js';
import { jargonView, markedTextView, metricsView, passiveView, summaryText } from './schrijfhulp.render.js';
import { styles } from './schrijfhulp.styles.js';

/** How long typing must pause before the results follow, and before they are read out. */
const ANALYSE_DELAY_MS = 250;
const ANNOUNCE_DELAY_MS = 900;

const parseTarget = (value: string | undefined): TargetLevel => (value === 'a2' ? 'a2' : 'b1');

/**
 * @tagname helder-schrijfhulp
 * @summary Een schrijfhulp voor redacteuren: plak of typ een tekst, kies A2 of B1, en zie meteen wat te lang, te moeilijk of vaktaal is. De tekst blijft in de browser.
 *
 * @csspart form - Het tekstvak en de keuze van het niveau.
 * @csspart textarea - Het tekstvak.
 * @csspart levels - De keuze van het doelniveau (A2 of B1).
 * @csspart results - De uitslag: de metingen en het oordeel.
 * @csspart metrics - De metingen (woorden per zin, Flesch-Douma, lange woorden, …).
 * @csspart verdict - Of de tekst het gekozen niveau haalt.
 * @csspart marked-text - De tekst terug, met te lange zinnen, lange woorden, vaktaal en lijdende vorm gemarkeerd.
 * @csspart jargon - De vaktaal in de tekst, met een gewoner woord.
 * @csspart passive - De zinnen in de lijdende vorm.
 */
export class HelderSchrijfhulp extends HelderElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** The text to check. Typing changes it; setting it shows that text. */
  @property() value = '';

  /** The level to write for: `a2` or `b1` (default). */
  @property({ reflect: true }) target: TargetLevel = 'b1';

  /** The analysis shown, a moment behind the typing. */
  @state() private analysis?: TextAnalysis;

  private readonly announcer = new AnnouncerController(this);
  private timer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Set while the text changes by typing: the analysis then waits for a pause. */
  private typing = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('target')) this.target = parseTarget(this.target);
    // A text set from outside and a new level are analysed at once.
    if (this.analysis === undefined || changed.has('target') || (changed.has('value') && !this.typing)) this.analyse();
  }

  private analyse(): void {
    clearTimeout(this.timer);
    this.typing = false;
    this.analysis = analyseText(this.value, this.target);
  }

  private onInput(event: Event): void {
    this.typing = true;
    this.value = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.analyse();
      this.announceLater();
    }, ANALYSE_DELAY_MS);
  }

  private choose(target: TargetLevel): void {
    this.target = target;
    this.analyse();
    this.announceLater(0);
  }

  private announceLater(delay = ANNOUNCE_DELAY_MS): void {
    this.announcer.announceLater(() => this.inLocale(() => (this.analysis ? summaryText(this.analysis, this.locale) : '')), delay);
  }

  protected renderContent() {
    const analysis = this.analysis ?? analyseText(this.value, this.target);
    const level = this.target.toUpperCase();
    return html`<div class="form" part="form">
        <div class="field">
          <label for="tekst" class="label">${msg('Uw tekst')}</label>
          <p class="hint" id="tekst-uitleg">${msg('Plak of typ een tekst. Lege regels maken alinea’s, regels die beginnen met "- " een lijst. De tekst blijft in uw browser.')}</p>
          <textarea id="tekst" part="textarea" rows="10" spellcheck="true" lang="nl" aria-describedby="tekst-uitleg" .value=${this.value} @input=${this.onInput}></textarea>
        </div>
        <fieldset class="levels" part="levels">
          <legend class="label">${msg('Voor welk taalniveau schrijft u?')}</legend>
          ${this.levelOption('a2', msg('A2: eenvoudig'), msg(str`Hoogstens ${LEVEL_LIMITS.a2.maxWordsPerSentence} woorden per zin.`))}
          ${this.levelOption('b1', msg('B1: standaard'), msg(str`Hoogstens ${LEVEL_LIMITS.b1.maxWordsPerSentence} woorden per zin.`))}
        </fieldset>
      </div>
      <section class="results" part="results" aria-labelledby="uitslag-kop">
        <h3 id="uitslag-kop">${msg(str`Uitslag voor ${level}`)}</h3>
        ${metricsView(analysis, this.locale)}
      </section>
      ${analysis.words > 0 ? markedTextView(analysis) : ''} ${jargonView(analysis)} ${passiveView(analysis)} ${this.announcer.render()}`;
  }

  private levelOption(target: TargetLevel, name: string, explanation: string) {
    return html`<label class="radio">
      <input type="radio" name="niveau" .value=${target} .checked=${this.target === target} aria-describedby=${`niveau-${target}`} @change=${() => this.choose(target)} />
      <span><span class="name">${name}</span> <span class="hint" id=${`niveau-${target}`}>${explanation}</span></span>
    </label>`;
  }
}
