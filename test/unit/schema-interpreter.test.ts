import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { problemsFrom, schemaErrors, type Schema, type SchemaError } from '../../src/core/validate.js';
import { AGENDA_SCHEMAS, KAART_SCHEMAS, REGELINGEN_SCHEMAS } from '../../src/core/schemas/shipped.js';
import * as regelingen from '../../src/generated/regelingen-schemas.js';
import * as agenda from '../../src/generated/agenda-schemas.js';
import * as kaart from '../../src/generated/sociale-kaart-schemas.js';
import { ajvErrors, createAjv } from './ajv-reference.js';
import { prng } from './prng.js';

/**
 * The interpreter against Ajv, schema by schema: the default feeds' parts, the Open Referral
 * examples and thousands of seeded mutations of them (wrong types, empty texts, unknown and
 * missing fields, duplicates, numbers out of range, odd keys) must be valid for both or give
 * the same problems. The seed is fixed, so a failure names a case that can be replayed.
 */

type Json = unknown;
const readJson = (path: string): Json => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const twenterand = (name: string) => readJson(`../../src/data/twenterand/${name}.json`) as Record<string, Json[]> & Record<string, Json>;
const hsds = (name: string) => readJson(`../../../shared/hsds-3.0/${name}.json`) as Record<string, Json>;

const reg = twenterand('regelingen');
const ag = twenterand('agenda');
const sk = twenterand('sociale-kaart');
const goals = (ag.themes as { goals: { actions: Json[] }[] }[]).flatMap((theme) => theme.goals);
const { contents: hsdsPage, ...hsdsEnvelope } = hsds('service_list') as { contents: Json[] };
const hsdsOrganization = hsds('organization_full') as { services: Json[] };

/** Each shipped schema with values that fit it (or nearly: the Open Referral examples). */
const CASES: [module: Record<string, Schema>, sources: Record<string, object>, name: string, values: Json[]][] = [
  [regelingen, REGELINGEN_SCHEMAS, 'regelingenEnvelope', [{ ...reg, regelingen: undefined }]],
  [regelingen, REGELINGEN_SCHEMAS, 'regelingenItem', reg.regelingen!],
  [agenda, AGENDA_SCHEMAS, 'agendaEnvelope', [{ ...ag, themes: undefined, partners: [], indicators: [] }]],
  [agenda, AGENDA_SCHEMAS, 'agendaTheme', (ag.themes as object[]).map((theme) => ({ ...theme, challenges: [], goals: [] }))],
  [agenda, AGENDA_SCHEMAS, 'agendaChallenge', (ag.themes as { challenges: Json[] }[]).flatMap((t) => t.challenges)],
  [agenda, AGENDA_SCHEMAS, 'agendaGoal', goals],
  [agenda, AGENDA_SCHEMAS, 'agendaAction', goals.flatMap((goal) => goal.actions).slice(0, 60)],
  [agenda, AGENDA_SCHEMAS, 'agendaPartner', ag.partners!],
  [agenda, AGENDA_SCHEMAS, 'agendaIndicator', ag.indicators!],
  [kaart, KAART_SCHEMAS, 'kaartEnvelope', [{ ...sk, services: undefined }]],
  [kaart, KAART_SCHEMAS, 'kaartService', [...sk.services!, hsds('service_full'), ...hsdsPage, ...hsdsOrganization.services]],
  [kaart, KAART_SCHEMAS, 'kaartServiceCore', (sk.services as { id: Json; name: Json }[]).slice(0, 5).map(({ id, name }) => ({ id, name }))],
  [kaart, KAART_SCHEMAS, 'kaartPage', [hsdsEnvelope]],
  [kaart, KAART_SCHEMAS, 'kaartOrganization', [{ ...hsdsOrganization, services: undefined }, ...(sk.services as { organization: Json }[]).slice(0, 10).map((s) => s.organization)]],
  [kaart, KAART_SCHEMAS, 'kaartEntryCore', (sk.services as { id: Json; name: Json }[]).slice(0, 5).map(({ id, name }) => ({ service: { id, name } }))],
  [
    kaart,
    KAART_SCHEMAS,
    'kaartServiceAtLocation',
    [
      ...(hsds('service_at_location_list').contents as Json[]),
      ...(sk.services as { service_at_locations?: Json[] }[]).flatMap((service) => service.service_at_locations ?? []).slice(0, 10),
      ...(hsds('service_full').service_at_locations as Json[]),
    ],
  ],
];


const ODD_VALUES: Json[] = [
  null, 0, -1, 1.5, 2.5e9, Infinity, true, false, '', ' ', 'x', 'ZZ', '2024-13-45', '25:00', 'alle', 'a/b~c',
  [], [''], ['x', 'x'], [1, 2], {}, { a2: '' }, { b1: 'Tekst.' }, { file: '' }, { x: 1 }, '\uD800',
];
const ODD_KEYS = ['x', 'constructor', '__proto__', 'a/b', '~', 'A2', ''];

/** A copy of `value` with one to three seeded changes somewhere inside it. */
function mutate(value: Json, random: ReturnType<typeof prng>): Json {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const odd = () => structuredClone(random.pick(ODD_VALUES));
  for (let n = 1 + random.int(3); n > 0; n--) {
    const places: Json[] = [];
    const collect = (node: Json) => {
      if (node !== null && typeof node === 'object') {
        places.push(node);
        Object.values(node).forEach(collect);
      }
    };
    collect(copy);
    if (places.length === 0) return odd();
    const place = random.pick(places) as Record<string, Json> | Json[];
    const keys = Object.keys(place);
    const key = keys.length ? random.pick(keys) : '0';
    switch (random.int(5)) {
      case 0:
        if (Array.isArray(place)) place.splice(Number(key), 1);
        else delete place[key];
        break;
      case 1:
        if (Array.isArray(place)) place.push(structuredClone(place[Number(key)]) ?? odd());
        else Object.defineProperty(place, random.pick(ODD_KEYS), { value: odd(), enumerable: true, configurable: true, writable: true });
        break;
      default:
        (place as Record<string, Json>)[key] = odd();
    }
  }
  return copy;
}

const sorted = (errors: readonly SchemaError[]) =>
  problemsFrom(errors, '')
    .map((problem) => JSON.stringify(problem))
    .sort();

describe('the schema interpreter agrees with Ajv', () => {
  const ajv = createAjv();
  const MUTATIONS = 40;

  for (const [module, sources, name, values] of CASES) {
    it(`${name}: ${values.length} values and ${values.length * MUTATIONS} seeded mutations`, () => {
      const { $schema: _s, $id: _i, ...source } = sources[name] as Record<string, unknown>;
      void _s;
      void _i;
      const reference = ajvErrors(ajv, source);
      const schema = module[name]!;
      const random = prng(20261130 + name.length);
      let invalid = 0;
      for (const [i, value] of values.entries()) {
        const clean = JSON.parse(JSON.stringify(value)) as Json;
        expect(sorted(schemaErrors(schema, clean)), `${name}[${i}]`).toEqual(sorted(reference(clean)));
        for (let m = 0; m < MUTATIONS; m++) {
          const changed = mutate(clean, random);
          const expected = sorted(reference(changed));
          if (expected.length > 0) invalid++;
          expect(sorted(schemaErrors(schema, changed)), `${name}[${i}] mutation ${m}: ${JSON.stringify(changed).slice(0, 300)}`).toEqual(expected);
        }
      }
      // The mutations must reach the schema: many of them break something.
      expect(invalid).toBeGreaterThan((values.length * MUTATIONS) / 5);
    });
  }

  it('gives the same keywords, value paths and params as Ajv', () => {
    const schema = kaart.kaartService;
    const { $schema: _s, $id: _i, ...source } = KAART_SCHEMAS.kaartService as Record<string, unknown>;
    void _s;
    void _i;
    const broken = { id: 5, name: '', phones: [{ number: 3 }, {}], helder: { needs: ['geldzorgen', 'geldzorgen', 'x'], free: 'ja' } };
    const shape = (errors: readonly SchemaError[]) => errors.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort();
    expect(shape(schemaErrors(schema, broken))).toEqual(shape(ajvErrors(createAjv(), source)(broken)));
    expect(shape(schemaErrors(schema, broken))).toContain('/phones/1 required {"missingProperty":"number"}');
  });
});
