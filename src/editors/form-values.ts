import { isObject } from '../core/json-value.js';
/** How the form reads what an editor types, and names what it lists. No DOM: unit-tested. */


/**
 * A number as a Dutch editor types it: "12,50" and "12.50" are 12.5, "1.400" and "1.234,56" have
 * a thousands separator. Anything else is no number (undefined), and stays text for the check.
 */
export function readNumber(text: string): number | undefined {
  let plain = text.trim().replace(/\s/g, '');
  const negative = plain.startsWith('-');
  if (negative) plain = plain.slice(1);
  if (/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(plain)) plain = plain.replace(/\./g, '').replace(',', '.');
  else if (/^(\d+([.,]\d+)?|[.,]\d+)$/.test(plain)) plain = plain.replace(',', '.');
  else return undefined;
  const number = Number(plain);
  return Number.isFinite(number) ? (negative ? -number : number) : undefined;
}

/** A number the way readNumber reads it back, with a decimal comma ("12,5"). */
export function writeNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** The name of an entry for its legend and its buttons: its title, name or id, else its place. */
export function entryName(value: unknown, index: number): string {
  const pick = (v: unknown): string | undefined => {
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
    if (isObject(v)) return pick(v.b1) ?? pick(v.a2) ?? pick(v.c1);
    return undefined;
  };
  let name: string | undefined;
  if (isObject(value)) {
    for (const key of ['title', 'name', 'id', 'household', 'year', 'file']) {
      name = pick(value[key]);
      if (name) break;
    }
  } else {
    name = pick(value);
  }
  const short = name && name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return short ? `${index + 1}. ${short}` : `${index + 1}.`;
}
