import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main.js';
import { parseArgs } from '../../src/cli/args.js';
import { MAX_PROBLEMS } from '../../src/core/feed.js';
import { KINDS } from '../../src/core/kinds.js';

/** helder-check: main() with its output caught, and the built command as a partner's CI runs it. */

const ROOT = new URL('../../', import.meta.url);
const DEFAULT_FEED = new URL('src/data/twenterand/regelingen.json', ROOT).pathname;
const defaultText = readFileSync(DEFAULT_FEED, 'utf8');
type Feed = { kind?: string; regelingen: Record<string, unknown>[] } & Record<string, unknown>;
const feed = (): Feed => JSON.parse(defaultText) as Feed;

/** Files by name, with the read errors Node gives. */
function io(files: Record<string, string> = {}, extra: Partial<Io> = {}): Io & { out: string; err: string } {
  const result = {
    out: '',
    err: '',
    stdout: (text: string) => void (result.out += text),
    stderr: (text: string) => void (result.err += text),
    readFile: async (path: string) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    ...extra,
  };
  return result;
}

interface JsonOutput {
  ok: boolean;
  exitCode: number;
  strict: boolean;
  files: {
    input: string;
    error?: { reason: string; message: string };
    kind?: string;
    kindFrom?: string;
    items?: number;
    kept?: number;
    problems: { path: string; code: string; params?: Record<string, unknown>; message: string }[];
    problemCount: number;
    texts: number;
    readability: { item: string; id?: string; level: string; path: string; code: string; values: Record<string, unknown>; message: string }[];
    exitCode: number;
  }[];
}

const broken = (): Feed => {
  const data = feed();
  delete data.regelingen[1]!.title;
  (data.regelingen[2]!.apply as Record<string, unknown>).url = 'javascript:alert(1)';
  return data;
};

/** A B1 text that misses its level: one sentence of 23 words. */
const LONG_B1 = 'Met deze regeling krijgt u geld van de gemeente waarmee u kunt meedoen aan sport, cultuur en andere activiteiten in uw eigen buurt.';
/** The registered kinds, as the CLI names them. */
const KNOWN = KINDS.map((kind) => kind.name).join(', ');

/** How many regelingen the default data has. */
const ITEMS = feed().regelingen.length;

const hardToRead = (): Feed => {
  const data = feed();
  (data.regelingen[3]!.summary as Record<string, string>).b1 = LONG_B1;
  return data;
};

describe('helder-check arguments', () => {
  it('reads options in both forms and keeps the inputs in order', () => {
    expect(parseArgs(['a.json', '--kind', 'regelingen', '--json', 'b.json', '--strict', '--timeout=500'])).toEqual({
      ok: true,
      options: { inputs: ['a.json', 'b.json'], kind: 'regelingen', json: true, strict: true, timeoutMs: 500, help: false },
    });
    expect(parseArgs(['--', '--raar.json'])).toMatchObject({ ok: true, options: { inputs: ['--raar.json'] } });
  });

  it('refuses what it does not know', () => {
    expect(parseArgs([])).toMatchObject({ ok: false });
    expect(parseArgs(['a.json', '--kind'])).toEqual({ ok: false, error: '--kind heeft een waarde nodig.' });
    expect(parseArgs(['a.json', '--verbose'])).toEqual({ ok: false, error: 'Onbekende optie --verbose.' });
    expect(parseArgs(['a.json', '--timeout', 'lang'])).toMatchObject({ ok: false });
  });
});

describe('helder-check main()', () => {
  it('passes the default data, strict too', async () => {
    const out = io({ 'regelingen.json': defaultText });
    expect(await main(['regelingen.json', '--strict'], out)).toBe(0);
    expect(out.err).toBe('');
    expect(out.out).toContain('Soort: regelingen (volgens het veld "kind").');
    expect(out.out).toContain('Geen fouten.');
    expect(out.out).toMatch(/Leesbaarheid: \d+ teksten op A2 en B1 gecontroleerd; alle halen hun niveau\./);
  });

  it('prints each problem with its JSON path and a plain Dutch reason, and exits with 1', async () => {
    const out = io({ 'feed.json': JSON.stringify(broken()) });
    expect(await main(['feed.json'], out)).toBe(1);
    expect(out.out).toContain('/regelingen/1/title: Het veld "title" ontbreekt.');
    expect(out.out).toContain('/regelingen/2/apply/url: De link "javascript:alert(1)" is weggelaten');
    expect(out.out).toContain(`${ITEMS} onderdelen: ${ITEMS - 1} in orde, 1 overgeslagen.`);
    expect(out.out).toContain('2 fouten:');
    expect(out.err).toBe('');
  });

  it('finds the kind by the list when the feed has no kind field', async () => {
    const data = feed();
    delete data.kind;
    const out = io({ 'feed.json': JSON.stringify(data) });
    expect(await main(['feed.json'], out)).toBe(0);
    expect(out.out).toContain('Soort: regelingen (herkend aan de lijst).');
  });

  it('reports texts that miss their level per item and level; they fail only with --strict', async () => {
    const files = { 'feed.json': JSON.stringify(hardToRead()) };
    const relaxed = io(files);
    expect(await main(['feed.json'], relaxed)).toBe(0);
    expect(relaxed.out).toContain('Leesbaarheid: 1 van');
    expect(relaxed.out).toContain('/regelingen/3 (studietoeslag)');
    expect(relaxed.out).toContain('B1 /regelingen/3/summary/b1');
    expect(relaxed.out).toContain(`Zin van 23 woorden; op B1 zijn het er hoogstens 12: "${LONG_B1}"`);
    const strict = io(files);
    expect(await main(['feed.json', '--strict'], strict)).toBe(1);
    expect(strict.out).toContain('telt als fout door --strict');
  });

  it('checks the texts of the envelope too, and not those of skipped items', async () => {
    const data = hardToRead();
    (data.norms as Record<string, Record<string, string>>).limitNote!.a2 = LONG_B1;
    delete data.regelingen[3]!.categories;
    const out = io({ 'feed.json': JSON.stringify(data) });
    await main(['feed.json', '--json'], out);
    const report = (JSON.parse(out.out) as JsonOutput).files[0]!;
    expect(new Set(report.readability.map((r) => `${r.item} ${r.level} ${r.path}`))).toEqual(new Set(['/norms a2 /norms/limitNote/a2']));
  });

  it('--json prints the same as values', async () => {
    const out = io({ 'feed.json': JSON.stringify(broken()), 'hard.json': JSON.stringify(hardToRead()) });
    expect(await main(['feed.json', 'hard.json', '--json', '--strict'], out)).toBe(1);
    const json = JSON.parse(out.out) as JsonOutput;
    expect(json).toMatchObject({ ok: false, exitCode: 1, strict: true });
    expect(json.files.map((f) => [f.input, f.kind, f.items, f.kept, f.exitCode])).toEqual([
      ['feed.json', 'regelingen', ITEMS, ITEMS - 1, 1],
      ['hard.json', 'regelingen', ITEMS, ITEMS, 1],
    ]);
    expect(json.files[0]!.problems).toContainEqual({ path: '/regelingen/1/title', code: 'required', params: { field: 'title' }, message: 'Het veld "title" ontbreekt.' });
    expect(json.files[0]!.problemCount).toBe(2);
    expect(json.files[1]!.readability[0]).toEqual({
      item: '/regelingen/3',
      id: 'studietoeslag',
      level: 'b1',
      path: '/regelingen/3/summary/b1',
      code: 'sentence-too-long',
      values: { words: 23, max: 12, sentence: LONG_B1 },
      message: `Zin van 23 woorden; op B1 zijn het er hoogstens 12: "${LONG_B1}"`,
    });
    expect(json.files[1]!.texts).toBeGreaterThan(100);
    expect(out.err).toBe('');
  });

  it('says how many problems there are beyond the first 100', async () => {
    const data = feed();
    data.regelingen = Array.from({ length: 150 }, (_, i) => ({ id: `r-${i}` }));
    const out = io({ 'feed.json': JSON.stringify(data) });
    expect(await main(['feed.json'], out)).toBe(1);
    const problems = 150 * 4; // title, summary, categories, source
    expect(out.out).toContain(`${problems} fouten:`);
    expect(out.out).toContain(`… en nog ${problems - MAX_PROBLEMS} fouten.`);
  });

  it.each([
    ['not JSON', '{"regelingen": [', 'De feed is geen geldige JSON'],
    ['empty', '  \n', 'De feed is leeg.'],
    ['of an unknown kind', '{"kind": "vacatures", "vacatures": []}', `De feed noemt de soort "vacatures", maar die is onbekend. Bekend zijn: ${KNOWN}.`],
    ['of no kind at all', '{"items": []}', `De soort feed is niet te herkennen. Kies er een met --kind (${KNOWN}).`],
    ['a list where an object belongs', '[1, 2]', 'De soort feed is niet te herkennen.'],
  ])('exits with 2 and one line on stderr for a file that is %s', async (_name, text, message) => {
    const out = io({ 'feed.json': text });
    expect(await main(['feed.json'], out)).toBe(2);
    expect(out.err.split('\n')).toHaveLength(2); // one line and its newline
    expect(out.err).toContain(`helder-check: feed.json: ${message}`);
    expect(out.out).toBe('');
  });

  it('exits with 2 for a file that cannot be read, and --json says why', async () => {
    const out = io();
    expect(await main(['weg.json', '--json'], out)).toBe(2);
    expect(out.err).toBe('helder-check: weg.json: Dit bestand bestaat niet.\n');
    expect(JSON.parse(out.out)).toMatchObject({ ok: false, exitCode: 2, files: [{ input: 'weg.json', error: { reason: 'unreadable', message: 'Dit bestand bestaat niet.' } }] });
  });

  it.each([
    ['EACCES', 'Geen toestemming om dit bestand te lezen.'],
    ['EISDIR', 'Dit is een map, geen bestand.'],
    ['EIO', 'Dit bestand kan niet worden gelezen (EIO).'],
  ])('says what a read error %s means', async (code, message) => {
    const out = io({}, { readFile: () => Promise.reject(Object.assign(new Error(`${code}: kapot`), { code })) });
    expect(await main(['feed.json'], out)).toBe(2);
    expect(out.err).toBe(`helder-check: feed.json: ${message}\n`);
  });

  it('takes --kind, and exits with 2 when the feed is of another kind or the kind is unknown', async () => {
    const files = { 'feed.json': defaultText };
    expect(await main(['feed.json', '--kind', 'regelingen'], io(files))).toBe(0);
    const other = io({ 'feed.json': JSON.stringify({ ...feed(), kind: 'agenda' }) });
    expect(await main(['feed.json', '--kind', 'regelingen'], other)).toBe(2);
    expect(other.err).toContain('Dit is geen feed van de soort "regelingen".');
    const unknown = io(files);
    expect(await main(['feed.json', '--kind', 'vacatures'], unknown)).toBe(2);
    expect(unknown.err).toContain(`Onbekende soort "vacatures". Bekend zijn: ${KNOWN}.`);
  });

  it('exits with the worst code of all inputs', async () => {
    const out = io({ 'goed.json': defaultText, 'fout.json': JSON.stringify(broken()) });
    expect(await main(['goed.json', 'fout.json'], out)).toBe(1);
    expect(out.out).toContain('1 van 2 feeds is niet in orde.');
    expect(await main(['goed.json', 'fout.json', 'weg.json'], io({ 'goed.json': defaultText, 'fout.json': '{}' }))).toBe(2);
  });

  it('exits with 2 for a bad command line, 0 for --help', async () => {
    const bad = io();
    expect(await main(['--kind'], bad)).toBe(2);
    expect(bad.err).toBe('helder-check: --kind heeft een waarde nodig. Zie helder-check --help.\n');
    const help = io();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out).toContain('Gebruik: helder-check');
  });
});

describe('helder-check on a URL', () => {
  let server: Server;
  let base: string;
  const hard = JSON.stringify(hardToRead());
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed.json') response.writeHead(200, { 'content-type': 'application/json' }).end(defaultText);
      else if (request.url === '/hard.json') response.writeHead(200, { 'content-type': 'application/json' }).end(hard);
      else if (request.url === '/relative.json') {
        const data = feed();
        (data.regelingen[0]!.apply as Record<string, unknown>).url = '/aanvragen';
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      } else if (request.url === '/slow.json') setTimeout(() => response.writeHead(200).end(defaultText), 2000);
      else if (request.url === '/page.html') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Oeps</title>');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches and checks a feed, with relative links resolved against its URL', async () => {
    const good = io({}, { fetch });
    expect(await main([`${base}/feed.json`, `${base}/relative.json`, '--strict'], good)).toBe(0);
    expect(good.err).toBe('');
    expect(good.out).toContain(`${base}/feed.json\n  Soort: regelingen`);
    const hardOut = io({}, { fetch });
    expect(await main([`${base}/hard.json`, '--strict'], hardOut)).toBe(1);
  });

  it('exits with 2 for a 404, a page that is not JSON, and a timeout', async () => {
    const missing = io({}, { fetch });
    expect(await main([`${base}/weg.json`], missing)).toBe(2);
    expect(missing.err).toBe(`helder-check: ${base}/weg.json: De server gaf foutcode 404 voor ${base}/weg.json.\n`);
    const page = io({}, { fetch });
    expect(await main([`${base}/page.html`], page)).toBe(2);
    expect(page.err).toContain('De feed is geen geldige JSON');
    const slow = io({}, { fetch });
    expect(await main([`${base}/slow.json`, '--timeout', '200'], slow)).toBe(2);
    expect(slow.err).toContain('gaf na 0,2 seconden geen antwoord.');
  });
});

describe('the built command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'helder-check-'));
  const cli = join(dir, 'helder-check.js');
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs', cli], { cwd: ROOT });
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken()));
    writeFileSync(join(dir, 'not.json'), 'dit is geen json');
    mkdirSync(join(dir, 'feeds'));
    writeFileSync(join(dir, 'feeds', 'a.json'), defaultText);
    writeFileSync(join(dir, 'feeds', 'b.json'), defaultText);
    writeFileSync(join(dir, 'locked.json'), defaultText);
    chmodSync(join(dir, 'locked.json'), 0o000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('starts with a shebang, so npx and the bin field can run it', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('passes the default data with --strict', () => {
    const result = run(DEFAULT_FEED, '--strict');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Geen fouten.');
  });

  it('exits with 1 on a broken feed, with the paths in its output', () => {
    const result = run(join(dir, 'broken.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('/regelingen/1/title: Het veld "title" ontbreekt.');
  });

  it('exits with 2 and one line, no stack trace, for a file that is not JSON or cannot be read', () => {
    const cases: [string, string][] = [
      ['not.json', 'De feed is geen geldige JSON'],
      ['weg.json', 'Dit bestand bestaat niet.'],
    ];
    // Root reads any file, whatever its mode.
    if (process.getuid?.() !== 0) cases.push(['locked.json', 'Geen toestemming om dit bestand te lezen.']);
    for (const [file, message] of cases) {
      const result = run(join(dir, file));
      expect(result.status, file).toBe(2);
      expect(result.stdout, file).toBe('');
      expect(result.stderr.trimEnd().split('\n'), file).toHaveLength(1);
      expect(result.stderr, file).toContain(message);
      expect(result.stderr, file).not.toMatch(/\n\s+at /);
    }
  });

  it('checks every .json file in a folder', () => {
    const result = run(join(dir, 'feeds'), '--json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as JsonOutput;
    expect(json.files.map((f) => f.input)).toEqual([join(dir, 'feeds', 'a.json'), join(dir, 'feeds', 'b.json')]);
  });
});

describe('the guide docs/een-feed-schrijven.md', () => {
  it('shows what helder-check really prints (counts aside, they follow the data)', async () => {
    const guide = readFileSync(new URL('docs/een-feed-schrijven.md', ROOT), 'utf8');
    const sample = /```text\n(regelingen\.json\n[\s\S]*?)```/.exec(guide)?.[1];
    expect(sample).toBeDefined();
    const data = broken();
    (data.regelingen[3]!.summary as Record<string, string>).b1 = 'Met deze regeling krijgt u elk jaar geld van de gemeente voor uw studie.';
    const out = io({ 'regelingen.json': JSON.stringify(data) });
    expect(await main(['regelingen.json'], out)).toBe(1);
    const counts = (text: string) => text.replace(/\d+ onderdelen: \d+ in orde/, 'N onderdelen: N in orde').replace(/van \d+ teksten/, 'van N teksten');
    expect(counts(out.out)).toBe(counts(sample!));
  });
});
