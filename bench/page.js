// Runs in Chromium: first render of <helder-regelingen> vs the same content as static HTML.
import '/dist/helder.js';
import { renderBench } from './render-bench.js';

window.runBench = (data, rounds) => renderBench('helder-regelingen', data, rounds, /class="card"/g);
