import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Level } from '../../core/level.js';
import { baseStyles } from '../shared/base.styles.js';
import { AnnouncerController } from '../shared/announcer.js';
import { emit } from '../shared/emit.js';
import '../shared/events/helder-level-change.js';
import { HelderElement } from '../shared/helder-element.js';
import { storePageLevel } from '../shared/page-level.js';
import { styles } from './taalniveau.styles.js';

/**
 * @tagname helder-taalniveau
 * @summary Kies het taalniveau van alle Helder-widgets op de pagina: A2 (eenvoudig), B1 (standaard) of C1 (de oorspronkelijke tekst).
 *
 * @csspart base - De buitenste container.
 * @csspart fieldset - De groep keuzerondjes.
 * @csspart legend - De titel van de groep.
 * @csspart option - Eén keuze (label met uitleg).
 */
export class HelderTaalniveau extends HelderElement {
  static override styles = [baseStyles, styles];

  private readonly announcer = new AnnouncerController(this);

  private get options(): { level: Level; name: string; explanation: string }[] {
    return [
      { level: 'a2', name: msg('Eenvoudig (A2)'), explanation: msg('Korte zinnen en makkelijke woorden.') },
      { level: 'b1', name: msg('Standaard (B1)'), explanation: msg('Gewone woorden. Zo schrijft de gemeente meestal.') },
      { level: 'c1', name: msg('Origineel (C1)'), explanation: msg('De tekst zoals die in het beleid staat.') },
    ];
  }

  private choose(level: Level): void {
    if (level === this.pageLevel) return;
    this.pageLevel = level;
    storePageLevel(level);
    const name = this.options.find((o) => o.level === level)?.name ?? level;
    this.announcer.announce(this.inLocale(() => msg(str`De teksten staan nu op niveau ${name}.`)));
    emit(this, 'helder-level-change', { level });
  }

  protected renderContent() {
    const current = this.pageLevel;
    return html`<fieldset part="fieldset">
        <legend part="legend">${msg('Taalniveau van de teksten')}</legend>
        <div class="options">
          ${this.options.map(
            (option) => html`<label class="option" part="option">
              <input
                type="radio"
                name="level"
                .value=${option.level}
                .checked=${option.level === current}
                aria-describedby=${`uitleg-${option.level}`}
                @change=${() => this.choose(option.level)}
              />
              <span class="text">
                <span class="name">${option.name}</span>
                <span class="explanation" id=${`uitleg-${option.level}`}>${option.explanation}</span>
              </span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${this.announcer.render()}`;
  }
}
