import { describe, expect, it } from 'vitest';
import { KINDS, detectKind, kindNamed, registerKind, type RegisteredKind } from '../../src/core/kinds.js';
import type { FeedKind } from '../../src/core/feed-kind.js';
import type { JsonValue } from '../../src/core/json-value.js';
import { SCHEMAS } from '../../src/core/schemas/index.js';
import defaultData from '../../src/data/twenterand/regelingen.json';

/** A kind made of its declaration only, the way agenda and sociale-kaart are added. */
interface Dienst {
  id: string;
  name: string;
}
const requireNameAndId = (value: JsonValue, path: string) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.name === 'string' && typeof value.id === 'string'
    ? []
    : [{ path, code: 'required' as const, params: { field: 'name' } }];
const dienstenKind: FeedKind<Dienst, { services: Dienst[] }> = {
  name: 'diensten',
  locate: (doc) => (Array.isArray(doc) ? '' : doc && typeof doc === 'object' && 'contents' in doc ? 'contents' : 'services'),
  validateItem: requireNameAndId,
  idKey: 'id',
  build: (_envelope, services) => ({ services }),
};
const diensten = registerKind(dienstenKind, { listKeys: ['services', 'contents'], bareListFields: ['name', 'id'] });
const agendaLike = registerKind({ ...dienstenKind, name: 'agenda-achtig', locate: undefined, listKey: 'themes' }, { listKeys: ['themes'] });
// A registry of its own, so the registered kinds of the project may grow without changing these cases.
const kinds: RegisteredKind[] = [kindNamed('regelingen')!, diensten, agendaLike];

describe('the registry of kinds', () => {
  it('has regelingen, under the name its schema has', () => {
    expect(kindNamed('regelingen')?.name).toBe('regelingen');
    for (const kind of KINDS) expect(Object.keys(SCHEMAS)).toContain(kind.name);
    expect(new Set(KINDS.map((k) => k.name)).size).toBe(KINDS.length);
  });

  it('checks with parseFeed and says which items it kept', () => {
    const feed = structuredClone(defaultData) as { regelingen: Record<string, unknown>[] };
    delete feed.regelingen[1]!.title;
    feed.regelingen[3]!.id = feed.regelingen[0]!.id;
    const { outcome, kept } = kindNamed('regelingen')!.check(feed);
    expect(outcome.ok).toBe(true);
    const count = feed.regelingen.length;
    expect(kept).toEqual(Array.from({ length: count }, (_, i) => `/regelingen/${i}`).filter((p) => p !== '/regelingen/1' && p !== '/regelingen/3'));
    expect(outcome.problems.map((p) => p.path)).toEqual(['/regelingen/1/title', '/regelingen/3/id']);
  });

  it('keeps the kind’s own item check', () => {
    const feed = structuredClone(defaultData) as { regelingen: { eligibility?: { rule: unknown }[] }[] };
    feed.regelingen[0]!.eligibility![0]!.rule = { kapot: [1] };
    const { outcome, kept } = kindNamed('regelingen')!.check(feed);
    expect(kept).not.toContain('/regelingen/0');
    expect(outcome.problems[0]?.code).toBe('rule-unknown-operator');
  });

  it('gives the items’ place for every form of document', () => {
    expect(kindNamed('regelingen')!.listPath(defaultData)).toBe('/regelingen');
    expect(diensten.listPath([{ id: 'a', name: 'A' }])).toBe('');
    expect(diensten.listPath({ contents: [] })).toBe('/contents');
    expect(agendaLike.listPath({})).toBe('/themes');
  });

  it('a new kind is its declaration and one registration', () => {
    const { outcome, kept } = diensten.check([{ id: 'a', name: 'A' }, { id: 'b' }, { id: 'a', name: 'dubbel' }]);
    expect(outcome.ok).toBe(true);
    expect(kept).toEqual(['/0']);
    expect(outcome.problems.map((p) => [p.path, p.code])).toEqual([
      ['/1', 'required'],
      ['/2/id', 'duplicate-id'],
    ]);
  });
});

describe('detectKind', () => {
  it('reads the kind field first', () => {
    expect(detectKind({ kind: 'regelingen', themes: [] }, kinds)).toMatchObject({ ok: true, kind: { name: 'regelingen' } });
    expect(detectKind({ kind: 'diensten' }, kinds)).toMatchObject({ ok: true, kind: { name: 'diensten' } });
    expect(detectKind({ kind: 'vacatures', regelingen: [] }, kinds)).toEqual({ ok: false, reason: 'unknown-kind', name: 'vacatures' });
  });

  it('else finds the kind by its list', () => {
    const { kind: _kind, ...withoutKind } = defaultData;
    void _kind;
    expect(detectKind(withoutKind)).toMatchObject({ ok: true, kind: { name: 'regelingen' } });
    expect(detectKind({ themes: [] })).toMatchObject({ ok: true, kind: { name: 'agenda' } });
    expect(detectKind({ themes: [] }, kinds)).toMatchObject({ ok: true, kind: { name: 'agenda-achtig' } });
    expect(detectKind({ services: [] }, kinds)).toMatchObject({ ok: true, kind: { name: 'diensten' } });
    // An HSDS API page: the services are in `contents`.
    expect(detectKind({ total_items: 1, contents: [{ id: 'a', name: 'A' }] }, kinds)).toMatchObject({ ok: true, kind: { name: 'diensten' } });
    // A kind field that is no text says nothing; the list decides.
    expect(detectKind({ kind: 3, regelingen: [] }, kinds)).toMatchObject({ ok: true, kind: { name: 'regelingen' } });
  });

  it('a bare list by the fields of its objects', () => {
    expect(detectKind([{ id: 'a', name: 'A', description: '…' }], kinds)).toMatchObject({ ok: true, kind: { name: 'diensten' } });
    expect(detectKind([null, 3, { id: 'a', name: 'A' }], kinds)).toMatchObject({ ok: true, kind: { name: 'diensten' } });
    expect(detectKind([{ id: 'a' }], kinds)).toEqual({ ok: false, reason: 'not-detected' });
    expect(detectKind([], kinds)).toEqual({ ok: false, reason: 'not-detected' });
  });

  it('says when nothing fits, or more than one kind', () => {
    expect(detectKind({ regelingen: {} }, kinds)).toEqual({ ok: false, reason: 'not-detected' });
    expect(detectKind('tekst', kinds)).toEqual({ ok: false, reason: 'not-detected' });
    expect(detectKind(null, kinds)).toEqual({ ok: false, reason: 'not-detected' });
    expect(detectKind({ regelingen: [], themes: [] }, kinds)).toEqual({ ok: false, reason: 'ambiguous', names: ['regelingen', 'agenda-achtig'] });
  });

  it('never throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    expect(detectKind(hostile, kinds)).toEqual({ ok: false, reason: 'not-detected' });
  });
});
