import type { ReactiveControllerHost } from 'lit';

/**
 * Code that most visits never need (the charts), fetched on first use; the
 * element renders again when it has arrived. A failed fetch is tried again on the next use.
 */
export class LazyModule<T> {
  module?: T;
  private loading?: Promise<T | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {}

  load(): Promise<T | undefined> {
    this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
        return module;
      },
      () => {
        this.loading = undefined;
        return undefined;
      },
    );
    return this.loading;
  }

  /** The module, or undefined while it is fetched (the first call starts fetching). */
  get(): T | undefined {
    if (!this.module) void this.load();
    return this.module;
  }
}
