import { define } from '../shared/define.js';
import { HelderRegelingen } from './regelingen.component.js';

export { HelderRegelingen };
define('helder-regelingen', HelderRegelingen);

declare global {
  interface HTMLElementTagNameMap {
    'helder-regelingen': HelderRegelingen;
  }
}
