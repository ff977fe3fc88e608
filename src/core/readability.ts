/**
 * The project's readability measure for Dutch, used in tests to keep our own A2 and B1 texts
 * simple. It is an estimate: it counts sentence length and syllables, it does not understand
 * the words. Texts follow the feed text format of safe-text.ts (blank lines, "- " list lines),
 * so sentences are split the way the widgets show them.
 */
import type { Level } from './level.js';
import { textBlocks } from './safe-text.js';

export type { Level } from './level.js';

export interface Sentence {
  text: string;
  words: number;
}

/**
 * Abbreviations common in Dutch government text. Their full stop ends no sentence, except for
 * those in SENTENCE_FINAL when a capital follows ("kleding enz. U krijgt ...").
 */
const ABBREVIATIONS = new Set([
  'a.s.', 'a.u.b.', 'art.', 'blz.', 'b.v.', 'bijv.', 'bv.', 'ca.', 'd.w.z.', 'dhr.', 'dr.', 'drs.', 'e.a.',
  'e.d.', 'enz.', 'etc.', 'evt.', 'excl.', 'i.p.v.', 'i.v.m.', 'incl.', 'ing.', 'ir.', 'jl.', 'm.a.w.',
  'm.b.t.', 'm.i.v.', 'max.', 'mevr.', 'min.', 'mr.', 'mw.', 'n.a.v.', 'nr.', 'nrs.', 'o.a.', 'o.b.v.',
  'o.m.', 'p.p.', 'prof.', 'resp.', 'st.', 't.a.v.', 't.b.v.', 't.z.t.', 'tel.', 'vgl.', 'z.s.m.', 'zgn.',
  'jan.', 'feb.', 'mrt.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.',
]);
const SENTENCE_FINAL = new Set(['enz.', 'etc.']);

// A run of end marks, then closing quotes or brackets, then a space or the end. Requiring the
// space keeps the full stops inside 1.234,56, www.leiden.nl, info@leiden.nl and 12.5% intact.
const END = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;

/** Whether a full stop (at dot, with the end marks running to end) closes a sentence. */
function fullStopEnds(unit: string, dot: number, end: number): boolean {
  const next = unit.slice(end).trimStart()[0];
  if (next === undefined) return true;
  // A sentence does not go on in lower case: "o.b.v. de regels" has an abbreviation, known or not.
  if (/\p{Ll}/u.test(next)) return false;
  const token = (unit.slice(0, dot + 1).split(/\s/).pop() ?? '').replace(/^["'“‘«(\[]+/u, '');
  const lower = token.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return SENTENCE_FINAL.has(lower);
  return !/^\p{Lu}\.$/u.test(token); // an initial, as in "J. Jansen" (but "helpt u." ends)
}

function splitUnit(unit: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of unit.matchAll(END)) {
    const end = match.index + match[0].length;
    if (!/[!?…]/u.test(match[0]) && !fullStopEnds(unit, match.index, end)) continue;
    parts.push(unit.slice(start, end).trim());
    start = end;
  }
  parts.push(unit.slice(start).trim());
  return parts;
}

/**
 * Splits a text into sentences: at . ! ? (not in abbreviations, amounts, dates, URLs or e-mail
 * addresses), at blank lines, and every "- " list line on its own. Parts without words are dropped.
 */
export function sentences(text: string): Sentence[] {
  const units = textBlocks(text).flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items));
  return units.flatMap(unitSentences);
}

/**
 * The sentences of one paragraph or one list line of a text (a unit of safe-text.ts's
 * textBlocks), the way sentences() splits them: for tools that show a text back block by block.
 */
export function unitSentences(unit: string): Sentence[] {
  return splitUnit(unit.replace(/\s+/g, ' '))
    .map((part) => ({ text: part, words: words(part).length }))
    .filter((sentence) => sentence.words > 0);
}

// Letters (with accents) and digits, joined by inner . ' ’ - / @ _ : ? = & # (e-mail, auto's,
// 1-1-2025, 9:00, a URL or e-mail address) or a decimal comma (1.234,56), with an optional % (120%).
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’\-/@_:?=&#]+[\p{L}\p{M}\p{N}]+|(?<=\p{N}),\p{N}+)*%?/gu;

/** The word tokens of a text. An amount, a percentage, a date or a URL is one word. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** A word token and where it is: `start` and `end` are offsets in `text.normalize('NFC')`. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The word tokens of a text with their places, for tools that mark words in it. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

// Vowel units that are one sound, longest first: the regex takes the first alternative that fits.
const VOWEL_UNIT = /aai|ooi|oei|eeu|ieu|aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|ou|au|[aeiouy]/g;

/**
 * Estimates the syllables of a Dutch word by counting vowel units: single vowels, and the long
 * vowels and diphthongs (aa, ee, ie, oe, eu, ui, ei, ij, ou, au, ...) as one. A trema (ë, ï, ö, ü)
 * starts a new syllable: ide-eën, ge-ïnd. Other accents do not change the count (één, café).
 * Always at least 1, also for numbers.
 */
export function syllables(word: string): number {
  let letters = '';
  // NFKD splits accents from their letters (and the ĳ ligature into ij).
  for (const char of word.normalize('NFKD').toLowerCase()) {
    if (char === '\u0308') letters = `${letters.slice(0, -1)}|${letters.slice(-1)}`; // trema: break before
    else if (!/\p{M}/u.test(char)) letters += char;
  }
  const sounds = letters
    .replace(/qu/g, 'qw') // the u in "frequentie" is no vowel
    .replace(/y(?=[aeiou])/g, 'j'); // nor is the y in "yoga"
  return Math.max(1, sounds.match(VOWEL_UNIT)?.length ?? 0);
}

/** A word of this many syllables or more counts as long. */
export const LONG_WORD_SYLLABLES = 4;

export interface Readability {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  longestSentence: Sentence | undefined;
  /** Flesch reading ease adapted to Dutch by Douma: higher is easier, about 0–100. */
  fleschDouma: number;
  /** Words of LONG_WORD_SYLLABLES or more syllables. */
  longWords: number;
}

/** Measures a text. Flesch–Douma = 206.835 − 0.93 × words per sentence − 77 × syllables per word. */
export function measure(text: string): Readability {
  const found = sentences(text);
  const all = found.flatMap((sentence) => words(sentence.text));
  if (all.length === 0) {
    return { sentences: 0, words: 0, wordsPerSentence: 0, syllablesPerWord: 0, longestSentence: undefined, fleschDouma: 0, longWords: 0 };
  }
  const counts = all.map(syllables);
  const wordsPerSentence = all.length / found.length;
  const syllablesPerWord = counts.reduce((sum, n) => sum + n, 0) / all.length;
  return {
    sentences: found.length,
    words: all.length,
    wordsPerSentence,
    syllablesPerWord,
    // The first of the longest, so the message points at the first place to fix.
    longestSentence: found.reduce((longest, s) => (s.words > longest.words ? s : longest)),
    fleschDouma: 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord,
    longWords: counts.filter((n) => n >= LONG_WORD_SYLLABLES).length,
  };
}

/** What our own texts must meet. C1 is the original policy text and has no limits. */
export const LEVEL_LIMITS: Record<'a2' | 'b1', { maxWordsPerSentence: number; minFleschDouma: number }> = {
  a2: { maxWordsPerSentence: 8, minFleschDouma: 70 },
  b1: { maxWordsPerSentence: 12, minFleschDouma: 60 },
};

/** A sentence longer than its level allows, at the level it was checked for. */
export interface SentenceTooLong {
  code: 'sentence-too-long';
  level: 'a2' | 'b1';
  sentence: string;
  words: number;
  max: number;
}

/** A Flesch–Douma score below the level's minimum, rounded down. */
export interface ScoreTooLow {
  code: 'score-too-low';
  level: 'a2' | 'b1';
  score: number;
  min: number;
}

export type ReadabilityProblem = SentenceTooLong | ScoreTooLow;
export type ReadabilityProblemCode = ReadabilityProblem['code'];

/** Below this many words the score swings too much on one long word to mean anything. */
export const MIN_WORDS_FOR_SCORE = 10;

/**
 * Checks a text against its level: one problem per sentence that is too long, and one when the
 * Flesch–Douma score is too low (only for texts of at least 10 words). C1 has no limits.
 */
export function checkLevel(text: string, level: Level): ReadabilityProblem[] {
  if (level === 'c1') return [];
  const limits = LEVEL_LIMITS[level];
  const problems: ReadabilityProblem[] = sentences(text)
    .filter((s) => s.words > limits.maxWordsPerSentence)
    .map((s) => ({ code: 'sentence-too-long', level, sentence: s.text, words: s.words, max: limits.maxWordsPerSentence }));
  const result = measure(text);
  if (result.words >= MIN_WORDS_FOR_SCORE && result.fleschDouma < limits.minFleschDouma) {
    // Rounded down, so a score of 59.6 does not read as "60, at least 60".
    problems.push({ code: 'score-too-low', level, score: Math.floor(result.fleschDouma), min: limits.minFleschDouma });
  }
  return problems;
}
