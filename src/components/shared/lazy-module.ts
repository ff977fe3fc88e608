import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Locale } from '../../core/locale.js';
import { feedStatus } from './feed-status.js';

/**
 * Code that most visits never need (the charts, the API mode, the shortlist), fetched on first
 * use; the element renders again when it has arrived, or when the fetch failed. After a failure
 * get() waits for load() (a retry button), so a missing file is not asked for at every render.
 */
export class LazyModule<T> {
  module?: T;
  /** Why the last fetch failed (offline, or a newer version replaced the file); undefined otherwise. */
  error?: unknown;
  private loading?: Promise<T | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {}

  get failed(): boolean {
    return this.error !== undefined;
  }

  load(): Promise<T | undefined> {
    this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
        this.error = undefined;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.error = error ?? 'import failed';
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }

  /** The module, or undefined while it is fetched (the first call starts fetching) or after a failure. */
  get(): T | undefined {
    if (!this.module && !this.failed) void this.load();
    return this.module;
  }
}

/**
 * What shows in place of a part whose code has not arrived: the loading line, or the failure
 * with "Opnieuw proberen" (which calls `retry`, by default load()), as feedStatus shows them.
 */
export function lazyStatus(
  part: LazyModule<unknown>,
  loading: string,
  locale: Locale,
  retry: () => Promise<unknown> = () => part.load(),
): TemplateResult | typeof nothing {
  return feedStatus(
    {
      status: part.failed ? 'error' : 'loading',
      failure: { kind: 'network', detail: String(part.error) },
      problems: [],
      problemCount: 0,
      load: async () => void (await retry()),
    },
    { loading },
    locale,
  );
}
