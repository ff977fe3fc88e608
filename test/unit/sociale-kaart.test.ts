import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { locateServices, parseSocialeKaart, toService, type SocialeKaart } from '../../src/core/sociale-kaart.js';
import type { FeedProblem } from '../../src/core/problems.js';
import { openingState } from '../../src/core/opening-hours.js';
import { weekTable } from '../../src/core/week-table.js';
import type { HsdsService } from '../../src/core/schemas/sociale-kaart.js';
import { SCHEMAS } from '../../src/core/schemas/index.js';
import { SCHEMA_BASE } from '../../src/core/schemas/common.js';

type Json = Record<string, unknown>;

/** The Open Referral examples, read unchanged from shared/ beside the repository. */
const example = (file: string): Json =>
  JSON.parse(readFileSync(new URL(`../../../shared/hsds-3.0/${file}`, import.meta.url), 'utf8')) as Json;

function parseOk(value: unknown, baseUrl?: string): { feed: SocialeKaart; problems: FeedProblem[] } {
  const outcome = parseSocialeKaart(value, baseUrl);
  if (!outcome.ok) throw new Error(`expected a sociale kaart, got ${outcome.failure.kind}`);
  return { feed: outcome.feed, problems: outcome.problems };
}

const service = (over: Json = {}): Json => ({ id: 's1', name: 'Taalcafé', status: 'active', ...over });
const helderDoc = (services: unknown[], over: Json = {}): Json => ({
  kind: 'sociale-kaart',
  publisher: { name: 'Gemeente Test' },
  updated: '2026-11-30',
  services,
  ...over,
});
const paths = (problems: FeedProblem[]) => problems.map((p) => p.path);

describe('locateServices: the three accepted shapes, and two more HSDS ones', () => {
  it('finds the services of an HSDS /services page, with its paging', () => {
    expect(locateServices(example('service_list.json'))).toEqual({ shape: 'hsds-page', key: 'contents' });
    const { feed } = parseOk(example('service_list.json'));
    expect(feed.paging).toEqual({ total_items: 10, total_pages: 10, page_number: 1, size: 1, first_page: true, last_page: false });
  });

  it('takes a plain array as a list of services at the root', () => {
    expect(locateServices([example('service_full.json')])).toEqual({ shape: 'hsds-list', key: '' });
    expect(locateServices([])).toEqual({ shape: 'hsds-list', key: '' });
  });

  it('finds the services of Helder’s own document', () => {
    expect(locateServices(helderDoc([service()]))).toEqual({ shape: 'helder', key: 'services' });
    // Without kind and publisher it is still ours, as long as it is no HSDS organization.
    expect(locateServices({ services: [] })).toMatchObject({ shape: 'helder' });
  });

  it('reads an HSDS organization with its services', () => {
    expect(locateServices(example('organization_full.json'))).toEqual({ shape: 'hsds-organization', key: 'services' });
  });

  it('reads an HSDS /service_at_locations page', () => {
    expect(locateServices(example('service_at_location_list.json'))).toMatchObject({ shape: 'hsds-service-at-location-page' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'services'],
    ['a number', 3],
    ['an empty object', {}],
    ['a regelingen feed', { kind: 'regelingen', publisher: { name: 'x' }, regelingen: [] }],
    ['another kind with services', { kind: 'agenda', services: [] }],
    ['services that are no list', { services: {} }],
    ['contents that are no list', { contents: 'x', total_items: 0 }],
  ])('finds none in %s', (_name, value) => {
    expect(locateServices(value)).toBeUndefined();
  });
});

describe('parseSocialeKaart: the Open Referral examples, unchanged', () => {
  it('reads service_list.json (a /services page)', () => {
    const { feed, problems } = parseOk(example('service_list.json'));
    expect(problems).toEqual([]);
    expect(feed.paging).toMatchObject({ total_items: 10, page_number: 1 });
    const [first] = feed.services;
    expect(feed.services).toHaveLength(1);
    expect(first).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Community Counselling',
      alternateName: 'MyCity Counselling Services',
      status: 'active',
      url: 'http://example.com/counselling',
      email: { address: 'email@example.com', href: 'mailto:email@example.com' },
      reviewed: '2005-01-01',
      organization: {
        id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        name: 'Example Organization Inc.',
        website: 'http://example.com/',
        email: { href: 'mailto:email@example.com' },
      },
    });
    // The trailing space of the HSDS description is tidied away.
    expect(first?.description).toMatch(/^Counselling Services provided by trained professionals\..*circumstances\.$/);
  });

  it('reads service_full.json as a one-element array: phones, schedules, places, languages, costs', () => {
    const { feed, problems } = parseOk([example('service_full.json')]);
    const [full] = feed.services;
    expect(feed).not.toHaveProperty('paging');
    expect(full?.name).toBe('Community Counselling');
    expect(full?.organization?.name).toBe('Example Organization Inc.');
    // HSDS's example puts quotes inside the number; the link and the shown number lose them.
    expect(full?.phones).toEqual([
      {
        number: '+44 1234 234567',
        href: 'tel:+441234234567',
        extension: 100,
        type: 'voice',
        description: expect.stringMatching(/^Our main reception phone number\./) as unknown as string,
      },
    ]);
    expect(full?.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00', valid_to: '2005-01-01' }),
    ]);
    expect(full?.schedules[0]?.description).toMatch(/^The service is available from 10 am to 6pm weekdays\./);
    expect(full?.languages).toEqual([{ name: 'Urdu', code: 'ur' }]);
    expect(full?.costs).toEqual([{ option: 'Under 18s and Over 60s', amount: 35, currency: 'gbp', description: 'per 1 hour session' }]);
    expect(full?.free).toBe(false);
    expect(full?.areas).toHaveLength(1);
    expect(full?.terms).toEqual([{ name: 'name', code: 'code', taxonomy: 'taxonomy' }]);

    const [place] = full?.locations ?? [];
    expect(place).toMatchObject({
      id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
      name: 'MyCity Civic Center',
      virtual: false,
      addresses: [{ lines: ['1-30 Main Street', 'MyVillage'], postalCode: 'ABC 1234', city: 'MyCity', region: 'MyRegion', country: 'US', type: 'postal' }],
    });
    expect(place?.accessibility[0]).toMatch(/induction loops/);
    expect(place?.schedules).toHaveLength(1);
    expect(place?.phones).toHaveLength(1);
    // Latitude 100 is not on Earth: no coordinates, and the editor is told why.
    expect(place?.coordinates).toBeUndefined();
    expect(problems).toEqual([{ path: '/0/service_at_locations/0/location/latitude', code: 'too-large', params: { max: 90 } }]);
    // Its only schedule ended in 2005: the widget shows no opening state.
    expect(openingState(full?.schedules)).toBeUndefined();
    expect(weekTable(full?.schedules)).toBeUndefined();
  });

  it('reads service_full.json inside Helder’s own document', () => {
    const { feed, problems } = parseOk(helderDoc([example('service_full.json')]));
    expect(feed).toMatchObject({ publisher: { name: 'Gemeente Test' }, updated: '2026-11-30' });
    expect(feed.services[0]).toMatchObject({ name: 'Community Counselling', organization: { name: 'Example Organization Inc.' } });
    expect(feed.services[0]?.phones[0]?.href).toBe('tel:+441234234567');
    expect(paths(problems)).toEqual(['/services/0/service_at_locations/0/location/latitude']);
  });

  it('reads organization_full.json: its services inherit the organization', () => {
    const { feed } = parseOk(example('organization_full.json'));
    expect(feed.services.map((s) => s.name)).toEqual(['Community Counselling']);
    expect(feed.services[0]?.organization).toMatchObject({ id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.' });
  });

  it('reads service_at_location_list.json: the service with its place', () => {
    const { feed, problems } = parseOk(example('service_at_location_list.json'));
    expect(feed.services.map((s) => s.name)).toEqual(['Community Counselling']);
    expect(feed.services[0]?.locations.map((l) => l.name)).toEqual(['MyCity Civic Center']);
    expect(feed.paging?.total_items).toBe(10);
    expect(paths(problems)).toEqual(['/contents/0/location/latitude']);
  });

  it('joins the places of one service on a /service_at_locations page', () => {
    const page = {
      contents: [
        { id: 'a', location: { id: 'l1', name: 'Bibliotheek Vroomshoop' }, service: { id: 's1', name: 'Taalcafé' } },
        { id: 'b', location: { id: 'l2', name: 'Bibliotheek Vriezenveen' }, service: { id: 's1', name: 'Taalcafé' } },
        { id: 'c', service: { id: 's2', name: 'Inloop' } },
      ],
    };
    const { feed, problems } = parseOk(page);
    expect(problems).toEqual([]);
    expect(feed.services.map((s) => [s.id, s.locations.map((l) => l.name)])).toEqual([
      ['s1', ['Bibliotheek Vroomshoop', 'Bibliotheek Vriezenveen']],
      ['s2', [undefined]],
    ]);
  });
});

describe('parseSocialeKaart: what is wrong is skipped or left out, and reported', () => {
  it('fails on a document of the wrong kind, and never throws', () => {
    for (const value of [null, undefined, 'x', { kind: 'regelingen', regelingen: [] }, { a: 1 }]) {
      expect(parseSocialeKaart(value)).toEqual({ ok: false, failure: { kind: 'wrong-kind', expected: 'sociale-kaart' }, problems: [], problemCount: 0 });
    }
  });

  it('drops a field JSON cannot hold (a cycle) and still shows the services', () => {
    const cyclic: Json = { services: [service()] };
    cyclic.self = cyclic;
    const { feed, problems } = parseOk(cyclic);
    expect(feed.services).toHaveLength(1);
    // The cycle is found where it closes.
    expect(paths(problems)).toEqual(['/self/self']);
  });

  it('skips a service without an id or name, and keeps the others', () => {
    const { feed, problems } = parseOk([service({ id: 'ok' }), { name: 'Geen id' }, service({ id: 'leeg', name: '' }), 'tekst']);
    expect(feed.services.map((s) => s.id)).toEqual(['ok']);
    expect(paths(problems)).toEqual(['/1/id', '/2/name', '/3']);
  });

  it('skips a repeated id', () => {
    const { feed, problems } = parseOk([service({ id: 'a' }), service({ id: 'a', name: 'Tweede' })]);
    expect(feed.services).toHaveLength(1);
    expect(problems).toEqual([{ path: '/1/id', code: 'duplicate-id', params: { id: 'a' } }]);
  });

  it('drops a broken part and keeps the service', () => {
    const { feed, problems } = parseOk([
      service({
        status: 'open', // not an HSDS status
        phones: [{ number: '0546 123 456' }, { description: 'zonder nummer' }],
        schedules: 'elke dag',
        languages: [{ name: 'Nederlands', code: 'nl' }],
        organization: { description: 'zonder naam' },
      }),
    ]);
    const [kept] = feed.services;
    expect(kept?.status).toBe('active');
    expect(kept?.phones.map((p) => p.href)).toEqual(['tel:0546123456']);
    expect(kept?.schedules).toEqual([]);
    expect(kept?.languages).toEqual([{ name: 'Nederlands', code: 'nl' }]);
    expect(kept?.organization).toBeUndefined();
    // In the feed's order of fields.
    expect(paths(problems)).toEqual(['/0/status', '/0/phones/1/number', '/0/schedules', '/0/organization/name']);
  });

  it('drops a schedule HSDS would not accept, and keeps the good ones', () => {
    const { feed, problems } = parseOk([
      service({
        schedules: [
          { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '12:00' },
          { freq: 'DAILY', opens_at: '09:00', closes_at: '12:00' },
          { freq: 'WEEKLY', byday: 'maandag', opens_at: '9 uur', closes_at: '12:00' },
        ],
      }),
    ]);
    expect(feed.services[0]?.schedules).toHaveLength(1);
    expect(paths(problems)).toEqual(['/0/schedules/1/freq', '/0/schedules/2/byday', '/0/schedules/2/opens_at']);
  });

  it('keeps only http(s), mailto and tel links', () => {
    const { feed, problems } = parseOk([
      service({
        url: 'javascript:alert(1)',
        email: 'geen adres',
        phones: [{ number: 'bel ons' }],
        organization: { name: 'Org', website: 'data:text/html,x', email: 'info@example.nl' },
        service_at_locations: [{ location: { name: 'Online', location_type: 'virtual', url: 'ftp://example.nl' } }],
      }),
    ]);
    const [kept] = feed.services;
    expect(kept).not.toHaveProperty('url');
    expect(kept).not.toHaveProperty('email');
    expect(kept?.phones).toEqual([]);
    expect(kept?.organization).toEqual({ name: 'Org', email: { address: 'info@example.nl', href: 'mailto:info@example.nl' } });
    expect(kept?.locations[0]).toMatchObject({ name: 'Online', virtual: true });
    expect(kept?.locations[0]).not.toHaveProperty('url');
    expect(problems.map((p) => `${p.path} ${p.code}`).sort()).toEqual([
      '/0/email not-email',
      '/0/organization/website unsafe-link',
      '/0/phones/0/number not-phone',
      '/0/service_at_locations/0/location/url unsafe-link',
      '/0/url unsafe-link',
    ]);
  });

  it('resolves a relative link against the feed’s address', () => {
    const { feed } = parseOk([service({ url: '/hulp/taalcafe' })], 'https://www.twenterand.nl/feeds/kaart.json');
    expect(feed.services[0]?.url).toBe('https://www.twenterand.nl/hulp/taalcafe');
  });

  it('strips markup from HSDS texts and never keeps it', () => {
    const { feed } = parseOk([
      service({
        name: '<b>Taal</b>caf&eacute;',
        description: '<p>Elke week.</p><ul><li>gratis</li><li>zonder afspraak</li></ul><script>x()</script>',
        organization: { name: 'Bibliotheek', description: '**Samen** lezen' },
      }),
    ]);
    expect(feed.services[0]?.name).toBe('Taalcafé');
    expect(feed.services[0]?.description).toBe('Elke week.\n\n- gratis\n- zonder afspraak');
    expect(feed.services[0]?.organization?.description).toBe('Samen lezen');
  });

  it('checks each extension field on its own', () => {
    const { feed, problems } = parseOk(
      helderDoc(
        [
          service({
            helder: {
              name: { a2: 'Praten', b1: 'Taalcafé' },
              needs: ['taal-en-digitale-vaardigheden', 'onbekend'],
              kernen: ['Vroomshoop', 'Atlantis'],
              audience: ['nieuwkomers'],
              free: 'ja',
              extra: 1,
            },
          }),
        ],
        { kernen: ['Vroomshoop', 'Den Ham'] },
      ),
    );
    const [kept] = feed.services;
    expect(kept?.name).toEqual({ a2: 'Praten', b1: 'Taalcafé', c1: 'Taalcafé' });
    expect(kept?.needs).toEqual([]); // the whole list goes when one need is unknown
    expect(kept?.kernen).toEqual(['Vroomshoop']);
    expect(kept?.audience).toEqual(['nieuwkomers']);
    expect(kept).not.toHaveProperty('free');
    // The schema's problems in the feed's order, then the kernen (checked against the feed's list).
    expect(paths(problems)).toEqual([
      '/services/0/helder/needs/1',
      '/services/0/helder/free',
      '/services/0/helder/extra',
      '/services/0/helder/kernen/1',
    ]);
    expect(problems.at(-1)).toEqual({ path: '/services/0/helder/kernen/1', code: 'enum', params: { value: 'Atlantis', options: 'Vroomshoop, Den Ham' } });
  });

  it('reports a broken envelope and still shows the services', () => {
    const { feed, problems } = parseOk(helderDoc([service()], { publisher: { url: 'x' }, updated: 'gisteren', extra: true }));
    expect(feed.services).toHaveLength(1);
    expect(feed).not.toHaveProperty('publisher');
    expect(feed).not.toHaveProperty('updated');
    expect(paths(problems)).toEqual(expect.arrayContaining(['/publisher/name', '/updated', '/extra']));
  });

  it('checks the paging fields of an HSDS page, and keeps the good ones', () => {
    const { feed, problems } = parseOk({ total_items: -1, page_number: 2, size: '20', per_page: 20, contents: [service()] });
    expect(feed.paging).toEqual({ page_number: 2, size: 20 });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/total_items too-small', '/size type']);
  });

  it('checks the organization of an HSDS organization document, field by field', () => {
    const { feed, problems } = parseOk({ id: 'o1', name: 'Bibliotheek', website: 'javascript:alert(1)', email: 'info@bieb.nl', services: [service()] });
    expect(feed.services[0]?.organization).toEqual({ id: 'o1', name: 'Bibliotheek', email: { address: 'info@bieb.nl', href: 'mailto:info@bieb.nl' } });
    expect(problems).toEqual([{ path: '/website', code: 'unsafe-link', params: { value: 'javascript:alert(1)' } }]);
  });

  it('drops a broken part of a /service_at_locations entry: of the place, or of its service', () => {
    const page = {
      contents: [
        {
          id: 'a',
          location: { name: 'Bibliotheek', latitude: 'noord' },
          phones: [{ number: '0546 123 456' }, { number: 'geen' }],
          service: { id: 's1', name: 'Taalcafé', status: 'gesloten', url: 'ftp://x.nl' },
        },
        { id: 'b', service: { id: 's2' } },
      ],
    };
    const { feed, problems } = parseOk(page);
    expect(feed.services.map((s) => s.id)).toEqual(['s1']);
    const [taalcafe] = feed.services;
    expect(taalcafe).toMatchObject({ status: 'active', locations: [{ phones: [{ href: 'tel:0546123456' }] }] });
    // A latitude that is no number takes the location with it; the entry's phones stay.
    expect(taalcafe?.locations[0]).not.toHaveProperty('name');
    expect(taalcafe).not.toHaveProperty('url');
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      '/contents/0/service/status enum',
      '/contents/0/location/latitude type',
      '/contents/0/phones/1/number not-phone',
      '/contents/0/service/url unsafe-link',
      '/contents/1/service/name required',
    ]);
  });

  it('never changes the value it parsed, so it can be parsed again with the same outcome', () => {
    const doc = helderDoc([service({ url: 'javascript:x', status: 'open', helder: { kernen: ['Nergens'] } })], { kernen: ['Vroomshoop'] });
    const before = JSON.stringify(doc);
    const first = parseSocialeKaart(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(parseSocialeKaart(doc)).toEqual(first);
  });
});

describe('toService: the model', () => {
  const hsds = (over: Json = {}) => service(over) as HsdsService;

  it('uses the HSDS name and description when there are no level texts', () => {
    const model = toService(hsds({ description: 'Gezellig *praten*.' }));
    expect(model.name).toBe('Taalcafé');
    expect(model.description).toBe('Gezellig praten.');
    expect(model).toMatchObject({ needs: [], audience: [], source: [], phones: [], locations: [] });
    expect(model).not.toHaveProperty('kernen');
  });

  it('prefers level texts, with the HSDS text as the original (c1) when that level is missing', () => {
    const model = toService(hsds({ description: 'Origineel.', helder: { description: { a2: 'Kort.', b1: 'Iets langer.' } } }));
    expect(model.description).toEqual({ a2: 'Kort.', b1: 'Iets langer.', c1: 'Origineel.' });
    const own = toService(hsds({ description: 'Origineel.', helder: { description: { b1: 'B1.', c1: 'Eigen c1.' } } }));
    expect(own.description).toEqual({ b1: 'B1.', c1: 'Eigen c1.' });
    expect(toService(hsds({ helder: { name: 'Altijd zo' } })).name).toBe('Altijd zo');
  });

  it('passes the extension values on', () => {
    const model = toService(
      hsds({
        assured_date: '2026-11-30T10:00:00Z',
        helder: {
          needs: ['mantelzorg'],
          audience: ['mantelzorgers'],
          kernen: 'alle',
          withoutReferral: true,
          free: true,
          source: ['a.txt', { file: 'b.txt', section: '1.2' }],
        },
      }),
    );
    expect(model).toMatchObject({
      needs: ['mantelzorg'],
      audience: ['mantelzorgers'],
      kernen: 'alle',
      withoutReferral: true,
      free: true,
      reviewed: '2026-11-30',
      source: [{ file: 'a.txt' }, { file: 'b.txt', section: '1.2' }],
    });
  });

  it('derives "free" from HSDS cost options when the extension does not say', () => {
    expect(toService(hsds({ cost_options: [{ amount: 0 }] })).free).toBe(true);
    expect(toService(hsds({ cost_options: [{ amount: 0 }, { amount: 2.5 }] })).free).toBe(false);
    expect(toService(hsds({ cost_options: [{ option: 'op aanvraag' }] }))).not.toHaveProperty('free');
    expect(toService(hsds({ cost_options: [{ amount: 3 }], helder: { free: true } })).free).toBe(true);
  });

  it('gives services with the same needs, audience, kernen or languages one shared, frozen list', () => {
    const same = { helder: { needs: ['geldzorgen'], audience: ['ouders'], kernen: ['Vroomshoop'] }, languages: [{ name: 'Nederlands', code: 'nl' }] };
    const outcome = parseSocialeKaart([service({ id: 'a', ...same }), service({ id: 'b', ...same }), service({ id: 'c', helder: { needs: ['werk'] } })]);
    if (!outcome.ok) throw new Error('not parsed');
    const [a, b, c] = outcome.feed.services;
    for (const key of ['needs', 'audience', 'kernen', 'languages'] as const) expect(a![key], key).toBe(b![key]);
    expect(a!.needs).toEqual(['geldzorgen']);
    expect(c!.needs).toEqual(['werk']);
    expect(b!.languages).toEqual([{ name: 'Nederlands', code: 'nl' }]);
    expect(Object.isFrozen(a!.needs)).toBe(true);
  });

  it('keeps coordinates that are on Earth', () => {
    const model = toService(hsds({ service_at_locations: [{ location: { latitude: 52.47, longitude: 6.58 } }] }));
    expect(model.locations[0]?.coordinates).toEqual({ latitude: 52.47, longitude: 6.58 });
  });
});

describe('the published schema', () => {
  it('is registered for the build as sociale-kaart', () => {
    expect(SCHEMAS['sociale-kaart'].$id).toBe(`${SCHEMA_BASE}sociale-kaart.schema.json`);
    expect(JSON.parse(JSON.stringify(SCHEMAS['sociale-kaart']))).toEqual(SCHEMAS['sociale-kaart']);
  });
});
