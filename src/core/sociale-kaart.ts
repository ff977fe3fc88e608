/**
 * The sociale kaart's HSDS adapter: finds the services in any of the accepted documents,
 * validates each service on its own (and each part of it: a broken phone number or schedule is
 * dropped, the service stays), and normalises it into the model the widget renders.
 *
 * Accepted, unchanged: Helder's own document `{ kind, publisher, updated, kernen, services }`, an
 * HSDS `/services` page (`contents` with `total_items`, `page_number`, …), a plain array of HSDS
 * services, an HSDS organization with its `services`, and a `/service_at_locations` page (each
 * entry a service at one place; the places of one service are joined).
 */
import type { Level, LevelText } from './level.js';
import { stripMarkup, stripMarkupInline } from './markup.js';
import type { Schedule } from './opening-hours.js';
import type { FeedFailure, FeedProblem } from './problems.js';
import { mailtoUrl, safeUrl, telUrl } from './safe-text.js';
import {
  ALL_KERNEN,
  attributeSchema,
  costOptionSchema,
  helderExtensionSchema,
  languageSchema,
  organizationSchema,
  phoneSchema,
  scheduleSchema,
  serviceAreaSchema,
  serviceAtLocationSchema,
  serviceSchema,
  socialeKaartSchema,
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
import { createValidator, pointerSegment, validateItems } from './validate.js';

export { socialeKaartSchema, serviceSchema };

/** A problem from the schema validator (validate.ts), or one of this module's coded problems. */
type SchemaProblem = ReturnType<ReturnType<typeof createValidator>>[number];
export type KaartProblem = FeedProblem | SchemaProblem;

// ---------------------------------------------------------------------------------------------
// Finding the services.

export type KaartShape = 'helder' | 'hsds-page' | 'hsds-service-at-location-page' | 'hsds-list' | 'hsds-organization';

/** Paging of an HSDS `/services` page, with HSDS's names (its response calls `per_page` `size`). */
export interface HsdsPaging {
  total_items?: number;
  total_pages?: number;
  page_number?: number;
  size?: number;
  first_page?: boolean;
  last_page?: boolean;
}

export interface LocatedServices {
  shape: KaartShape;
  list: readonly unknown[];
  /** JSON Pointer of the list; item i is at `${path}/${i}`. */
  path: string;
  paging?: HsdsPaging;
  /** An HSDS organization document: its services inherit it (without its `services`). */
  organization?: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Which of the accepted documents this is, and where its services are; undefined for none. */
export function locateServices(doc: unknown): LocatedServices | undefined {
  if (Array.isArray(doc)) return { shape: 'hsds-list', list: doc, path: '' };
  if (!isObject(doc) || (doc.kind !== undefined && doc.kind !== 'sociale-kaart')) return undefined;
  if (Array.isArray(doc.services)) {
    const isOrganization =
      doc.kind === undefined && doc.publisher === undefined && typeof doc.id === 'string' && typeof doc.name === 'string';
    if (!isOrganization) return { shape: 'helder', list: doc.services, path: '/services' };
    const { services, ...organization } = doc;
    return { shape: 'hsds-organization', list: services as unknown[], path: '/services', organization };
  }
  if (doc.kind === undefined && Array.isArray(doc.contents)) {
    const paging: HsdsPaging = {};
    for (const key of ['total_items', 'total_pages', 'page_number', 'size'] as const) {
      const n = doc[key] ?? (key === 'size' ? doc.per_page : undefined);
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) paging[key] = n;
    }
    for (const key of ['first_page', 'last_page'] as const) if (typeof doc[key] === 'boolean') paging[key] = doc[key];
    // A /service_at_locations page: each entry holds a service and one place where it is.
    const atLocations = doc.contents.length > 0 && doc.contents.every((item) => isObject(item) && isObject(item.service));
    return { shape: atLocations ? 'hsds-service-at-location-page' : 'hsds-page', list: doc.contents, path: '/contents', paging };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The model the widget renders.

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
  shape: KaartShape;
  publisher?: { name: string; url?: string };
  updated?: string;
  /** The gemeente's kernen, from Helder's own document. */
  kernen?: string[];
  paging?: HsdsPaging;
  services: KaartService[];
}

export type SocialeKaartOutcome =
  | { ok: true; feed: SocialeKaart; problems: KaartProblem[] }
  | { ok: false; failure: FeedFailure; problems: KaartProblem[] };

// ---------------------------------------------------------------------------------------------
// Validating one service, part by part.

const coreSchema = {
  type: 'object',
  properties: { id: serviceSchema.properties.id, name: serviceSchema.properties.name },
  required: ['id', 'name'],
} as const;

/** The part of a service without which it is skipped: an object with an id and a name. */
export const validateServiceCore = createValidator(coreSchema);

const LIST_ITEMS = {
  service_at_locations: serviceAtLocationSchema,
  phones: phoneSchema,
  schedules: scheduleSchema,
  languages: languageSchema,
  cost_options: costOptionSchema,
  service_areas: serviceAreaSchema,
  attributes: attributeSchema,
} as const;
type ListField = keyof typeof LIST_ITEMS;

const validateList = createValidator({ type: 'array' });
const validateObject = createValidator({ type: 'object' });
const listItemValidators = new Map(Object.entries(LIST_ITEMS).map(([key, schema]) => [key, createValidator(schema)]));
const fieldValidators = new Map(
  Object.entries(serviceSchema.properties)
    .filter(([key]) => key !== 'id' && key !== 'name' && key !== 'helder' && !(key in LIST_ITEMS))
    .map(([key, schema]) => [key, createValidator(schema)]),
);
const helderValidators = new Map(
  Object.entries(helderExtensionSchema.properties).map(([key, schema]) => [key, createValidator(schema)]),
);
const validateOrganization = createValidator(organizationSchema);
const validateEnvelope = createValidator({
  ...socialeKaartSchema,
  properties: { ...socialeKaartSchema.properties, services: { type: 'array' } },
});

/**
 * Keeps the fields of a service (with a valid core) that the widget reads and that are valid;
 * every dropped field or list entry is reported. Fields the widget does not read are left out.
 */
export function cleanService(item: Record<string, unknown>, path: string, problems: KaartProblem[]): HsdsService {
  const clean: Record<string, unknown> = { id: item.id, name: item.name };
  for (const [key, value] of Object.entries(item)) {
    const at = `${path}/${pointerSegment(key)}`;
    const itemValidator = listItemValidators.get(key);
    if (itemValidator) {
      const found = validateList(value, at);
      if (found.length) problems.push(...found);
      else {
        const result = validateItems<unknown>(value as unknown[], at, itemValidator);
        problems.push(...result.problems);
        clean[key as ListField] = result.items;
      }
    } else if (key === 'helder') {
      const helder = cleanExtension(value, at, problems);
      if (helder) clean.helder = helder;
    } else {
      const found = fieldValidators.get(key)?.(value, at);
      if (found?.length) problems.push(...found);
      else if (found) clean[key] = value;
    }
  }
  return clean as HsdsService;
}

/** Each extension field stands alone: a misspelt need must not cost the service its texts. */
function cleanExtension(value: unknown, path: string, problems: KaartProblem[]): HelderExtension | undefined {
  const found = validateObject(value, path);
  if (found.length) {
    problems.push(...found);
    return undefined;
  }
  const clean: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const at = `${path}/${pointerSegment(key)}`;
    const validator = helderValidators.get(key);
    if (!validator) {
      problems.push({ path: at, code: 'unknown-field', params: { field: key } });
      continue;
    }
    const fieldProblems = validator(field, at);
    if (fieldProblems.length) problems.push(...fieldProblems);
    else clean[key] = field;
  }
  return clean as HelderExtension;
}

export interface ServiceContext {
  /** Ids seen so far in this feed: a repeated id is skipped. */
  seen?: Set<string>;
  baseUrl?: string;
  /** The organization of an HSDS organization document, for services without their own. */
  organization?: HsdsOrganization;
  /** The gemeente's kernen: a service's kernen must be among them. */
  kernen?: readonly string[];
}

/** The item check for a services list: clean the service, skip a repeated id, normalise. */
export function checkService(
  item: Record<string, unknown>,
  path: string,
  problems: KaartProblem[],
  context: ServiceContext = {},
): KaartService | undefined {
  const id = item.id as string;
  if (context.seen?.has(id)) {
    problems.push({ path: `${path}/id`, code: 'duplicate-id', params: { id } });
    return undefined;
  }
  context.seen?.add(id);
  return toService(cleanService(item, path, problems), { ...context, path, problems });
}

// ---------------------------------------------------------------------------------------------
// Normalising.

export interface ToServiceOptions extends ServiceContext {
  /** Where the service is in the feed, for problems. */
  path?: string;
  /** Receives a problem for every link, phone number, kern or coordinate left out. */
  problems?: KaartProblem[];
}

/** Normalises one validated HSDS service into the model the widget renders. Never throws. */
export function toService(hsds: HsdsService, options: ToServiceOptions = {}): KaartService {
  const path = options.path ?? '';
  const report = (problem: FeedProblem) => options.problems?.push(problem);
  const links = new Links(options.baseUrl, report);
  const helder = hsds.helder ?? {};
  const hsdsName = plainInline(hsds.name) ?? hsds.name;
  const hsdsDescription = plain(hsds.description);
  const organization = hsds.organization ?? options.organization;

  const service: KaartService = {
    id: hsds.id,
    name: withFallback(helder.name, hsdsName) ?? hsdsName,
    status: hsds.status ?? 'active',
    phones: phones(hsds.phones, `${path}/phones`, links),
    locations: (hsds.service_at_locations ?? []).map((sal, i) =>
      toLocation(sal, { ...options, path: `${path}/service_at_locations/${i}` }),
    ),
    schedules: schedules(hsds.schedules),
    languages: (hsds.languages ?? [])
      .map((l) => optional({ name: plainInline(l.name), code: l.code?.trim() || undefined }))
      .filter((l) => l.name !== undefined || l.code !== undefined),
    costs: (hsds.cost_options ?? []).map((c) =>
      optional({
        option: plainInline(c.option),
        amount: c.amount,
        currency: c.currency?.trim() || undefined,
        description: plainInline(c.amount_description),
      }),
    ),
    areas: (hsds.service_areas ?? [])
      .map((area) => plainInline(area.name) ?? plainInline(area.description))
      .filter((area): area is string => area !== undefined),
    terms: (hsds.attributes ?? []).flatMap((attribute) => {
      const term = attribute.taxonomy_term;
      const name = plainInline(term?.name);
      return name ? [optional({ name, code: term?.code?.trim() || undefined, taxonomy: plainInline(term?.taxonomy) })] : [];
    }) as KaartService['terms'],
    needs: [...(helder.needs ?? [])],
    audience: [...(helder.audience ?? [])],
    source: sourceRefs(helder.source),
  };

  return Object.assign(
    service,
    optional({
      description: withFallback(helder.description, hsdsDescription),
      alternateName: plainInline(hsds.alternate_name),
      organization: organization && kaartOrganization(organization, hsds.organization ? `${path}/organization` : '', links),
      url: links.http(hsds.url, `${path}/url`),
      email: links.email(hsds.email, `${path}/email`),
      kernen: kernen(helder.kernen, options.kernen, `${path}/helder/kernen`, report),
      withoutReferral: helder.withoutReferral,
      free: helder.free ?? freeFromCosts(hsds.cost_options),
      reviewed: hsds.assured_date?.slice(0, 10),
    }),
  );
}

/** Normalises one HSDS service_at_location (at `options.path`): the place, its hours and phones. */
export function toLocation(sal: HsdsServiceAtLocation, options: ToServiceOptions = {}): KaartLocation {
  const at = options.path ?? '';
  const report = (problem: FeedProblem) => options.problems?.push(problem);
  const links = new Links(options.baseUrl, report);
  const location = sal.location ?? {};
  const salPhones = phones(sal.phones, `${at}/phones`, links);
  const placePhones = phones(location.phones, `${at}/location/phones`, links);
  return {
    virtual: location.location_type === 'virtual',
    addresses: (location.addresses ?? []).map((address) => ({
      lines: [address.address_1, address.address_2].map(plainInline).filter((line): line is string => !!line),
      ...optional({
        postalCode: plainInline(address.postal_code),
        city: plainInline(address.city),
        region: plainInline(address.region ?? address.state_province),
        country: plainInline(address.country),
        type: address.address_type,
      }),
    })),
    accessibility: (location.accessibility ?? [])
      .map((a) => [plain(a.description), plain(a.details)].filter(Boolean).join('\n\n'))
      .filter((a) => a !== ''),
    phones: [...salPhones, ...placePhones.filter((p) => !salPhones.some((q) => q.href === p.href))],
    // The hours of the service at this place go before the hours of the place itself.
    schedules: schedules(sal.schedules?.length ? sal.schedules : location.schedules),
    ...optional({
      id: location.id,
      name: plainInline(location.name),
      description: plain(location.description),
      url: links.http(location.url, `${at}/location/url`),
      coordinates: coordinates(location.latitude, location.longitude, `${at}/location`, report),
    }),
  };
}

/** Cleans links; every link left out is reported at its path. */
class Links {
  constructor(
    private readonly baseUrl: string | undefined,
    private readonly report: (problem: FeedProblem) => void,
  ) {}

  http(value: string | undefined, path: string): string | undefined {
    if (value === undefined || value.trim() === '') return undefined;
    const href = safeUrl(value, this.baseUrl);
    if (href && /^https?:/.test(href)) return href;
    this.report({ path, code: 'unsafe-link', params: { value } });
    return undefined;
  }

  email(value: string | undefined, path: string): KaartEmail | undefined {
    if (value === undefined || value.trim() === '') return undefined;
    const href = mailtoUrl(value);
    if (href) return { address: value.trim(), href };
    this.report({ path, code: 'not-email', params: { value } });
    return undefined;
  }

  phone(phone: HsdsPhone, path: string): KaartPhone | undefined {
    // HSDS's own example writes the number with quotes around it.
    const number = phone.number.trim().replace(/^["'“”]+|["'“”]+$/g, '').trim();
    const href = telUrl(number);
    if (!href) {
      this.report({ path: `${path}/number`, code: 'not-phone', params: { value: phone.number } });
      return undefined;
    }
    return {
      number,
      href,
      ...optional({
        extension: phone.extension,
        type: phone.type?.trim() || undefined,
        description: plain(phone.description),
      }),
    };
  }
}

function phones(list: readonly HsdsPhone[] | undefined, path: string, links: Links): KaartPhone[] {
  return (list ?? []).flatMap((phone, i) => links.phone(phone, `${path}/${i}`) ?? []);
}

function kaartOrganization(organization: HsdsOrganization, path: string, links: Links): KaartOrganization {
  return {
    name: plainInline(organization.name) ?? organization.name,
    ...optional({
      id: organization.id,
      description: plain(organization.description),
      website: links.http(organization.website, `${path}/website`),
      email: links.email(organization.email, `${path}/email`),
    }),
  };
}

function schedules(list: readonly HsdsSchedule[] | undefined): KaartSchedule[] {
  const keys = ['freq', 'interval', 'byday', 'bymonthday', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'dtstart', 'until', 'wkst'] as const;
  return (list ?? []).map((schedule) => {
    const copy: KaartSchedule = {};
    for (const key of keys) if (schedule[key] !== undefined) Object.assign(copy, { [key]: schedule[key] });
    const description = plain(schedule.description);
    return description ? { ...copy, description } : copy;
  });
}

function coordinates(
  latitude: number | undefined,
  longitude: number | undefined,
  path: string,
  report: (problem: FeedProblem) => void,
): KaartLocation['coordinates'] {
  if (latitude === undefined || longitude === undefined) return undefined;
  const limits = [['latitude', latitude, 90], ['longitude', longitude, 180]] as const;
  let onEarth = true;
  for (const [field, value, max] of limits) {
    if (value > max) report({ path: `${path}/${field}`, code: 'too-large', params: { max } });
    else if (value < -max) report({ path: `${path}/${field}`, code: 'too-small', params: { min: -max } });
    else continue;
    onEarth = false;
  }
  return onEarth ? { latitude, longitude } : undefined;
}

function kernen(
  value: HelderExtension['kernen'],
  known: readonly string[] | undefined,
  path: string,
  report: (problem: FeedProblem) => void,
): KaartService['kernen'] {
  if (value === undefined || value === ALL_KERNEN) return value;
  if (!known) return [...value];
  // A misspelt kern would hide the service from everyone who picks the right one.
  const kept = value.filter((kern, i) => {
    if (known.includes(kern)) return true;
    report({ path: `${path}/${i}`, code: 'enum', params: { value: kern, options: known.join(', ') } });
    return false;
  });
  return kept.length ? kept : undefined;
}

/** Free when every cost option costs nothing, not free when one costs something. */
function freeFromCosts(costs: HsdsService['cost_options']): boolean | undefined {
  const amounts = (costs ?? []).map((c) => c.amount).filter((a): a is number => a !== undefined);
  if (amounts.length === 0) return undefined;
  return amounts.every((a) => a === 0);
}

function sourceRefs(source: HelderExtension['source']): KaartSourceRef[] {
  if (source === undefined) return [];
  return (Array.isArray(source) ? source : [source]).map((ref) => (typeof ref === 'string' ? { file: ref } : { ...ref }));
}

/**
 * A level text with the HSDS text behind it: used as is when there is no level text, and as the
 * c1 (the original) when the level texts lack one.
 */
function withFallback(levels: LevelText | undefined, fallback: string | undefined): LevelText | undefined {
  if (levels === undefined || typeof levels === 'string') return levels ?? fallback;
  return fallback === undefined || levels.c1 !== undefined ? { ...levels } : ({ ...levels, c1: fallback } satisfies Partial<Record<Level, string>>);
}

function plain(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = stripMarkup(value);
  return text === '' ? undefined : text;
}

function plainInline(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = stripMarkupInline(value);
  return text === '' ? undefined : text;
}

/** The fields that have a value: the model has no `undefined` fields. */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

// ---------------------------------------------------------------------------------------------
// The whole feed.

/**
 * Turns any JSON value into a sociale kaart: the valid services, and a problem with a JSON path
 * for everything skipped or cleaned. Never throws.
 */
export function parseSocialeKaart(value: unknown, baseUrl?: string): SocialeKaartOutcome {
  const doc = asJson(value);
  const located = locateServices(doc);
  if (!located) return { ok: false, failure: { kind: 'wrong-kind', expected: 'sociale-kaart' }, problems: [] };

  const problems: KaartProblem[] = [];
  const feed: SocialeKaart = { shape: located.shape, services: [] };
  if (located.shape === 'helder' && isObject(doc)) {
    problems.push(...validateEnvelope(doc));
    const fine = (field: string) => doc[field] !== undefined && !problems.some((p) => p.path.startsWith(`/${field}`));
    if (fine('publisher')) feed.publisher = doc.publisher as SocialeKaart['publisher'];
    if (fine('updated')) feed.updated = doc.updated as string;
    if (fine('kernen')) feed.kernen = [...(doc.kernen as string[])];
  }
  if (located.paging) feed.paging = located.paging;

  let organization: HsdsOrganization | undefined;
  if (located.organization) {
    const found = validateOrganization(located.organization);
    if (found.length) problems.push(...found);
    else organization = located.organization as HsdsOrganization;
  }

  const context: ServiceContext = {
    seen: new Set(),
    ...optional({ baseUrl, organization, kernen: feed.kernen }),
  };
  const atLocations = located.shape === 'hsds-service-at-location-page';
  const byId = new Map<string, KaartService>();
  // Problems go into one list in feed order; validateItems' own list is not needed.
  validateItems<Record<string, unknown>>(
    located.list,
    located.path,
    (item, path) => {
      const found = atLocations
        ? validateServiceCore((item as Record<string, unknown>).service, `${path}/service`)
        : validateServiceCore(item, path);
      problems.push(...found);
      return found;
    },
    (item, path) => {
      if (atLocations) {
        addServiceAtLocation(item, path, problems, context, byId, feed.services);
        return undefined;
      }
      const service = checkService(item, path, problems, context);
      if (service) feed.services.push(service);
      return undefined;
    },
  );
  return { ok: true, feed, problems };
}

const validateServiceAtLocation = createValidator(serviceAtLocationSchema);

/** One entry of a /service_at_locations page: a new service, or one more place of a known one. */
function addServiceAtLocation(
  item: Record<string, unknown>,
  path: string,
  problems: KaartProblem[],
  context: ServiceContext,
  byId: Map<string, KaartService>,
  services: KaartService[],
): void {
  const { service, ...sal } = item as { service: Record<string, unknown> };
  const salProblems = validateServiceAtLocation(sal, path);
  problems.push(...salProblems);
  const location = salProblems.length
    ? undefined
    : toLocation(sal as HsdsServiceAtLocation, { ...context, path, problems });
  const known = byId.get(service.id as string);
  if (known) {
    if (location) known.locations.push(location);
    return;
  }
  const servicePath = `${path}/service`;
  const normalised = toService(cleanService(service, servicePath, problems), { ...context, path: servicePath, problems });
  if (location) normalised.locations.push(location);
  byId.set(normalised.id, normalised);
  services.push(normalised);
}

/**
 * A `data` property can hold what JSON cannot (undefined, functions, cycles): read it as the JSON
 * it would be sent as. (regelingen.ts has the same; the generic feed parser will own it.)
 */
function asJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
