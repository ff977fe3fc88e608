/**
 * @event helder-check-complete - De check is af, of een antwoord vanuit de uitslag veranderde haar. `detail`: de ids van de regelingen per groep (`wel`, `misschien`, `niet`, en `al` voor wat de inwoner al krijgt), nooit de antwoorden.
 */
export interface HelderCheckCompleteDetail {
  /** Regeling ids per group; never the answers. */
  wel: string[];
  misschien: string[];
  niet: string[];
  /** What the answers say the resident already gets (bijstand for someone on bijstand). */
  al: string[];
}

declare global {
  interface HelderEventMap {
    'helder-check-complete': HelderCheckCompleteDetail;
  }
  interface GlobalEventHandlersEventMap {
    'helder-check-complete': CustomEvent<HelderCheckCompleteDetail>;
  }
}
