import { describe, it, expect } from 'vitest';
import { distanceKm, findPlace, originOf, sortByNearness, type PlaceTable } from '../../src/core/distance.js';
import { parseSocialeKaart, servesKern, type KaartService } from '../../src/core/sociale-kaart.js';
import { KERNEN_TABLE as table } from '../../src/data/twenterand/kernen.js';
import defaultData from '../../src/data/twenterand/sociale-kaart.json';

const places: PlaceTable = table;
const kernen = defaultData.kernen;

describe('distanceKm', () => {
  it('is 111.2 km for one degree of latitude, and 0 for the same place', () => {
    expect(distanceKm({ latitude: 52, longitude: 6.5 }, { latitude: 53, longitude: 6.5 })).toBeCloseTo(111.19, 1);
    expect(distanceKm({ latitude: 52.46, longitude: 6.57 }, { latitude: 52.46, longitude: 6.57 })).toBe(0);
  });

  it('shrinks a degree of longitude with the latitude (cos 52.4° ≈ 0.61)', () => {
    const km = distanceKm({ latitude: 52.4, longitude: 6 }, { latitude: 52.4, longitude: 7 });
    expect(km).toBeGreaterThan(67.5);
    expect(km).toBeLessThan(68);
  });

  it('is symmetric', () => {
    const a = { latitude: 52.41, longitude: 6.63 };
    const b = { latitude: 52.47, longitude: 6.49 };
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });
});

describe('the table of kernen (bij benadering)', () => {
  it('names its source and says it is approximate', () => {
    expect(table.precision).toBe('bij benadering');
    expect(table.source).toMatch(/Wikipedia/);
    expect(table.source).toMatch(/afgerond/);
  });

  it('holds only kernen of the sociale kaart, inside Twenterand, with 4-digit postcodes of Twenterand (7670–7684)', () => {
    for (const place of table.kernen) {
      expect(kernen).toContain(place.name);
      expect(place.latitude).toBeGreaterThan(52.3);
      expect(place.latitude).toBeLessThan(52.6);
      expect(place.longitude).toBeGreaterThan(6.4);
      expect(place.longitude).toBeLessThan(6.8);
      for (const code of place.postcodes) expect(Number(code)).toBeGreaterThanOrEqual(7670);
      for (const code of place.postcodes) expect(Number(code)).toBeLessThanOrEqual(7684);
      expect(place.postcodes.every((code) => /^\d{4}$/.test(code))).toBe(true);
    }
    const codes = table.kernen.flatMap((p) => p.postcodes);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('puts Vroomshoop between Den Ham and Vriezenveen, a few km from each', () => {
    const at = (kern: string) => originOf(kern, places).coordinates!;
    const vroomshoopDenHam = distanceKm(at('Vroomshoop'), at('Den Ham'));
    const vroomshoopVriezenveen = distanceKm(at('Vroomshoop'), at('Vriezenveen'));
    expect(vroomshoopDenHam).toBeGreaterThan(3);
    expect(vroomshoopDenHam).toBeLessThan(8);
    expect(vroomshoopVriezenveen).toBeGreaterThan(4);
    expect(vroomshoopVriezenveen).toBeLessThan(10);
    expect(distanceKm(at('Den Ham'), at('Vriezenveen'))).toBeGreaterThan(Math.max(vroomshoopDenHam, vroomshoopVriezenveen));
  });
});

describe('findPlace: a kern or a 4-digit postcode', () => {
  it('finds a kern in any case, with its centre when the table has it', () => {
    expect(findPlace('vroomshoop', kernen, places)).toEqual({ ok: true, via: 'kern', origin: { kern: 'Vroomshoop', coordinates: { latitude: 52.46, longitude: 6.57 } } });
    expect(findPlace(' Den Ham ', kernen, places)).toMatchObject({ ok: true, origin: { kern: 'Den Ham' } });
  });

  it('finds a kern without coordinates: the choice still works, without distances', () => {
    expect(findPlace('Geerdijk', kernen, places)).toEqual({ ok: true, via: 'kern', origin: { kern: 'Geerdijk' } });
  });

  it('reads a postcode by its 4 digits, with or without letters', () => {
    for (const input of ['7681', '7681AB', '7681 ab']) {
      expect(findPlace(input, kernen, places)).toMatchObject({ ok: true, via: 'postcode', origin: { kern: 'Vroomshoop' } });
    }
    expect(findPlace('7671', kernen, places)).toMatchObject({ ok: true, origin: { kern: 'Vriezenveen' } });
  });

  it('says so for a postcode or kern it does not know, or for nothing at all', () => {
    expect(findPlace('1012', kernen, places)).toEqual({ ok: false, reason: 'unknown-postcode' });
    expect(findPlace('7684', kernen, places)).toEqual({ ok: false, reason: 'unknown-postcode' });
    expect(findPlace('Almelo', kernen, places)).toEqual({ ok: false, reason: 'unknown-kern' });
    expect(findPlace('  ', kernen, places)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('sortByNearness', () => {
  const outcome = parseSocialeKaart([
    { id: 'ver', name: 'Ver weg', service_at_locations: [{ location: { latitude: 52.41, longitude: 6.63 } }] },
    { id: 'dichtbij', name: 'Dichtbij', service_at_locations: [{ location: { latitude: 52.461, longitude: 6.571 } }] },
    { id: 'twee', name: 'Twee plekken', service_at_locations: [{ location: { latitude: 52.6, longitude: 6.9 } }, { location: { latitude: 52.47, longitude: 6.56 } }] },
    { id: 'zonder-b', name: 'Bibliotheek', helder: { kernen: ['Vroomshoop'] } },
    { id: 'zonder-a', name: 'Algemeen', helder: { kernen: 'alle' } },
    { id: 'elders', name: 'Aan huis', helder: { kernen: ['Den Ham'] } },
    { id: 'adres', name: 'Zonder kernen', service_at_locations: [{ location: { addresses: [{ city: 'Vroomshoop' }] } }] },
  ]);
  if (!outcome.ok) throw new Error('fixture does not parse');
  const services = outcome.feed.services;
  const options = {
    coordinates: (s: KaartService) => s.locations.flatMap((l) => (l.coordinates ? [l.coordinates] : [])),
    serves: servesKern,
    name: (s: KaartService) => String(s.name),
  };

  it('puts services with a known distance first, nearest first, measured to their nearest place', () => {
    const sorted = sortByNearness(services, originOf('Vroomshoop', places), options);
    expect(sorted.map((r) => r.item.id)).toEqual(['dichtbij', 'twee', 'ver', 'zonder-a', 'zonder-b', 'adres', 'elders']);
    expect(sorted[0]!.km).toBeLessThan(0.5);
    expect(sorted[1]!.km).toBeLessThan(2);
    expect(sorted[2]!.km).toBeGreaterThan(5);
  });

  it('never gives a distance to a service without coordinates: those for the kern come first, then by name', () => {
    const rest = sortByNearness(services, originOf('Vroomshoop', places), options).filter((r) => r.km === undefined);
    expect(rest.map((r) => [r.item.id, r.serves])).toEqual([
      ['zonder-a', true],
      ['zonder-b', true],
      ['adres', true],
      ['elders', false],
    ]);
  });

  it('sorts by kern and name alone when the kern has no centre in the table', () => {
    const sorted = sortByNearness(services, originOf('Geerdijk', places), options);
    expect(sorted.every((r) => r.km === undefined)).toBe(true);
    expect(sorted[0]!.item.id).toBe('zonder-a'); // the only one for Geerdijk: it is for every kern
  });
});
