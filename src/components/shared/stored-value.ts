/**
 * One value in localStorage, read and written so that storage can never break a widget: blocked
 * (sandboxed iframe, privacy settings), full, or holding garbage from another version. `read`
 * passes what it finds through `sanitize`; `write` and `remove` say whether they worked, so the
 * interface can tell the resident when this device cannot keep something.
 */
export class StoredValue<T> {
  constructor(
    readonly key: string,
    private readonly sanitize: (value: unknown) => T | undefined,
  ) {}

  read(): T | undefined {
    try {
      const text = globalThis.localStorage?.getItem(this.key);
      return text == null ? undefined : this.sanitize(JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }

  /** Saves the value; false when this device cannot keep it. */
  write(value: T): boolean {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return false;
      storage.setItem(this.key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }

  /** Removes the value; false when storage cannot be reached. */
  remove(): boolean {
    try {
      globalThis.localStorage?.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }
}
