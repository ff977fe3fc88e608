import type { ReactiveControllerHost } from 'lit';
import { HashStateController } from './hash-state.js';

/**
 * A deep link in the page's address: `#<name>=<value>` (`#regeling=meedoenregeling`), one key of
 * a HashStateController. Links it makes point at this page itself: a CMS's `<base href>`
 * elsewhere must not send a resident off the page. A fragment of another form counts as no route.
 */
export class HashRouteController {
  private readonly state: HashStateController<string>;

  constructor(
    host: ReactiveControllerHost,
    private readonly name: string,
    /** Called after the value changed through the address (a link, Back, Forward) or close(). */
    private readonly onChange?: (value: string | undefined, previous: string | undefined) => void,
  ) {
    this.state = new HashStateController(host, [name], (previous) => this.onChange?.(this.value, previous.get(name) || undefined));
  }

  /** The value in the address now, or undefined. */
  get value(): string | undefined {
    return this.state.get(this.name) || undefined;
  }

  /** The address of a link that opens `value` on this page. */
  href(value: string): string {
    return this.state.href({ [this.name]: value });
  }

  /** Removes the route from the address, with a history entry so Back reopens it. */
  close(): void {
    const previous = this.value;
    this.state.push({ [this.name]: undefined });
    this.onChange?.(undefined, previous);
  }
}
