import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** This page's own address without its fragment, whatever `<base href>` the page sets. */
export function pageUrl(): string {
  return location.href.split('#')[0];
}

/**
 * A widget's view in the page's address, as several keys: `#zoek=schulden&kern=Vroomshoop`. A
 * link to the page then shows the same view. Like HashRouteController, links point at this page
 * itself (whatever `<base href>` says), and a fragment that cannot be read counts as empty.
 *
 * A key that is absent means "the widget's default"; present and empty means "none", so a
 * resident can clear a filter that an attribute set. Changes show at once and reach the address
 * a moment later, with replaceState: typing makes no history entries (and browsers throttle many
 * history calls). Two widgets of a kind on one page keep apart with a prefix (`partner.zoek`);
 * a fragment of any other form (`#regeling=…`) is not read, and is replaced when this one writes.
 */
export class HashStateController<K extends string> implements ReactiveController {
  private values = new Map<K, string>();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly keys: readonly K[],
    /** Called after the address changed the values (a link, Back, Forward), with the values before. */
    private readonly onChange?: (previous: ReadonlyMap<K, string>) => void,
    private readonly delay = 400,
    /** Put before every key, for a second widget on the page ("partner." from its id). */
    private readonly prefix: () => string = () => '',
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

  /**
   * Sets keys and writes the address at once, as a new history entry: Back then returns to the
   * view before (closing a detail that a link opened).
   */
  push(changes: Partial<Record<K, string | undefined>>): void {
    this.set(changes);
    this.flush('push');
  }

  /** Writes a pending change to the address now. */
  flush(mode: 'replace' | 'push' = 'replace'): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    // Other widgets' keys stay; a fragment of another form is replaced.
    const params = this.params() ?? new URLSearchParams();
    const prefix = this.prefix();
    for (const key of this.keys) {
      const value = this.values.get(key);
      if (value === undefined) params.delete(prefix + key);
      else params.set(prefix + key, value);
    }
    const fragment = params.toString();
    if (fragment === location.hash.slice(1) || (fragment === '' && !this.params())) return;
    const url = fragment ? `${pageUrl()}#${fragment}` : pageUrl();
    try {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed document may refuse; the view still shows, only the address lags.
    }
  }

  /** The address of this page showing these values (for a link to share). */
  href(values: Partial<Record<K, string>>): string {
    const params = new URLSearchParams();
    for (const key of this.keys) {
      const value = values[key];
      if (value !== undefined) params.set(this.prefix() + key, value);
    }
    const fragment = params.toString();
    return fragment ? `${pageUrl()}#${fragment}` : pageUrl();
  }

  /** The fragment as keys, when every key in it is one of ours (with any prefix); else undefined. */
  private params(): URLSearchParams | undefined {
    const hash = location.hash.slice(1);
    if (!hash) return undefined;
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(hash);
    } catch {
      return undefined;
    }
    const names = [...params.keys()];
    const ours = (name: string) => this.keys.some((key) => name === key || name.endsWith(`.${key}`));
    return names.length > 0 && names.every(ours) ? params : undefined;
  }

  private read(): Map<K, string> {
    const values = new Map<K, string>();
    const params = this.params();
    if (!params) return values;
    for (const key of this.keys) {
      const value = params.get(this.prefix() + key);
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
    const previous = this.values;
    this.values = next;
    this.host.requestUpdate();
    this.onChange?.(previous);
  };
}
