import type { Level } from '../../core/level.js';
import type { FeedFailure } from '../../core/feed.js';
import type { FeedProblem } from '../../core/validate.js';

export interface HelderLevelChangeDetail {
  level: Level;
}
export interface HelderErrorDetail {
  /** Items that were skipped or cleaned, each with its JSON path. Empty when the whole feed failed. */
  errors: FeedProblem[];
  /** Set when the whole feed could not be shown (not JSON, wrong kind, 404, timeout …). */
  failure?: FeedFailure;
}
export interface HelderLoadDetail {
  /** How many items are shown. */
  count: number;
}
export interface HelderCheckCompleteDetail {
  /** Regeling ids per group; never the answers. */
  wel: string[];
  misschien: string[];
  niet: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'helder-level-change': CustomEvent<HelderLevelChangeDetail>;
    'helder-error': CustomEvent<HelderErrorDetail>;
    'helder-load': CustomEvent<HelderLoadDetail>;
    'helder-check-complete': CustomEvent<HelderCheckCompleteDetail>;
  }
}

type HelderEventName = 'helder-level-change' | 'helder-error' | 'helder-load' | 'helder-check-complete';
type DetailOf<N extends HelderEventName> = GlobalEventHandlersEventMap[N] extends CustomEvent<infer D> ? D : never;

/** Fires a Helder event: it bubbles and crosses shadow roots, so a page can listen on document. */
export function emit<N extends HelderEventName>(target: EventTarget, name: N, detail: DetailOf<N>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
}
