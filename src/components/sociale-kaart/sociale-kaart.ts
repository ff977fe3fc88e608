import { define } from '../shared/define.js';
import { HelderSocialeKaart } from './sociale-kaart.component.js';

export { HelderSocialeKaart };
define('helder-sociale-kaart', HelderSocialeKaart);

declare global {
  interface HTMLElementTagNameMap {
    'helder-sociale-kaart': HelderSocialeKaart;
  }
}
