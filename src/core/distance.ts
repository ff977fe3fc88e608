/**
 * "In de buurt": services sorted by how far they are from where a resident lives, chosen as a
 * kern or a 4-digit postcode. Places come from a small table shipped with the data (the centre
 * of each kern, bij benadering); nothing is looked up elsewhere. A service without coordinates
 * gets no distance: it is never given one that is made up.
 */

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** One kern in the table: its approximate centre (when known) and its 4-digit postcodes. */
export interface KnownPlace {
  name: string;
  latitude?: number;
  longitude?: number;
  postcodes?: readonly string[];
}

export interface PlaceTable {
  kernen: readonly KnownPlace[];
}

/** Mean radius of the Earth in km (the IUGG value haversine is usually given with). */
const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance in km (haversine): good to a few metres at this scale. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Where the resident is: a kern, with its centre when the table has it. */
export interface Origin {
  kern: string;
  coordinates?: Coordinates;
}

export type PlaceLookup =
  | { ok: true; origin: Origin; via: 'kern' | 'postcode' }
  | { ok: false; reason: 'unknown-postcode' | 'unknown-kern' | 'empty' };

/**
 * Reads what a resident typed or chose: a kern of the feed (any case), or a postcode ("7681",
 * "7681 AB"), of which only the 4 digits count. Values only; the interface words the reason.
 */
export function findPlace(input: string, kernen: readonly string[], table: PlaceTable): PlaceLookup {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const postcode = /^(\d{4})\s*(?:[a-z]{2})?$/i.exec(text);
  if (postcode) {
    const place = table.kernen.find((k) => k.postcodes?.includes(postcode[1]!));
    return place ? { ok: true, origin: originOf(place.name, table), via: 'postcode' } : { ok: false, reason: 'unknown-postcode' };
  }
  const lower = text.toLocaleLowerCase('nl');
  const kern = [...kernen, ...table.kernen.map((k) => k.name)].find((name) => name.toLocaleLowerCase('nl') === lower);
  return kern ? { ok: true, origin: originOf(kern, table), via: 'kern' } : { ok: false, reason: 'unknown-kern' };
}

/** A kern as an origin, with the table's centre when it has one. */
export function originOf(kern: string, table: PlaceTable): Origin {
  const place = table.kernen.find((k) => k.name === kern);
  return place?.latitude !== undefined && place.longitude !== undefined ? { kern, coordinates: { latitude: place.latitude, longitude: place.longitude } } : { kern };
}

export interface Near<T> {
  item: T;
  /** Km to the nearest of the item's places; only when both ends have coordinates. */
  km?: number;
  /** Whether the item says it is for the origin's kern (or for every kern). */
  serves: boolean;
}

export interface NearOptions<T> {
  coordinates: (item: T) => readonly Coordinates[];
  serves: (item: T, kern: string) => boolean;
  name: (item: T) => string;
}

/**
 * Nearest first: items with a known distance by distance; then the items without one, those
 * for the origin's kern first, each group by name. Stable for equal keys.
 */
export function sortByNearness<T>(items: readonly T[], origin: Origin, options: NearOptions<T>): Near<T>[] {
  const from = origin.coordinates;
  const rows = items.map((item, index) => {
    const places = from ? options.coordinates(item) : [];
    const km = places.length ? Math.min(...places.map((place) => distanceKm(from!, place))) : undefined;
    return { item, serves: options.serves(item, origin.kern), index, name: options.name(item), ...(km === undefined ? {} : { km }) };
  });
  const collator = new Intl.Collator('nl');
  rows.sort((a, b) => {
    if (a.km !== undefined || b.km !== undefined) {
      if (a.km === undefined) return 1;
      if (b.km === undefined) return -1;
      if (a.km !== b.km) return a.km - b.km;
    } else if (a.serves !== b.serves) {
      return a.serves ? -1 : 1;
    }
    return collator.compare(a.name, b.name) || a.index - b.index;
  });
  return rows.map(({ item, km, serves }) => (km === undefined ? { item, serves } : { item, km, serves }));
}
