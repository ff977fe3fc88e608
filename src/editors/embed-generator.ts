import { define } from '../components/shared/define.js';
import { HelderEmbedGenerator } from './embed-generator.component.js';

export { HelderEmbedGenerator };
define('helder-embed-generator', HelderEmbedGenerator);

declare global {
  interface HTMLElementTagNameMap {
    'helder-embed-generator': HelderEmbedGenerator;
  }
}
