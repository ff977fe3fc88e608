// Generated sociale-kaart data, for the benchmark and for the browser tests' local HSDS endpoint
// (web-test-runner.config.mjs). Deterministic: the same count and seed give the same services.
// The texts are the Twenterand services' own (so search behaves as with real data); names carry
// a number, and places, coordinates and opening hours are made up: this is test data, never data
// for residents.
import { readFileSync } from 'node:fs';

const source = JSON.parse(readFileSync(new URL('../src/data/twenterand/sociale-kaart.json', import.meta.url), 'utf8'));

/** Roughly where the places are (see src/data/twenterand/kernen.ts). */
const CENTRES = [
  ['Vriezenveen', 52.41, 6.63],
  ['Vroomshoop', 52.46, 6.57],
  ['Den Ham', 52.47, 6.49],
];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const LANGUAGES = [
  ['Nederlands', 'nl'],
  ['Engels', 'en'],
  ['Oekraïens', 'uk'],
  ['Arabisch', 'ar'],
  ['Turks', 'tr'],
];

/** A small seeded random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` HSDS services with Helder's extension, numbered from 1. */
export function generateServices(count, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const services = [];
  for (let i = 1; i <= count; i++) {
    const base = source.services[(i - 1) % source.services.length];
    const [kern, lat, lon] = pick(CENTRES);
    const open = 8 + Math.floor(next() * 3);
    const service = {
      ...base,
      id: `test-${i}`,
      status: 'active',
      name: `${base.name} ${i}`,
      helder: {
        ...base.helder,
        name: Object.fromEntries(Object.entries(base.helder.name).map(([level, text]) => [level, `${text} ${i}`])),
        kernen: next() < 0.5 ? 'alle' : [kern],
        ...(next() < 0.4 ? { withoutReferral: true } : {}),
        ...(next() < 0.3 ? { free: true } : {}),
      },
      languages: [LANGUAGES[0], ...(next() < 0.3 ? [pick(LANGUAGES.slice(1))] : [])].map(([name, code]) => ({ name, code })),
      service_at_locations: [
        {
          id: `test-${i}-plek`,
          location: {
            id: `plek-${i}`,
            name: `Testlocatie ${i}`,
            latitude: Math.round((lat + (next() - 0.5) * 0.04) * 1e4) / 1e4,
            longitude: Math.round((lon + (next() - 0.5) * 0.06) * 1e4) / 1e4,
            addresses: [{ address_1: `Teststraat ${i}`, city: kern, country: 'NL' }],
          },
        },
      ],
      ...(next() < 0.6
        ? {
            schedules: [
              {
                freq: 'WEEKLY',
                byday: DAYS.filter(() => next() < 0.7).join(',') || 'MO',
                opens_at: `${String(open).padStart(2, '0')}:00`,
                closes_at: `${String(open + 4 + Math.floor(next() * 5)).padStart(2, '0')}:00`,
              },
            ],
          }
        : {}),
    };
    services.push(service);
  }
  return services;
}

/** Helder's own document around generated services. */
export function generateDocument(count, seed = 1) {
  return { kind: 'sociale-kaart', publisher: { name: 'Testgegevens' }, updated: source.updated, kernen: source.kernen, services: generateServices(count, seed) };
}

const lower = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const textsOf = (service) =>
  lower([service.name, service.description, ...Object.values(service.helder?.name ?? {}), ...Object.values(service.helder?.description ?? {}), service.organization?.name ?? ''].join(' '));

/**
 * One page of an HSDS `/services` response: `search` (every word must occur in a text), the
 * Helder filters `need`, `kern`, `audience`, `without_referral`, `free`, `language`, HSDS's
 * `organization_id`, then `page` (from 1) and `per_page` (at most 100).
 */
export function servicesPage(services, params) {
  const words = lower(params.get('search') ?? '').split(/\s+/).filter(Boolean);
  const need = params.get('need');
  const kern = params.get('kern');
  const audience = params.get('audience');
  const language = params.get('language');
  const organization = params.get('organization_id');
  const matching = services.filter((s) => {
    if (need && !(s.helder?.needs ?? []).includes(need)) return false;
    if (kern && s.helder?.kernen !== 'alle' && !(s.helder?.kernen ?? []).includes(kern)) return false;
    if (audience && !(s.helder?.audience ?? []).includes(audience)) return false;
    if (params.get('without_referral') === 'true' && s.helder?.withoutReferral !== true) return false;
    if (params.get('free') === 'true' && s.helder?.free !== true) return false;
    if (language && !(s.languages ?? []).some((l) => l.code === language)) return false;
    if (organization && s.organization?.id !== organization) return false;
    if (words.length) {
      const text = textsOf(s);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
  const size = Math.min(Math.max(Number.parseInt(params.get('per_page') ?? '', 10) || 20, 1), 100);
  const totalPages = Math.max(1, Math.ceil(matching.length / size));
  const page = Math.min(Math.max(Number.parseInt(params.get('page') ?? '', 10) || 1, 1), totalPages);
  const contents = matching.slice((page - 1) * size, page * size);
  return {
    total_items: matching.length,
    total_pages: totalPages,
    page_number: page,
    size,
    first_page: page === 1,
    last_page: page === totalPages,
    empty: contents.length === 0,
    contents,
  };
}
