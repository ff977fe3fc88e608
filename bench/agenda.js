// Runs in Chromium: first render of <helder-agenda> vs the same content as static HTML.
import '/dist/agenda.js';

const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The widget from data to its laid-out overview: validation, the year's tree, render, layout. */
async function widgetOnce(data) {
  await frame();
  const t0 = performance.now();
  const element = document.createElement('helder-agenda');
  // The feed is parsed in slices: the overview is there after helder-load and the update it asks for.
  const loaded = new Promise((resolve) => element.addEventListener('helder-load', resolve, { once: true }));
  element.data = data;
  stage.append(element);
  await loaded;
  await element.updateComplete;
  void stage.offsetHeight; // force style and layout
  const ms = performance.now() - t0;
  const markup = element.shadowRoot.innerHTML;
  const css = element.constructor.elementStyles.map((s) => s.cssText).join('\n');
  element.remove();
  return { ms, markup, css };
}

/** The same markup and styles as plain HTML: parse, style and layout only. */
async function staticOnce(markup, css) {
  await frame();
  const t0 = performance.now();
  const host = document.createElement('div');
  host.innerHTML = `<style>${css.replaceAll(':host', '.host')}</style><div class="host">${markup}</div>`;
  stage.append(host);
  void stage.offsetHeight;
  const ms = performance.now() - t0;
  host.remove();
  return ms;
}

window.runBench = async (data, rounds) => {
  const widget = [];
  const plain = [];
  const warm = await widgetOnce(data);
  await staticOnce(warm.markup, warm.css);
  for (let i = 0; i < rounds; i++) {
    const w = await widgetOnce(data);
    widget.push(w.ms);
    plain.push(await staticOnce(w.markup, w.css));
  }
  return { widget, plain, themes: (warm.markup.match(/class="theme-section/g) ?? []).length };
};
