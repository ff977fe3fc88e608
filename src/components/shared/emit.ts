declare global {
  /**
   * Every Helder event and its detail. Each event declares itself in its own file by adding to
   * this interface (and to GlobalEventHandlersEventMap), so a new widget edits no shared list.
   */
  interface HelderEventMap {}
}

/** Fires a Helder event: it bubbles and crosses shadow roots, so a page can listen on document. */
export function emit<N extends keyof HelderEventMap>(target: EventTarget, name: N, detail: HelderEventMap[N]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
}
