/**
 * @event helder-check-complete - De check is af. `detail`: de ids van de regelingen per groep (`wel`, `misschien`, `niet`), nooit de antwoorden.
 */
export interface HelderCheckCompleteDetail {
  /** Regeling ids per group; never the answers. */
  wel: string[];
  misschien: string[];
  niet: string[];
}

declare global {
  interface HelderEventMap {
    'helder-check-complete': HelderCheckCompleteDetail;
  }
  interface GlobalEventHandlersEventMap {
    'helder-check-complete': CustomEvent<HelderCheckCompleteDetail>;
  }
}
