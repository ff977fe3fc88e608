// Runs in Chromium: first render of <helder-agenda> vs the same content as static HTML.
import '/dist/agenda.js';
import { renderBench } from './render-bench.js';

window.runBench = (data, rounds) => renderBench('helder-agenda', data, rounds, /class="theme-section/g);
