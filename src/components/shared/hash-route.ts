import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** This page's own address without its fragment, whatever `<base href>` the page sets. */
export function pageUrl(): string {
  return location.href.split('#')[0];
}

/**
 * A deep link in the page's address: `#<name>=<value>` (`#regeling=meedoenregeling`). Links it
 * makes point at this page itself: a CMS's `<base href>` elsewhere must not send a resident off
 * the page. A fragment that cannot be decoded (`#regeling=%`) counts as no route.
 */
export class HashRouteController implements ReactiveController {
  /** The value in the address now, or undefined. */
  value?: string;

  private readonly prefix: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    name: string,
    /** Called after the value changed through the address (a link, Back, Forward). */
    private readonly onChange?: (value: string | undefined, previous: string | undefined) => void,
  ) {
    this.prefix = `#${name}=`;
    host.addController(this);
  }

  hostConnected(): void {
    this.value = this.read();
    window.addEventListener('hashchange', this.sync);
    window.addEventListener('popstate', this.sync);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.sync);
    window.removeEventListener('popstate', this.sync);
  }

  /** The address of a link that opens `value` on this page. */
  href(value: string): string {
    return `${pageUrl()}${this.prefix}${encodeURIComponent(value)}`;
  }

  /** Removes the route from the address, with a history entry so Back reopens it. */
  close(): void {
    const previous = this.value;
    this.value = undefined;
    try {
      history.pushState(null, '', pageUrl());
    } catch {
      // A sandboxed or odd document may refuse; the fragment alone still closes the route.
      location.hash = '';
    }
    this.host.requestUpdate();
    this.onChange?.(undefined, previous);
  }

  private read(): string | undefined {
    const hash = location.hash;
    if (!hash.startsWith(this.prefix)) return undefined;
    try {
      return decodeURIComponent(hash.slice(this.prefix.length)) || undefined;
    } catch {
      return undefined;
    }
  }

  private readonly sync = (): void => {
    const value = this.read();
    if (value === this.value) return;
    const previous = this.value;
    this.value = value;
    this.host.requestUpdate();
    this.onChange?.(value, previous);
  };
}
