/** Intl objects are slow to make and a list makes many: one per locale and kind, kept here. */
const formats = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames>();

export function cached<T extends Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = formats.get(key) as T | undefined;
  if (!value) formats.set(key, (value = make()));
  return value;
}

/** "09:00" as "9:00". */
export const clock = (time: string) => time.replace(/^0(\d)/, '$1');
