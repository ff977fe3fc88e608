/**
 * What helder-check finds in one feed, as values and Dutch sentences. The validation is the
 * widgets' own (parseFeed through the registry of kinds), the problem sentences are the widgets'
 * own (problemMessage); only the readability sentences are the check's.
 */
import { failureMessage, problemMessage } from '../components/shared/messages.js';
import { fetchFeedText, parseJson } from '../core/feed.js';
import { isObject, pointerSegment, resolvePointer } from '../core/json-value.js';
import { KINDS, detectKind, kindNamed, type RegisteredKind } from '../core/kinds.js';
import type { FeedFailure, FeedProblem, ProblemParams } from '../core/problems.js';
import { checkLevel, type ReadabilityProblem } from '../core/readability.js';

/** How the check reads its input; the Node entry passes the real ones, tests their own. */
export interface Reader {
  /** A file's text; rejects with an error that has a Node `code` (ENOENT, EACCES, …). */
  readFile(path: string): Promise<string>;
  fetch?: typeof fetch;
}

export interface CheckOptions {
  kind?: string;
  strict: boolean;
  baseUrl?: string;
  timeoutMs?: number;
}

export interface ProblemReport {
  path: string;
  code: string;
  params?: ProblemParams;
  message: string;
}

/** One A2 or B1 text that misses its level's target. */
export interface ReadabilityReport {
  /** The item (or envelope field) the text is in: "/regelingen/2", "/norms". */
  item: string;
  /** The item's id, when its kind has one. */
  id?: string;
  level: 'a2' | 'b1';
  /** The text itself: "/regelingen/2/summary/b1". */
  path: string;
  code: ReadabilityProblem['code'];
  /** words, max and sentence for a long sentence; score and min for a low score. */
  values: Record<string, string | number>;
  message: string;
}

export interface FileReport {
  input: string;
  /** Why the input could not be checked at all (exit code 2); nothing else is then set. */
  error?: { reason: string; message: string };
  kind?: string;
  /** How the kind was found. */
  kindFrom?: 'option' | 'kind-field' | 'list';
  items?: number;
  kept?: number;
  problems: ProblemReport[];
  /** All problems, also those beyond the first 100 listed. */
  problemCount: number;
  /** How many A2 and B1 texts were checked. */
  texts: number;
  readability: ReadabilityReport[];
  /** 0 in order, 1 problems (or readability with --strict), 2 could not be checked. */
  exitCode: 0 | 1 | 2;
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function failed(input: string, reason: string, message: string): FileReport {
  return { input, error: { reason, message: oneLine(message) }, problems: [], problemCount: 0, texts: 0, readability: [], exitCode: 2 };
}

/** A file's read error in plain words. */
function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'Dit bestand bestaat niet.';
    case 'EACCES':
    case 'EPERM':
      return 'Geen toestemming om dit bestand te lezen.';
    case 'EISDIR':
      return 'Dit is een map, geen bestand.';
    default:
      return `Dit bestand kan niet worden gelezen (${typeof code === 'string' ? code : String(error)}).`;
  }
}

const failureText = (failure: FeedFailure): string => failureMessage(failure, 'nl');

/** The input's text, or why there is none. */
async function readInput(input: string, reader: Reader, options: CheckOptions): Promise<{ ok: true; text: string } | { ok: false; report: FileReport }> {
  if (isUrl(input)) {
    const fetched = await fetchFeedText(input, {
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(reader.fetch ? { fetch: reader.fetch } : {}),
    });
    return fetched.ok ? fetched : { ok: false, report: failed(input, fetched.failure.kind, failureText(fetched.failure)) };
  }
  try {
    return { ok: true, text: await reader.readFile(input) };
  } catch (error) {
    return { ok: false, report: failed(input, 'unreadable', readError(error)) };
  }
}

const names = (kinds: readonly RegisteredKind[]): string => kinds.map((k) => k.name).join(', ');

/** Checks one file or URL. Never throws for anything the input holds. */
export async function checkInput(input: string, reader: Reader, options: CheckOptions): Promise<FileReport> {
  const read = await readInput(input, reader, options);
  if (!read.ok) return read.report;
  const parsed = parseJson(read.text, isUrl(input) ? input : undefined);
  if (!parsed.ok) return failed(input, parsed.failure.kind, failureText(parsed.failure));
  const doc = parsed.value;

  let kind: RegisteredKind;
  let kindFrom: FileReport['kindFrom'];
  if (options.kind !== undefined) {
    const named = kindNamed(options.kind);
    if (!named) return failed(input, 'unknown-kind', `Onbekende soort "${options.kind}". Bekend zijn: ${names(KINDS)}.`);
    kind = named;
    kindFrom = 'option';
  } else {
    const detected = detectKind(doc);
    if (!detected.ok) {
      const message =
        detected.reason === 'unknown-kind'
          ? `De feed noemt de soort "${detected.name}", maar die is onbekend. Bekend zijn: ${names(KINDS)}.`
          : detected.reason === 'ambiguous'
            ? `De soort feed is niet duidelijk: ${detected.names.join(' of ')}. Kies er een met --kind.`
            : `De soort feed is niet te herkennen. Kies er een met --kind (${names(KINDS)}).`;
      return failed(input, detected.reason, message);
    }
    kind = detected.kind;
    kindFrom = typeof (doc as { kind?: unknown }).kind === 'string' ? 'kind-field' : 'list';
  }

  const baseUrl = options.baseUrl ?? (isUrl(input) ? input : undefined);
  const { outcome, kept } = kind.check(doc, baseUrl === undefined ? {} : { baseUrl });
  if (!outcome.ok) return failed(input, outcome.failure.kind, failureText(outcome.failure));

  const listPath = kind.listPath(doc) ?? '';
  const list = resolvePointer(doc, listPath);
  const problems = outcome.problems.map((problem: FeedProblem) => ({ ...problem, message: problemMessage(problem) }));
  const { texts, readability } = readabilityOf(doc, listPath, kept, kind.idKey);
  const failedReadability = options.strict && readability.length > 0;
  return {
    input,
    kind: kind.name,
    kindFrom,
    items: Array.isArray(list) ? list.length : 0,
    kept: kept.length,
    problems,
    problemCount: outcome.problemCount,
    texts,
    readability,
    exitCode: outcome.problemCount > 0 || failedReadability ? 1 : 0,
  };
}

// --- Readability ------------------------------------------------------------------------------

const LEVELS = ['a2', 'b1', 'c1'];

/** A level text: an object with only a2, b1 and c1 (what levelTextSchema allows). */
const isLevelText = (value: Record<string, unknown>): boolean => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LEVELS.includes(key));
};

/** Every A2 and B1 text under `value`, with its JSON Pointer. */
function levelTexts(value: unknown, path: string, out: { path: string; level: 'a2' | 'b1'; text: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((child, index) => levelTexts(child, `${path}/${index}`, out));
    return;
  }
  if (!isObject(value)) return;
  if (isLevelText(value)) {
    for (const level of ['a2', 'b1'] as const) {
      const text = value[level];
      if (typeof text === 'string') out.push({ path: `${path}/${level}`, level, text });
    }
    return;
  }
  for (const [key, child] of Object.entries(value)) levelTexts(child, `${path}/${pointerSegment(key)}`, out);
}

export function readabilityMessage(problem: ReadabilityProblem): string {
  const level = problem.level.toUpperCase();
  switch (problem.code) {
    case 'sentence-too-long':
      return `Zin van ${problem.words} woorden; op ${level} zijn het er hoogstens ${problem.max}: "${problem.sentence}"`;
    case 'score-too-low':
      return `Flesch-Douma-score ${problem.score}; op ${level} is dat minstens ${problem.min}. Kortere zinnen en kortere woorden helpen.`;
  }
}

function valuesOf(problem: ReadabilityProblem): Record<string, string | number> {
  return problem.code === 'sentence-too-long'
    ? { words: problem.words, max: problem.max, sentence: problem.sentence }
    : { score: problem.score, min: problem.min };
}

/**
 * The level texts of the envelope (every top-level field but the list) and of the kept items,
 * each checked with checkLevel, as the project's own data is in its tests.
 */
function readabilityOf(doc: unknown, listPath: string, kept: readonly string[], idKey: string | undefined): { texts: number; readability: ReadabilityReport[] } {
  const groups: { item: string; id?: string; value: unknown }[] = [];
  if (isObject(doc)) {
    for (const [key, value] of Object.entries(doc)) {
      const path = `/${pointerSegment(key)}`;
      if (path !== listPath) groups.push({ item: path, value });
    }
  }
  for (const path of kept) {
    const value = resolvePointer(doc, path);
    const id = idKey !== undefined && isObject(value) && typeof value[idKey] === 'string' ? (value[idKey] as string) : undefined;
    groups.push({ item: path, ...(id === undefined ? {} : { id }), value });
  }
  let texts = 0;
  const readability: ReadabilityReport[] = [];
  for (const group of groups) {
    const found: { path: string; level: 'a2' | 'b1'; text: string }[] = [];
    levelTexts(group.value, group.item, found);
    texts += found.length;
    // Per item, A2 first, then B1: the order the report prints them in.
    for (const level of ['a2', 'b1'] as const) {
      for (const text of found.filter((t) => t.level === level)) {
        for (const problem of checkLevel(text.text, level)) {
          readability.push({
            item: group.item,
            ...(group.id === undefined ? {} : { id: group.id }),
            level,
            path: text.path,
            code: problem.code,
            values: valuesOf(problem),
            message: readabilityMessage(problem),
          });
        }
      }
    }
  }
  return { texts, readability };
}
