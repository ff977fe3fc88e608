import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * @csspart read-aloud - De knop "Voorlezen" (alleen als de browser Nederlands kan voorlezen).
 */

/**
 * "Voorlezen": reads a text aloud with the browser's own speech synthesis, in Dutch. Shown only
 * when the browser has a Dutch voice; nothing is sent anywhere.
 */
export class ReadAloudController implements ReactiveController {
  available = false;
  /** The id of the text being read now. */
  speaking?: string;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private get synth(): SpeechSynthesis | undefined {
    return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
      ? window.speechSynthesis
      : undefined;
  }

  private readonly onVoices = () => this.detect();

  hostConnected(): void {
    this.detect();
    // Voices often arrive after page load.
    this.synth?.addEventListener?.('voiceschanged', this.onVoices);
  }

  hostDisconnected(): void {
    this.synth?.removeEventListener?.('voiceschanged', this.onVoices);
    if (this.speaking) this.stop();
  }

  private dutchVoice(): SpeechSynthesisVoice | undefined {
    return this.synth?.getVoices().find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('nl'));
  }

  private detect(): void {
    const available = this.dutchVoice() !== undefined;
    if (available !== this.available) {
      this.available = available;
      this.host.requestUpdate();
    }
  }

  toggle(id: string, text: string): void {
    const synth = this.synth;
    if (!synth) return;
    if (this.speaking === id) {
      this.stop();
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'nl-NL';
    try {
      const voice = this.dutchVoice();
      if (voice) utterance.voice = voice;
    } catch {
      // Some browsers list voices they then refuse; the default Dutch voice (lang) still speaks.
    }
    const done = () => {
      if (this.speaking === id) {
        this.speaking = undefined;
        this.host.requestUpdate();
      }
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    this.speaking = id;
    synth.speak(utterance);
    this.host.requestUpdate();
  }

  stop(): void {
    this.synth?.cancel();
    this.speaking = undefined;
    this.host.requestUpdate();
  }

  /** The button, or nothing when the browser cannot read Dutch aloud. */
  button(id: string, text: () => string, label: string): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const active = this.speaking === id;
    return html`<button
      class="button secondary read-aloud no-print"
      type="button"
      part="read-aloud"
      @click=${() => this.toggle(id, text())}
    >
      <span aria-hidden="true">🔊</span> ${active ? msg('Stop voorlezen') : msg('Voorlezen')}<span class="visually-hidden">: ${label}</span>
    </button>`;
  }
}
