import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region: what a screen reader should hear after an action (a count, a step, a
 * result). `announceLater` waits until the resident stops typing, so a search is not read out at
 * every key.
 */
export class AnnouncerController implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  announce(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.host.requestUpdate();
  }

  /** Announces what `text()` says once nothing new has come for `delay` ms. */
  announceLater(text: () => string, delay = 600): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.announce(text()), delay);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
