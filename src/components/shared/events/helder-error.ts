import type { FeedFailure, FeedProblem } from '../../../core/problems.js';

/**
 * @event helder-error - Een deel van de gegevens, of alles, kon niet worden getoond. `detail.errors`: de eerste 100 problemen als `{path, code, params, message}`; `detail.errorCount`: hoeveel er waren; `detail.failure`: `{kind, message, url?, status?}` als de hele feed mislukte.
 */
/** A problem in a feed as an event reports it: the core's code and values, and a message. */
export interface HelderErrorProblem extends FeedProblem {
  /** The problem in plain words, in the widget's interface language. */
  message: string;
}

export interface HelderErrorDetail {
  /** Items that were skipped or cleaned, each with its JSON path (the first 100 at most). */
  errors: HelderErrorProblem[];
  /** How many problems there were in all; `errors` holds the first of them. */
  errorCount: number;
  /** Set when the whole feed could not be loaded (not JSON, wrong kind, 404, timeout …). */
  failure?: FeedFailure & { message: string };
}

declare global {
  interface HelderEventMap {
    'helder-error': HelderErrorDetail;
  }
  interface GlobalEventHandlersEventMap {
    'helder-error': CustomEvent<HelderErrorDetail>;
  }
}
