// The embed generator: a tool for partners (the widgets it previews come from ../src/helder.ts).
import '../src/editors/embed-generator.js';
