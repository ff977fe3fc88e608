import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus after the next render, to an element that render is about to create (a heading of a
 * new view, the card a resident came from). Screen reader and keyboard users then continue where
 * the change happened.
 */
export class FocusController implements ReactiveController {
  private target?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Focus the first element matching `selector` in the shadow root after the next update. */
  after(selector: string | undefined): void {
    this.target = selector;
    if (selector) this.host.requestUpdate();
  }

  hostUpdated(): void {
    const selector = this.target;
    if (!selector) return;
    this.target = undefined;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
