import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageUrl } from './hash-route.js';

/**
 * A widget's view in the page's address, as several keys: `#zoek=schulden&kern=Vroomshoop`. A
 * link to the page then shows the same view. Like HashRouteController, links point at this page
 * itself (whatever `<base href>` says), and a fragment that cannot be read counts as empty.
 *
 * A key that is absent means "the widget's default"; present and empty means "none", so a
 * resident can clear a filter that an attribute set. Changes show at once and reach the address
 * a moment later, with replaceState: typing makes no history entries (and browsers throttle many
 * history calls). Only `#` fragments made of the widget's own keys are read and written.
 */
export class HashStateController<K extends string> implements ReactiveController {
  private values = new Map<K, string>();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly keys: readonly K[],
    /** Called after the address changed the values (a link, Back, Forward). */
    private readonly onChange?: () => void,
    private readonly delay = 400,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.values = this.read();
    window.addEventListener('hashchange', this.sync);
    window.addEventListener('popstate', this.sync);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.sync);
    window.removeEventListener('popstate', this.sync);
    this.flush();
  }

  /** The value of a key: undefined when the address does not have it, '' for "none". */
  get(key: K): string | undefined {
    return this.values.get(key);
  }

  /** Sets keys (undefined removes one), shows the change now and writes the address soon. */
  set(changes: Partial<Record<K, string | undefined>>): void {
    for (const key of this.keys) {
      if (!(key in changes)) continue;
      const value = changes[key];
      if (value === undefined) this.values.delete(key);
      else this.values.set(key, value);
    }
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Writes a pending change to the address now. */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const fragment = this.fragment(this.values);
    if (fragment === location.hash.slice(1) || (fragment === '' && !this.ownsHash())) return;
    try {
      history.replaceState(history.state, '', fragment ? `${pageUrl()}#${fragment}` : pageUrl());
    } catch {
      // A sandboxed document may refuse; the view still shows, only the address lags.
    }
  }

  /** The address of this page showing these values (for a link to share). */
  href(values: Partial<Record<K, string>>): string {
    const fragment = this.fragment(new Map(Object.entries(values) as [K, string][]));
    return fragment ? `${pageUrl()}#${fragment}` : pageUrl();
  }

  private fragment(values: ReadonlyMap<K, string>): string {
    const params = new URLSearchParams();
    for (const key of this.keys) {
      const value = values.get(key);
      if (value !== undefined) params.set(key, value);
    }
    return params.toString();
  }

  /** Whether the fragment now is ours: only our keys, at least one of them. */
  private ownsHash(): boolean {
    const hash = location.hash.slice(1);
    if (!hash) return false;
    try {
      const names = [...new URLSearchParams(hash).keys()];
      return names.length > 0 && names.every((name) => (this.keys as readonly string[]).includes(name));
    } catch {
      return false;
    }
  }

  private read(): Map<K, string> {
    const values = new Map<K, string>();
    if (!this.ownsHash()) return values;
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(location.hash.slice(1));
    } catch {
      return values;
    }
    for (const key of this.keys) {
      const value = params.get(key);
      if (value !== null) values.set(key, value);
    }
    return values;
  }

  private readonly sync = (): void => {
    const next = this.read();
    const same = next.size === this.values.size && [...next].every(([key, value]) => this.values.get(key) === value);
    if (same) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.values = next;
    this.host.requestUpdate();
    this.onChange?.();
  };
}
