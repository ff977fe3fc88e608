import { define } from '../shared/define.js';
import { HelderTaalniveau } from './taalniveau.component.js';

export { HelderTaalniveau };
define('helder-taalniveau', HelderTaalniveau);

declare global {
  interface HTMLElementTagNameMap {
    'helder-taalniveau': HelderTaalniveau;
  }
}
