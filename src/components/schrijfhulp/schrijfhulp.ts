import { define } from '../shared/define.js';
import { HelderSchrijfhulp } from './schrijfhulp.component.js';

export { HelderSchrijfhulp };
define('helder-schrijfhulp', HelderSchrijfhulp);

declare global {
  interface HTMLElementTagNameMap {
    'helder-schrijfhulp': HelderSchrijfhulp;
  }
}
