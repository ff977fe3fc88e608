/**
 * The sociale kaart's HSDS adapter, as a feed kind: finds the services in any of the accepted
 * documents, validates each service on its own (and each part of it: a broken phone number or
 * schedule is dropped, the service stays), and normalises it into the model the widget renders.
 *
 * Accepted, unchanged: Helder's own document `{ kind, publisher, updated, kernen, services }`, an
 * HSDS `/services` page (`contents` with `total_items`, `page_number`, …), a plain array of HSDS
 * services, an HSDS organization with its `services`, and a `/service_at_locations` page (each
 * entry a service at one place; the places of one service are joined).
 */
import type { FeedOutcome } from './feed.js';
import { parseFeed, parseFeedAsync, type AsyncParseOptions, type Envelope, type FeedKind, type ItemContext } from './feed-kind.js';
import { isObject, own, setKey, type JsonObject, type JsonValue } from './json-value.js';
import type { LevelText } from './level.js';
import { stripMarkup, stripMarkupInline } from './markup.js';
import type { Schedule } from './opening-hours.js';
import type { FeedProblem } from './problems.js';
import { mailtoUrl, safeUrl, telUrl } from './safe-text.js';
import {
  ALL_KERNEN,
  type Audience,
  type HelderExtension,
  type HsdsOrganization,
  type HsdsPhone,
  type HsdsSchedule,
  type HsdsService,
  type HsdsServiceAtLocation,
  type Need,
  type ServiceStatus,
} from './schemas/sociale-kaart.js';
import type { SearchDocument } from './search.js';
import { validatorFrom } from './validate.js';
import {
  kaartEntryCore,
  kaartEnvelope,
  kaartOrganization,
  kaartPage,
  kaartService,
  kaartServiceAtLocation,
  kaartServiceCore,
} from '../generated/sociale-kaart-schemas.js';

// ---------------------------------------------------------------------------------------------
// Finding the services.

export type KaartShape = 'helder' | 'hsds-page' | 'hsds-service-at-location-page' | 'hsds-list' | 'hsds-organization';


/** Top-level fields that only Helder's own document has. */
const HELDER_FIELDS = ['kind', 'publisher', 'kernen', 'updated', '$schema'];

/** An HSDS organization document: its own id and name, nothing of Helder's. */
function isOrganization(doc: Record<string, unknown>): boolean {
  return !own(doc, 'kind') && !own(doc, 'publisher') && typeof doc.id === 'string' && typeof doc.name === 'string';
}

/**
 * Which of the accepted documents this is, and the field that holds its services ('' for a
 * plain array); undefined for none.
 */
export function locateServices(doc: unknown): { shape: KaartShape; key: string } | undefined {
  if (Array.isArray(doc)) return { shape: 'hsds-list', key: '' };
  if (!isObject(doc) || (doc.kind !== undefined && doc.kind !== 'sociale-kaart')) return undefined;
  if (Array.isArray(doc.services)) return { shape: isOrganization(doc) ? 'hsds-organization' : 'helder', key: 'services' };
  if (doc.kind === undefined && Array.isArray(doc.contents)) {
    const atLocations = doc.contents.length > 0 && doc.contents.every((item) => isObject(item) && isObject(item.service));
    return { shape: atLocations ? 'hsds-service-at-location-page' : 'hsds-page', key: 'contents' };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The model the widget renders.

/** Paging of an HSDS `/services` page, with HSDS's names (`size` is what a request calls `per_page`). */
export interface HsdsPaging {
  total_items?: number;
  total_pages?: number;
  page_number?: number;
  size?: number;
  first_page?: boolean;
  last_page?: boolean;
}

export interface KaartEmail {
  address: string;
  /** mailto: link. */
  href: string;
}

export interface KaartPhone {
  /** As written, without surrounding quotes. */
  number: string;
  /** tel: link. */
  href: string;
  extension?: number;
  type?: string;
  description?: string;
}

export interface KaartOrganization {
  id?: string;
  name: string;
  description?: string;
  /** http(s) link. */
  website?: string;
  email?: KaartEmail;
}

export interface KaartAddress {
  lines: string[];
  postalCode?: string;
  city?: string;
  region?: string;
  country?: string;
  type?: 'physical' | 'postal' | 'virtual';
}

/** A schedule as opening-hours.ts reads it, with its words for display. */
export type KaartSchedule = Schedule & { description?: string };

export interface KaartLocation {
  id?: string;
  name?: string;
  description?: string;
  virtual: boolean;
  /** http(s) link, for an online location. */
  url?: string;
  /** Only when both are on Earth. */
  coordinates?: { latitude: number; longitude: number };
  addresses: KaartAddress[];
  accessibility: string[];
  phones: KaartPhone[];
  schedules: KaartSchedule[];
}

export interface KaartSourceRef {
  file: string;
  section?: string;
  url?: string;
}

export interface KaartService {
  id: string;
  /** helder.name, with the HSDS name as the fallback (and as c1 when helder.name lacks it). */
  name: LevelText;
  /** helder.description, or the HSDS description as plain text. */
  description?: LevelText;
  alternateName?: string;
  status: ServiceStatus;
  organization?: KaartOrganization;
  url?: string;
  email?: KaartEmail;
  phones: KaartPhone[];
  locations: KaartLocation[];
  schedules: KaartSchedule[];
  languages: { name?: string; code?: string }[];
  costs: { option?: string; amount?: number; currency?: string; description?: string }[];
  /** HSDS service_areas, as names. */
  areas: string[];
  /** HSDS taxonomy terms from attributes. */
  terms: { name: string; code?: string; taxonomy?: string }[];
  needs: Need[];
  audience: Audience[];
  /** "alle" for the whole gemeente; undefined when the feed does not say. */
  kernen?: typeof ALL_KERNEN | string[];
  withoutReferral?: boolean;
  free?: boolean;
  /** Gecontroleerd op (HSDS assured_date), YYYY-MM-DD. */
  reviewed?: string;
  source: KaartSourceRef[];
}

export interface SocialeKaart {
  publisher?: { name: string; url?: string };
  updated?: string;
  /** The gemeente's kernen, from Helder's own document. */
  kernen?: string[];
  paging?: HsdsPaging;
  services: KaartService[];
}

// ---------------------------------------------------------------------------------------------
// The kind: validating one service, part by part.

const validateHelderEnvelope = validatorFrom(kaartEnvelope);
const validateOrganizationEnvelope = validatorFrom(kaartOrganization);
const validatePageEnvelope = validatorFrom(kaartPage);
const validateServiceCore = validatorFrom(kaartServiceCore);
const validateEntryCore = validatorFrom(kaartEntryCore);
const validateService = validatorFrom(kaartService);
const validateServiceAtLocation = validatorFrom(kaartServiceAtLocation);

/** A /service_at_locations entry: a place with the service inside. */
const isEntry = (item: JsonValue): item is JsonObject & { service: JsonObject } => isObject(item) && isObject(item.service);

/** The envelope's fields say which document it was: Helder's own, an organization, or a page. */
function envelopeKind(fields: Readonly<Record<string, unknown>>): 'helder' | 'organization' | 'page' {
  if (isOrganization(fields)) return 'organization';
  return HELDER_FIELDS.some((key) => own(fields, key)) ? 'helder' : 'page';
}

/** Links, relative to a service or a /service_at_locations entry; see feed-kind.ts. */
const PLACE_LINKS = {
  'location/url': 'url',
  'phones/*/number': 'phone',
  'location/phones/*/number': 'phone',
} as const;
const SERVICE_LINKS = {
  url: 'url',
  email: 'email',
  'phones/*/number': 'phone',
  'organization/website': 'url',
  'organization/email': 'email',
  ...Object.fromEntries(Object.entries(PLACE_LINKS).map(([path, type]) => [`service_at_locations/*/${path}`, type])),
} as const;
const KAART_LINKS = {
  ...SERVICE_LINKS,
  ...PLACE_LINKS,
  ...Object.fromEntries(Object.entries(SERVICE_LINKS).map(([path, type]) => [`service/${path}`, type])),
};

export const socialeKaartKind: FeedKind<JsonObject, SocialeKaart> = {
  name: 'sociale-kaart',
  locate: (doc) => locateServices(doc)?.key,
  validateEnvelope: (fields, path) => {
    const kind = envelopeKind(fields as JsonObject);
    return (kind === 'helder' ? validateHelderEnvelope : kind === 'organization' ? validateOrganizationEnvelope : validatePageEnvelope)(fields, path);
  },
  // Only a service without an id or a name is skipped; the rest is checked part by part.
  validateItem: (item, path) => (isEntry(item) ? validateEntryCore : validateServiceCore)(item, path),
  idKey: 'id',
  links: KAART_LINKS,
  envelopeLinks: { 'publisher/url': 'url', website: 'url', email: 'email' },
  check: checkItem,
  build: buildKaart,
};

/**
 * Drops every part of a service (or entry) that has a problem, and reports it: a field, one
 * entry of a list, or one field of the `helder` extension. Then what the schema cannot say:
 * coordinates on Earth, and kernen that the document names.
 */
function checkItem(item: JsonObject, { path, envelope, report }: ItemContext): JsonObject {
  let kept = item;
  if (isEntry(item)) {
    const { service, ...place } = item;
    const serviceProblems = validateService(service, `${path}/service`);
    const placeProblems = validateServiceAtLocation(place, path);
    [...serviceProblems, ...placeProblems].forEach(report);
    let cleanService = withoutBrokenParts(service, serviceProblems, `${path}/service`);
    cleanService = checkService(cleanService, `${path}/service`, envelope, report);
    kept = { ...withoutBrokenParts(place, placeProblems, path), service: cleanService };
    kept = checkPlace(kept, path, report);
  } else {
    const problems = validateService(item, path);
    problems.forEach(report);
    kept = checkService(withoutBrokenParts(item, problems, path), path, envelope, report);
  }
  return kept;
}

function checkService(service: JsonObject, path: string, envelope: Envelope, report: (p: FeedProblem) => void): JsonObject {
  let kept = service;
  const places = service.service_at_locations;
  if (Array.isArray(places)) {
    const checked = places.map((place, i) => (isObject(place) ? checkPlace(place as JsonObject, `${path}/service_at_locations/${i}`, report) : place));
    if (checked.some((place, i) => place !== places[i])) kept = { ...kept, service_at_locations: checked };
  }
  const kernen = isObject(service.helder) ? service.helder.kernen : undefined;
  const known = envelope.fields.kernen;
  if (Array.isArray(kernen) && Array.isArray(known)) {
    // A misspelt kern would hide the service from everyone who picks the right one.
    const keep = kernen.filter((kern, i) => {
      if (known.includes(kern)) return true;
      report({ path: `${path}/helder/kernen/${i}`, code: 'enum', params: { value: String(kern), options: known.join(', ') } });
      return false;
    });
    if (keep.length < kernen.length) {
      const helder = { ...(kept.helder as JsonObject) };
      if (keep.length) helder.kernen = keep;
      else delete helder.kernen;
      kept = { ...kept, helder };
    }
  }
  return kept;
}

/** A place's coordinates are kept only when both are on Earth. */
function checkPlace(place: JsonObject, path: string, report: (p: FeedProblem) => void): JsonObject {
  const location = place.location;
  if (!isObject(location) || location.latitude === undefined || location.longitude === undefined) return place;
  let onEarth = true;
  for (const [field, max] of [['latitude', 90], ['longitude', 180]] as const) {
    const value = location[field] as number;
    if (value > max) report({ path: `${path}/location/${field}`, code: 'too-large', params: { max } });
    else if (value < -max) report({ path: `${path}/location/${field}`, code: 'too-small', params: { min: -max } });
    else continue;
    onEarth = false;
  }
  if (onEarth) return place;
  const { latitude: _latitude, longitude: _longitude, ...rest } = location as JsonObject;
  void _latitude;
  void _longitude;
  return { ...place, location: rest };
}

/**
 * The part a problem is in: the field, one entry of a list field, or one field of `helder`.
 * Segments are relative to the validated value.
 */
function brokenPart(segments: readonly string[], value: JsonObject): string[] {
  const [field, next] = segments;
  if (field === undefined) return [];
  if (next !== undefined && (field === 'helder' || Array.isArray(value[field]))) return [field, next];
  return [field];
}

/** A copy of `value` without the parts its problems are in (only copies what changes). */
function withoutBrokenParts(value: JsonObject, problems: readonly FeedProblem[], path: string): JsonObject {
  if (problems.length === 0) return value;
  const parts = problems.map((p) =>
    brokenPart(
      p.path
        .slice(path.length + 1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
      value,
    ),
  );
  return removeParts(value, parts);
}

function removeParts(value: JsonObject, parts: readonly string[][]): JsonObject {
  const copy: JsonObject = { ...value };
  const deeper = new Map<string, string[][]>();
  for (const [field, ...rest] of parts) {
    if (field === undefined) continue;
    if (rest.length === 0) delete copy[field];
    else if (own(copy, field)) deeper.set(field, [...(deeper.get(field) ?? []), rest]);
  }
  for (const [field, rests] of deeper) {
    const child = copy[field];
    if (Array.isArray(child)) {
      const drop = new Set(rests.map((rest) => rest[0]));
      setKey(copy, field, child.filter((_, i) => !drop.has(String(i))));
    } else if (isObject(child)) {
      setKey(copy, field, removeParts(child as JsonObject, rests));
    }
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Building the model.

function buildKaart({ publisher, updated, fields }: Envelope, items: JsonObject[]): SocialeKaart {
  const feed: SocialeKaart = { services: [] };
  if (publisher.name) feed.publisher = publisher;
  if (updated !== undefined) feed.updated = updated;
  if (Array.isArray(fields.kernen)) feed.kernen = fields.kernen.filter((k): k is string => typeof k === 'string');
  const kind = envelopeKind(fields);
  if (kind === 'page') {
    const paging: HsdsPaging = {};
    for (const key of ['total_items', 'total_pages', 'page_number', 'size'] as const) {
      const n = fields[key] ?? (key === 'size' ? fields.per_page : undefined);
      if (typeof n === 'number') paging[key] = n;
    }
    for (const key of ['first_page', 'last_page'] as const) if (typeof fields[key] === 'boolean') paging[key] = fields[key];
    if (Object.keys(paging).length) feed.paging = paging;
  }
  const organization = kind === 'organization' && typeof fields.name === 'string' ? (fields as unknown as HsdsOrganization) : undefined;
  const options: ToServiceOptions = { organizations: new Map(), sources: new Map(), lists: new Map(), ...(organization ? { organization } : {}) };
  const byId = new Map<string, KaartService>();
  for (const item of items) {
    if (!isEntry(item)) {
      const service = toService(item as unknown as HsdsService, options);
      byId.set(service.id, service);
      feed.services.push(service);
      continue;
    }
    // One entry per place: the places of one service are joined.
    const { service: hsds, ...place } = item;
    const location = toLocation(place as HsdsServiceAtLocation);
    const known = byId.get(hsds.id as string);
    if (known) {
      known.locations = [...known.locations, location];
      continue;
    }
    const service = toService(hsds as unknown as HsdsService, options);
    service.locations = [...service.locations, location];
    byId.set(service.id, service);
    feed.services.push(service);
  }
  return feed;
}

/**
 * One shared, frozen empty list for every empty list in the model: 10,000 services have some
 * 100,000 empty lists, each an object of its own otherwise. Frozen, so a push fails loudly.
 */
const NONE = Object.freeze([]) as never[];
const list = <T>(items: T[]): T[] => (items.length ? items : NONE);

/** One frozen copy of each distinct list met in a feed (see ToServiceOptions.lists). */
function shared<T>(items: readonly T[], known?: Map<string, readonly unknown[]>): T[] {
  if (!items.length) return NONE;
  const key = JSON.stringify(items);
  let copy = known?.get(key) as T[] | undefined;
  if (!copy) {
    copy = Object.freeze([...items]) as T[];
    known?.set(key, copy);
  }
  return copy;
}

export interface ToServiceOptions {
  /** The organization of an HSDS organization document, for services without their own. */
  organization?: HsdsOrganization;
  /**
   * Organizations met so far in this feed: services of the same organization share one object
   * (a region has many services per organization).
   */
  organizations?: Map<string, KaartOrganization>;
  /** The same for source lists: most services of a feed cite the same few documents. */
  sources?: Map<string, KaartSourceRef[]>;
  /** The same for needs, audiences, kernen and languages: most services have one of a few such lists. */
  lists?: Map<string, readonly unknown[]>;
}

/**
 * Normalises one validated HSDS service into the model the widget renders. Never throws. Links
 * that cannot be links are left out (the kind has reported them already).
 */
export function toService(hsds: HsdsService, options: ToServiceOptions = {}): KaartService {
  const helder = hsds.helder ?? {};
  const hsdsName = plainInline(hsds.name) ?? hsds.name;
  const organization = hsds.organization ?? options.organization;
  const service: KaartService = {
    id: hsds.id,
    name: withFallback(helder.name, hsdsName) ?? hsdsName,
    status: hsds.status ?? 'active',
    phones: phones(hsds.phones),
    locations: list((hsds.service_at_locations ?? []).map((place) => toLocation(place))),
    schedules: schedules(hsds.schedules),
    languages: shared(
      (hsds.languages ?? [])
        .map((l) => optional({ name: plainInline(l.name), code: l.code?.trim() || undefined }))
        .filter((l) => l.name !== undefined || l.code !== undefined),
      options.lists,
    ),
    costs: list(
      (hsds.cost_options ?? []).map((c) =>
        optional({ option: plainInline(c.option), amount: c.amount, currency: c.currency?.trim() || undefined, description: plainInline(c.amount_description) }),
      ),
    ),
    areas: list((hsds.service_areas ?? []).map((area) => plainInline(area.name) ?? plainInline(area.description)).filter((area): area is string => area !== undefined)),
    terms: list(
      (hsds.attributes ?? []).flatMap((attribute) => {
        const term = attribute.taxonomy_term;
        const name = plainInline(term?.name);
        return name ? [optional({ name, code: term?.code?.trim() || undefined, taxonomy: plainInline(term?.taxonomy) })] : [];
      }) as KaartService['terms'],
    ),
    needs: shared(helder.needs ?? [], options.lists),
    audience: shared(helder.audience ?? [], options.lists),
    source: sourceRefs(helder.source, options.sources),
  };
  return Object.assign(
    service,
    optional({
      description: withFallback(helder.description, plain(hsds.description)),
      alternateName: plainInline(hsds.alternate_name),
      organization: organization && kaartOrganizationOf(organization, options.organizations),
      url: httpUrl(hsds.url),
      email: email(hsds.email),
      kernen: helder.kernen === undefined || helder.kernen === ALL_KERNEN ? helder.kernen : shared(helder.kernen, options.lists),
      withoutReferral: helder.withoutReferral,
      free: helder.free ?? freeFromCosts(hsds.cost_options),
      reviewed: hsds.assured_date?.slice(0, 10),
    }),
  );
}

/** Normalises one HSDS service_at_location: the place, its hours and phones. */
export function toLocation(place: HsdsServiceAtLocation): KaartLocation {
  const location = place.location ?? {};
  const placePhones = phones(place.phones);
  const locationPhones = phones(location.phones);
  const { latitude, longitude } = location;
  return {
    virtual: location.location_type === 'virtual',
    addresses: list((location.addresses ?? []).map((address) => ({
      lines: [address.address_1, address.address_2].map(plainInline).filter((line): line is string => !!line),
      ...optional({
        postalCode: plainInline(address.postal_code),
        city: plainInline(address.city),
        region: plainInline(address.region ?? address.state_province),
        country: plainInline(address.country),
        type: address.address_type,
      }),
    }))),
    accessibility: list((location.accessibility ?? []).map((a) => [plain(a.description), plain(a.details)].filter(Boolean).join('\n\n')).filter((a) => a !== '')),
    phones: list([...placePhones, ...locationPhones.filter((p) => !placePhones.some((q) => q.href === p.href))]),
    // The hours of the service at this place go before the hours of the place itself.
    schedules: schedules(place.schedules?.length ? place.schedules : location.schedules),
    ...optional({
      id: location.id,
      name: plainInline(location.name),
      description: plain(location.description),
      url: httpUrl(location.url),
      coordinates:
        latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined,
    }),
  };
}

function httpUrl(value: string | undefined): string | undefined {
  const href = safeUrl(value);
  return href && /^https?:/.test(href) ? href : undefined;
}

function email(value: string | undefined): KaartEmail | undefined {
  const href = value === undefined ? undefined : mailtoUrl(value);
  return href ? { address: value!.trim(), href } : undefined;
}

function phones(hsds: readonly HsdsPhone[] | undefined): KaartPhone[] {
  return list((hsds ?? []).flatMap((phone) => {
    if (typeof phone.number !== 'string') return []; // left out by the link check
    // HSDS's own example writes the number with quotes around it.
    const number = phone.number.trim().replace(/^["'“”]+|["'“”]+$/g, '').trim();
    const href = telUrl(number);
    if (!href) return [];
    return [{ number, href, ...optional({ extension: phone.extension, type: phone.type?.trim() || undefined, description: plain(phone.description) }) }];
  }));
}

function kaartOrganizationOf(organization: HsdsOrganization, known?: Map<string, KaartOrganization>): KaartOrganization {
  const { id, name, description, website, email: address } = organization;
  const key = [id, name, description, website, address].join('\u0000');
  let model = known?.get(key);
  if (!model) {
    model = {
      name: plainInline(name) ?? name,
      ...optional({ id, description: plain(description), website: httpUrl(website), email: email(address) }),
    };
    known?.set(key, model);
  }
  return model;
}

const SCHEDULE_KEYS = ['freq', 'interval', 'byday', 'bymonthday', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'dtstart', 'until', 'wkst'] as const;

function schedules(hsds: readonly HsdsSchedule[] | undefined): KaartSchedule[] {
  return list(
    (hsds ?? []).map((schedule) => {
      const description = plain(schedule.description);
      // A checked schedule in plain words is used as it is: no copy for each of 10,000 services.
      if (description === schedule.description) return schedule as KaartSchedule;
      const copy: KaartSchedule = {};
      for (const key of SCHEDULE_KEYS) if (schedule[key] !== undefined) Object.assign(copy, { [key]: schedule[key] });
      return description ? { ...copy, description } : copy;
    }),
  );
}

/** Free when every cost option costs nothing, not free when one costs something. */
function freeFromCosts(costs: HsdsService['cost_options']): boolean | undefined {
  const amounts = (costs ?? []).map((c) => c.amount).filter((a): a is number => a !== undefined);
  if (amounts.length === 0) return undefined;
  return amounts.every((a) => a === 0);
}

function sourceRefs(source: HelderExtension['source'], known?: Map<string, KaartSourceRef[]>): KaartSourceRef[] {
  if (source === undefined) return NONE;
  const key = JSON.stringify(source);
  let refs = known?.get(key);
  if (!refs) {
    refs = (Array.isArray(source) ? source : [source]).map((ref) => (typeof ref === 'string' ? { file: ref } : { ...ref }));
    known?.set(key, refs);
  }
  return refs;
}

/**
 * A level text with the HSDS text behind it: used as is when there is no level text, and as the
 * c1 (the original) when the level texts lack one.
 */
function withFallback(levels: LevelText | undefined, fallback: string | undefined): LevelText | undefined {
  if (levels === undefined || typeof levels === 'string') return levels ?? fallback;
  return fallback === undefined || levels.c1 !== undefined ? { ...levels } : { ...levels, c1: fallback };
}

function plain(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : stripMarkup(value);
  return text === '' ? undefined : text;
}

function plainInline(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : stripMarkupInline(value);
  return text === '' ? undefined : text;
}

/** The fields that have a value: the model has no `undefined` fields. */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

// ---------------------------------------------------------------------------------------------
// The whole feed.

/**
 * Turns any value into a sociale kaart: the valid services, and a problem with a JSON Pointer for
 * everything skipped or cleaned. Never throws.
 */
export function parseSocialeKaart(value: unknown, baseUrl?: string): FeedOutcome<SocialeKaart> {
  return parseFeed(socialeKaartKind, value, baseUrl === undefined ? {} : { baseUrl });
}

/** parseSocialeKaart in slices that give the page a turn (see parseFeedAsync). */
export function parseSocialeKaartAsync(value: unknown, options: AsyncParseOptions = {}): Promise<FeedOutcome<SocialeKaart>> {
  return parseFeedAsync(socialeKaartKind, value, options);
}

// ---------------------------------------------------------------------------------------------
// Search and filters.

/**
 * What search reads of a service: its texts at every level, its organisation, and the words of
 * its needs, audience and kernen, so "mantelzorg" also finds a service tagged with that need.
 */
export function searchDocument(service: KaartService): SearchDocument {
  const levels = (text: LevelText) => (typeof text === 'string' ? [text] : Object.values(text));
  // Three fields, not one per kind of word: each field costs the index a map per word.
  return {
    id: service.id,
    fields: {
      name: [...levels(service.name), ...(service.alternateName ? [service.alternateName] : [])],
      about: [
        ...(service.organization ? [service.organization.name] : []),
        ...service.needs,
        ...service.audience,
        ...(Array.isArray(service.kernen) ? service.kernen : []),
        ...service.terms.map((term) => term.name),
        ...service.languages.flatMap((language) => (language.name ? [language.name] : [])),
      ],
      description: service.description,
    },
  };
}

/** Search ranks a match in the name above one in the organisation or tags, above the description. */
export const SEARCH_BOOSTS: Readonly<Record<string, number>> = { name: 3, about: 2 };

/** The filters a resident sets; an unset filter lets everything through. */
export interface KaartFilters {
  need?: string;
  kern?: string;
  audience?: string;
  /** Only services you can go to without a referral. */
  withoutReferral?: boolean;
  /** Only free services. */
  free?: boolean;
  /** A language code ("uk") or, without a code, a language name in lower case. */
  language?: string;
}
export type FilterKey = keyof KaartFilters;
export const FILTER_KEYS: readonly FilterKey[] = ['need', 'kern', 'audience', 'withoutReferral', 'free', 'language'];

/** How a language is filtered on: its code, else its name. */
export function languageKey(language: { name?: string; code?: string }): string {
  return (language.code ?? language.name ?? '').toLowerCase();
}

/**
 * Whether a service is for a kern: the whole gemeente, the kern named in `helder.kernen`, or,
 * when the feed does not say, a place of the service in that kern.
 */
export function servesKern(service: KaartService, kern: string): boolean {
  if (service.kernen === ALL_KERNEN) return true;
  if (service.kernen) return service.kernen.includes(kern);
  return service.locations.some((location) => location.addresses.some((address) => address.city === kern));
}

/** Whether a service passes one filter. */
export function passes(service: KaartService, key: FilterKey, filters: KaartFilters): boolean {
  switch (key) {
    case 'need':
      return !filters.need || service.needs.includes(filters.need as Need);
    case 'kern':
      return !filters.kern || servesKern(service, filters.kern);
    case 'audience':
      return !filters.audience || service.audience.includes(filters.audience as Audience);
    case 'withoutReferral':
      return !filters.withoutReferral || service.withoutReferral === true;
    case 'free':
      return !filters.free || service.free === true;
    case 'language':
      return !filters.language || service.languages.some((language) => languageKey(language) === filters.language);
  }
}

export function matchesFilters(service: KaartService, filters: KaartFilters): boolean {
  return FILTER_KEYS.every((key) => passes(service, key, filters));
}

/** Per filter, how many services each option would leave, the other filters applied. */
export interface FacetCounts {
  need: Map<string, number>;
  kern: Map<string, number>;
  audience: Map<string, number>;
  language: Map<string, number>;
  withoutReferral: number;
  free: number;
}

type ListFacet = 'need' | 'kern' | 'audience' | 'language';
const LIST_FACETS: readonly ListFacet[] = ['need', 'kern', 'audience', 'language'];

/**
 * Filters and counts for a list of services that stays the same while the resident types: each
 * service's filter values are numbered once, so a keystroke's filtering and counting over
 * 10,000 services is a pass over small integer arrays, not over strings and maps.
 */
export class KaartFacets {
  /** Per facet, the values met, by number. */
  private readonly values = new Map<ListFacet, string[]>();
  /** Per facet, the numbers of every service's values, one list after the other... */
  private readonly numbers = new Map<ListFacet, Uint16Array>();
  /** ...where service i's start at starts[i] and end at starts[i + 1]. */
  private readonly starts = new Map<ListFacet, Uint32Array>();
  private readonly withoutReferral: Uint8Array;
  private readonly free: Uint8Array;

  constructor(
    readonly services: readonly KaartService[],
    kernen: readonly string[],
  ) {
    const numbered = (facet: ListFacet, valuesOf: (service: KaartService) => Iterable<string>) => {
      const names: string[] = [];
      const index = new Map<string, number>();
      const flat: number[] = [];
      const starts = new Uint32Array(services.length + 1);
      services.forEach((service, i) => {
        starts[i] = flat.length;
        for (const value of valuesOf(service)) {
          let n = index.get(value);
          if (n === undefined) index.set(value, (n = names.push(value) - 1));
          if (flat.lastIndexOf(n) < starts[i]!) flat.push(n); // a value named twice counts once
        }
      });
      starts[services.length] = flat.length;
      this.values.set(facet, names);
      this.numbers.set(facet, Uint16Array.from(flat));
      this.starts.set(facet, starts);
    };
    numbered('need', (s) => s.needs);
    numbered('audience', (s) => s.audience);
    numbered('language', (s) => s.languages.map(languageKey).filter(Boolean));
    numbered('kern', (s) => (s.kernen === ALL_KERNEN ? kernen : kernen.filter((kern) => servesKern(s, kern))));
    this.withoutReferral = Uint8Array.from(services, (s) => (s.withoutReferral === true ? 1 : 0));
    this.free = Uint8Array.from(services, (s) => (s.free === true ? 1 : 0));
  }

  /** Whether any of the services has this value ("Vroomshoop" for kern). */
  has(facet: ListFacet, value: string): boolean {
    return this.values.get(facet)!.includes(value);
  }

  /**
   * The positions (in `services`) among `positions` (default: all) that pass every filter, and
   * per filter what each option would leave, the other filters applied: a service that fails no
   * filter counts for every option it has; one that fails exactly one counts only for that one.
   */
  apply(filters: KaartFilters, positions?: ArrayLike<number>): { matching: number[]; counts: FacetCounts } {
    const wanted = LIST_FACETS.map((facet) => {
      const value = filters[facet];
      return value ? (this.values.get(facet)!.indexOf(value) as number) : -2; // -1: a value no service has
    });
    const numbers = LIST_FACETS.map((facet) => this.numbers.get(facet)!);
    const starts = LIST_FACETS.map((facet) => this.starts.get(facet)!);
    const has = (f: number, i: number, want: number) => {
      for (let k = starts[f]![i]!, end = starts[f]![i + 1]!; k < end; k++) if (numbers[f]![k] === want) return true;
      return false;
    };
    const sizes = LIST_FACETS.map((facet) => new Int32Array(this.values.get(facet)!.length));
    let withoutReferral = 0;
    let free = 0;
    const matching: number[] = [];
    const count = positions?.length ?? this.services.length;
    for (let k = 0; k < count; k++) {
      const i = positions ? positions[k]! : k;
      let failed = -1;
      let failures = 0;
      for (let f = 0; f < 4; f++) {
        const want = wanted[f]!;
        if (want !== -2 && !has(f, i, want)) {
          failed = f;
          failures++;
        }
      }
      if (filters.withoutReferral && !this.withoutReferral[i]) {
        failed = 4;
        failures++;
      }
      if (filters.free && !this.free[i]) {
        failed = 5;
        failures++;
      }
      if (failures > 1) continue;
      if (failures === 0) matching.push(i);
      for (let f = 0; f < 4; f++) {
        if (failures === 1 && failed !== f) continue;
        for (let k = starts[f]![i]!, end = starts[f]![i + 1]!; k < end; k++) sizes[f]![numbers[f]![k]!]!++;
      }
      if ((failures === 0 || failed === 4) && this.withoutReferral[i]) withoutReferral++;
      if ((failures === 0 || failed === 5) && this.free[i]) free++;
    }
    const asMap = (f: number) => {
      const names = this.values.get(LIST_FACETS[f]!)!;
      const map = new Map<string, number>();
      sizes[f]!.forEach((n, index) => {
        if (n > 0) map.set(names[index]!, n);
      });
      return map;
    };
    return { matching, counts: { need: asMap(0), kern: asMap(1), audience: asMap(2), language: asMap(3), withoutReferral, free } };
  }
}

/** Per option, what it would leave among `services`, the other filters applied (see KaartFacets). */
export function facetCounts(services: readonly KaartService[], filters: KaartFilters, kernen: readonly string[] = []): FacetCounts {
  return new KaartFacets(services, kernen).apply(filters).counts;
}

/** Whether a service belongs to a partner, named by its HSDS organization id or its name. */
export function fromOrganization(service: KaartService, organization: string): boolean {
  const wanted = organization.trim().toLowerCase();
  const own = service.organization;
  return !!own && (own.id?.toLowerCase() === wanted || own.name.toLowerCase() === wanted);
}

/** Services a resident can still go to: HSDS `inactive` and `defunct` ones are left out. */
export function isAvailable(service: KaartService): boolean {
  return service.status === 'active' || service.status === 'temporarily closed';
}
