import { define } from '../shared/define.js';
import { HelderAgenda } from './agenda.component.js';

export { HelderAgenda };
define('helder-agenda', HelderAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'helder-agenda': HelderAgenda;
  }
}
