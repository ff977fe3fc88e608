import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `@page` only works in the document, not in a shadow root. While the widget prints (and only
 * then, and only when it asks for it) the document gets an A4 page box; afterwards the host page's
 * own styles are as they were.
 */
export class PrintController implements ReactiveController {
  private sheet?: CSSStyleSheet;

  constructor(
    host: ReactiveControllerHost,
    /** Whether the widget shows something made for paper now (a folder, a result). */
    private readonly wantsPageBox: () => boolean,
    private readonly pageRule = '@page { size: A4; margin: 15mm 15mm 18mm; }',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.after();
  }

  private readonly before = (): void => {
    if (this.sheet || !this.wantsPageBox() || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(this.pageRule);
    this.sheet = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };

  private readonly after = (): void => {
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = undefined;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
