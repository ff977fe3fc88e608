import { define } from '../components/shared/define.js';
import { HelderFeedEditor } from './feed-editor.component.js';

export { HelderFeedEditor };
define('helder-feed-editor', HelderFeedEditor);

declare global {
  interface HTMLElementTagNameMap {
    'helder-feed-editor': HelderFeedEditor;
  }
}
