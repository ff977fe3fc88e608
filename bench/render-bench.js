// Runs in Chromium: what every widget's first-render benchmark shares.

export const stage = document.getElementById('stage');
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The same markup and styles as plain HTML: parse, style and layout only. */
export async function staticOnce(markup, css) {
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

/** A widget from its data to its laid-out first view: validation, render, style and layout. */
async function widgetOnce(tag, data) {
  await frame();
  const t0 = performance.now();
  const element = document.createElement(tag);
  // The feed is parsed in slices: the first view is there after helder-load and the update it asks for.
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

/**
 * `rounds` first renders of `tag` from `data`, each beside the same markup as static HTML, after
 * one warm-up; `count` counts the shown items in the markup (cards, themes).
 */
export async function renderBench(tag, data, rounds, count) {
  const widget = [];
  const plain = [];
  const warm = await widgetOnce(tag, data);
  await staticOnce(warm.markup, warm.css);
  for (let i = 0; i < rounds; i++) {
    const w = await widgetOnce(tag, data);
    widget.push(w.ms);
    plain.push(await staticOnce(w.markup, w.css));
  }
  return { widget, plain, count: (warm.markup.match(count) ?? []).length };
}
