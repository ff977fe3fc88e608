import { define } from '../components/shared/define.js';
import { HelderLevelCompare } from './level-compare.component.js';

export { HelderLevelCompare };
define('helder-level-compare', HelderLevelCompare);

declare global {
  interface HTMLElementTagNameMap {
    'helder-level-compare': HelderLevelCompare;
  }
}
