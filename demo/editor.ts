// The feed editor: a tool for the gemeente's editors (the widgets it previews come from ../src/helder.ts).
import '../src/editors/feed-editor.js';
