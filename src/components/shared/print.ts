import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PrintOptions {
  /**
   * Print this widget alone, without the host page around it, while it shows something made for
   * paper (a folder, a result). Off by default: the page prints as it always did.
   */
  isolate?: boolean;
}

/** Marks the host and its ancestors while printing; everything else on the page is hidden. */
const PRINTING = 'data-helder-printing';
const PRINT_PATH = 'data-helder-print-path';
const ISOLATE_RULE = `@media print {
  body :not([${PRINT_PATH}], [${PRINTING}], [${PRINTING}] *) { display: none !important; }
  [${PRINT_PATH}] { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
}`;

/**
 * `@page` only works in the document, not in a shadow root. While the widget prints (and only
 * then, and only when it asks for it) the document gets an A4 page box, and, with `isolate`, a
 * rule that hides the rest of the page; afterwards the host page's own styles are as they were.
 */
export class PrintController implements ReactiveController {
  private sheet?: CSSStyleSheet;
  private marked: Element[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & Partial<Element>,
    /** Whether the widget shows something made for paper now (a folder, a result). */
    private readonly wantsPageBox: () => boolean,
    private readonly pageRule = '@page { size: A4; margin: 15mm 15mm 18mm; }',
    private readonly options: PrintOptions = {},
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
    sheet.replaceSync(this.options.isolate && this.isolate() ? `${this.pageRule}\n${ISOLATE_RULE}` : this.pageRule);
    this.sheet = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };

  /** Marks the host and the elements around it; false when the host is not in the document. */
  private isolate(): boolean {
    const host = this.host as unknown as Element;
    if (!(host instanceof Element) || !host.isConnected) return false;
    host.setAttribute(PRINTING, '');
    this.marked = [host];
    // Up through shadow roots too, so a widget inside another component still prints.
    for (let node: Node | null = host.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element) {
        node.setAttribute(PRINT_PATH, '');
        this.marked.push(node);
      }
    }
    return true;
  }

  private readonly after = (): void => {
    for (const element of this.marked) {
      element.removeAttribute(PRINTING);
      element.removeAttribute(PRINT_PATH);
    }
    this.marked = [];
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = undefined;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
