import type { Level } from '../../../core/level.js';

/**
 * @event helder-level-change - Een taalniveau is gekozen. `detail.level`: `a2`, `b1` of `c1`.
 */
export interface HelderLevelChangeDetail {
  level: Level;
}

declare global {
  interface HelderEventMap {
    'helder-level-change': HelderLevelChangeDetail;
  }
  interface GlobalEventHandlersEventMap {
    'helder-level-change': CustomEvent<HelderLevelChangeDetail>;
  }
}
