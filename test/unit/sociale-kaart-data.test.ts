import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import type { AnySchema } from 'ajv';
import { parseSocialeKaart } from '../../src/core/sociale-kaart.js';
import { ALL_KERNEN, NEEDS, serviceSchema, socialeKaartSchema } from '../../src/core/schemas/sociale-kaart.js';
import defaultData from '../../src/data/twenterand/sociale-kaart.json';
import { expectLevel } from './readability-report.js';

type Json = Record<string, unknown>;
interface DataService {
  id: string;
  name: string;
  description: string;
  url?: string;
  organization?: { id: string; name: string; description: string };
  helder: {
    name: Record<string, string>;
    description: Record<string, string>;
    needs?: string[];
    kernen: string | string[];
    source: { file: string; section?: string }[];
  };
  [key: string]: unknown;
}

const shared = (path: string) => new URL(`../../../shared/${path}`, import.meta.url);
const readJson = (path: string): Json => JSON.parse(readFileSync(shared(path), 'utf8')) as Json;
const services = defaultData.services as DataService[];

/** HSDS's formats, checked as HSDS means them (Ajv ships none of its own). */
function withFormats<T extends Ajv>(ajv: T): T {
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv;
}

describe('the default data (src/data/twenterand/sociale-kaart.json)', () => {
  it('validates against Helder’s profile schema (checked by Ajv, apart from the widget’s own validator)', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(socialeKaartSchema as unknown as AnySchema);
    expect(validate(defaultData), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('parses without a single problem, every service kept', () => {
    const outcome = parseSocialeKaart(defaultData);
    if (!outcome.ok) throw new Error(outcome.failure.kind);
    expect(outcome.problems).toEqual([]);
    expect(outcome.feed.services).toHaveLength(services.length);
    expect(outcome.feed.kernen).toHaveLength(9);
  });

  it('has every service valid against HSDS 3.0’s full compiled service schema', () => {
    // The compiled schema carries Frictionless Data keywords (name, constraints, core, …) that are
    // not JSON Schema: Ajv is told to pass over them, not to ignore the real keywords.
    const hsds = withFormats(new Ajv({ allErrors: true, strict: false })).compile(readJson('hsds-3.0/schema-service.json'));
    const invalid = services
      .filter((service): boolean => !hsds(service))
      .map((service) => `${service.name}: ${JSON.stringify(hsds.errors)}`);
    expect(invalid).toEqual([]);
  }, 30_000); // compiling HSDS's large schema takes seconds on a busy machine

  it('has unique service ids, and one id per organisation', () => {
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    const organisations = new Map<string, string>();
    for (const { organization } of services) {
      if (!organization) continue;
      expect(organisations.get(organization.id) ?? organization.name, organization.id).toBe(organization.name);
      organisations.set(organization.id, organization.name);
    }
    const names = [...organisations.values()];
    expect(new Set(names).size).toBe(names.length);
  });

  it('names a seed document as the source of every service', () => {
    const seeds = new Set(readdirSync(shared('seeds')));
    for (const service of services) {
      expect(service.helder.source.length, service.name).toBeGreaterThan(0);
      for (const ref of service.helder.source) expect(seeds.has(ref.file), `${service.name}: ${ref.file}`).toBe(true);
    }
  });

  it('invents no contact details: no phones, addresses, hours or e-mail, and only links the seeds name', () => {
    const seedText = readdirSync(shared('seeds'))
      .map((file) => readFileSync(shared(`seeds/${file}`), 'utf8'))
      .join('\n')
      .toLowerCase();
    for (const service of services) {
      for (const field of ['phones', 'schedules', 'service_at_locations', 'email', 'contacts']) {
        expect(service, service.name).not.toHaveProperty(field);
      }
      if (service.url) expect(seedText, service.url).toContain(new URL(service.url).hostname.replace(/^www\./, ''));
    }
  });

  it('says which kernen every service is for: all of them, or kernen the document lists', () => {
    for (const service of services) {
      const { kernen } = service.helder;
      if (kernen === ALL_KERNEN) continue;
      expect(Array.isArray(kernen), service.name).toBe(true);
      for (const kern of kernen) expect(defaultData.kernen, service.name).toContain(kern);
    }
  });

  it('has the HSDS name and description equal to the B1 texts, and every level written', () => {
    for (const service of services) {
      expect(service.name).toBe(service.helder.name.b1);
      expect(service.description).toBe(service.helder.description.b1);
      for (const level of ['a2', 'b1', 'c1']) {
        expect(service.helder.name[level], `${service.name} name ${level}`).toBeTruthy();
        expect(service.helder.description[level], `${service.name} description ${level}`).toBeTruthy();
      }
    }
  });

  it('uses only needs from the taxonomy, and covers most of it', () => {
    const used = new Set(services.flatMap((s) => s.helder.needs ?? []));
    for (const need of used) expect(NEEDS as readonly string[]).toContain(need);
    expect(used.size).toBeGreaterThanOrEqual(NEEDS.length - 1);
  });
});

describe('readability of the default data', () => {
  const texts = services.flatMap((s) =>
    (['a2', 'b1'] as const).flatMap((level) => [
      { where: `${s.name} name`, level, text: s.helder.name[level]! },
      { where: `${s.name} description`, level, text: s.helder.description[level]! },
    ]),
  );
  const organisations = [...new Map(services.flatMap((s) => (s.organization ? [[s.organization.id, s.organization]] : []))).values()];
  const all = [...texts, ...organisations.map((o) => ({ where: `${o.name} (organisatie)`, level: 'b1' as const, text: o.description }))];

  it('finds the texts to check', () => {
    expect(texts.length).toBe(services.length * 4);
    expect(organisations.length).toBeGreaterThanOrEqual(20);
  });

  it.each(all.map((t) => [`${t.where} (${t.level})`, t] as const))('%s meets its level', (_name, { level, text }) => {
    expectLevel(text, level);
  });
});

describe('the Open Referral examples against Helder’s profile schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validateService = ajv.compile(serviceSchema as unknown as AnySchema);
  const validateDocument = ajv.compile(socialeKaartSchema as unknown as AnySchema);

  it('accepts service_full.json as a service, and inside Helder’s own document', () => {
    const full = readJson('hsds-3.0/service_full.json');
    expect(validateService(full), JSON.stringify(validateService.errors)).toBe(true);
    const document = { kind: 'sociale-kaart', publisher: { name: 'Open Referral' }, services: [full] };
    expect(validateDocument(document), JSON.stringify(validateDocument.errors)).toBe(true);
  });

  it('accepts every service of service_list.json and organization_full.json', () => {
    const list = readJson('hsds-3.0/service_list.json').contents as unknown[];
    const organisation = readJson('hsds-3.0/organization_full.json').services as unknown[];
    for (const item of [...list, ...organisation]) expect(validateService(item), JSON.stringify(validateService.errors)).toBe(true);
  });

  it('still rejects what the widget cannot read', () => {
    expect(validateService({ id: 'x' })).toBe(false);
    expect(validateService({ id: 'x', name: 'y', schedules: [{ freq: 'DAILY' }] })).toBe(false);
    expect(validateService({ id: 'x', name: 'y', helder: { needs: ['onbekend'] } })).toBe(false);
  });
});
