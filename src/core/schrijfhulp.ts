/**
 * The Schrijfhulp's analysis: a text measured against a target level (A2 or B1) with the
 * project's readability measure, and shown back sentence by sentence with what to look at:
 * sentences over the level's length, long words, jargon, and the passive voice. Values only;
 * the element says them.
 */
import { findJargon, type JargonEntry } from './jargon.js';
import { LEVEL_LIMITS, LONG_WORD_SYLLABLES, MIN_WORDS_FOR_SCORE, checkLevel, measure, syllables, unitSentences, wordSpans, words } from './readability.js';
import { textBlocks } from './safe-text.js';

// ---------------------------------------------------------------------------------------------
// The passive voice
//
// Plain-language guides ask for the active voice: "wij betalen het geld" instead of "het geld
// wordt betaald (door ons)". Dutch has no sure sign of the passive without a grammar, so this is
// a heuristic, run per sentence:
//
// 1. A form of "worden" (word, wordt, worden, werd, werden) and a past participle in the same
//    sentence, in any order ("wordt betaald", "als het betaald wordt"). With "door" in the
//    sentence it is flagged even without a participle we recognise ("wordt door ons bekeken"):
//    "door" names who does it, the strongest sign of a passive.
// 2. A form of "zijn" (ben, bent, is, zijn, was, waren) and a past participle: the passive of
//    a state ("het formulier is verstuurd"). Not when the participle belongs to a verb whose
//    perfect tense takes "zijn" ("u bent verhuisd", "het is gelukt"), and not when the sentence
//    has a form of "hebben" (then "zijn" is most likely "his": "hij heeft zijn brief gestuurd").
//
// A past participle is: ge- + at least two letters + -d, or -t after t, k, f, s, p, ch or a
// vowel ("gebeld", "gemaakt", "gezet"), also after a separable part ("aangevraagd",
// "toegekend"); be-, ver-, ont-, her- or er- + a stem + -d, or -t after t, k, f, s, p or ch
// ("betaald", "verstrekt", "bezocht"); or a known form the rules miss ("gegeven", "ontvangen",
// "afgewezen", "ondersteund"). A -t after another letter is the present tense ("betaalt",
// "gebeurt"), no participle.
//
// Accepted mistakes, each tested:
// - False positives: an adjective that looks like a participle in a sentence with "worden" or
//   "zijn" ("het is verwarrend": present participles ending in -end), and "worden" with "door"
//   used otherwise ("het wordt nat door de regen").
// - False negatives: a strong participle not in the list without "door" ("het wordt
//   gedronken"), a passive without "worden"/"zijn" ("laat het formulier invullen").
// - Not flagged on purpose: "bedoeld voor", "bekend", "verplicht", "verzekerd", "geboren" and a
//   few other participles that read as plain adjectives.
// ---------------------------------------------------------------------------------------------

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren']);
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);

/** Separable parts before "ge" in a participle: aan|ge|vraagd, toe|ge|kend. */
const SEPARABLE = /^(?:aan|achter|af|bij|binnen|door|in|langs|mee|na|om|onder|op|over|samen|tegen|terug|thuis|toe|uit|vast|voor|vrij|weg)(?=ge)/;

/** Participles the rules below miss: strong (irregular) forms, and onder- forms without "ge". */
const KNOWN_PARTICIPLES = new Set([
  'gebleken', 'geboden', 'gebracht', 'gedaan', 'gedacht', 'gedragen', 'gegeven', 'geholpen', 'gehouden', 'gekozen',
  'gekregen', 'gelegen', 'gelezen', 'genomen', 'geschonken', 'geschreven', 'gesloten', 'gesproken', 'gestaan', 'gestoken',
  'gevonden', 'geweten', 'gewezen', 'gezien', 'gevraagd', 'gezocht', 'gekocht', 'geschoven', 'getrokken', 'geheven',
  'gemeten', 'geslagen', 'gelaten', 'gevangen', 'gegooid', 'gewogen', 'gebonden', 'geworven', 'gekeken', 'geroepen',
  'gewonnen', 'begrepen', 'verloren',
  'ontvangen', 'verkregen', 'vergeten', 'verboden', 'besproken', 'bevonden', 'verwezen', 'beschreven', 'vervangen',
  'ontslagen', 'vergeleken', 'bewezen', 'besloten', 'ontnomen', 'verschoven', 'ontboden', 'bedragen', 'verleden',
  'herzien', 'onderzocht', 'ondertekend', 'ondersteund', 'onderbouwd',
]);

/** Participles of verbs whose perfect tense takes "zijn": "is gegaan" is no passive. */
const PERFECT_WITH_ZIJN = new Set([
  'gegaan', 'gekomen', 'geweest', 'gebleven', 'geworden', 'gestorven', 'geboren', 'begonnen', 'gestopt', 'verhuisd',
  'gebeurd', 'gelukt', 'mislukt', 'veranderd', 'vertrokken', 'gevallen', 'gegroeid', 'gestegen', 'gedaald', 'geslaagd',
  'gezakt', 'verdwenen', 'ontstaan', 'verschenen', 'overleden', 'gelopen', 'gereden', 'gevlogen', 'gestart',
  'geëindigd', 'afgelopen', 'opgegroeid', 'gebleken', 'getrouwd', 'gescheiden', 'geslaagd', 'ontsnapt', 'gewend',
]);

/** Words that look like participles but are not, or read as plain adjectives (see above). */
const NOT_PARTICIPLES = new Set([
  'geeft', 'gelooft', 'geniet', 'genoot', 'geest', 'gezond', 'gebied', 'gezicht', 'gewicht', 'gerecht', 'gedicht',
  'geduld', 'gevecht', 'gebit', 'gemiddeld', 'geschikt', 'gehandicapt', 'bestaand', 'bestand', 'verband', 'verbond',
  'verbod', 'verstand', 'beleid', 'bericht', 'bekend', 'bedoeld', 'verplicht', 'verzekerd', 'verslaafd', 'gebouw',
  'gesprek', 'gevoel', 'gezin', 'gedeelte', 'geheel', 'gelijk', 'genoeg', 'gewoon', 'bedrijf', 'verhaal', 'erfgoed',
  'verleid', 'bereid', 'beroemd', 'gerust', 'bewust', 'ingewikkeld',
]);

/** Whether a lower-case word is (most likely) a past participle. */
export function isParticiple(word: string): boolean {
  if (NOT_PARTICIPLES.has(word)) return false;
  const core = word.replace(SEPARABLE, '');
  if (NOT_PARTICIPLES.has(core)) return false;
  if (KNOWN_PARTICIPLES.has(core)) return true;
  if (/^ge(?:\p{L}{2,}(?:d|(?:[tkfsp]|ch)t)|\p{L}+[aeiou]t)$/u.test(core)) return true;
  return /^(?:be|ver|ont|her|er)\p{L}{2,}(?:d|(?:[tkfsp]|ch)t)$/u.test(word) && !/dt$/.test(word);
}

const takesZijn = (participle: string): boolean => PERFECT_WITH_ZIJN.has(participle.replace(SEPARABLE, ''));

export interface PassiveMatch {
  /** The form of "worden" or "zijn" found. */
  auxiliary: string;
  /** The participle found; absent when "worden" + "door" flagged the sentence on their own. */
  participle?: string;
  /** "door" is in the sentence: it names who does it. */
  agent: boolean;
}

/** Whether one sentence is (most likely) in the passive voice; see the heuristic above. */
export function findPassive(sentence: string): PassiveMatch | undefined {
  const tokens = words(sentence).map((word) => word.toLocaleLowerCase('nl'));
  const agent = tokens.includes('door');
  const participles = tokens.filter(isParticiple);
  const worden = tokens.find((token) => WORDEN.has(token));
  if (worden !== undefined) {
    const participle = participles[0];
    if (participle !== undefined) return { auxiliary: worden, participle, agent };
    if (agent) return { auxiliary: worden, agent };
  }
  const zijn = tokens.find((token) => ZIJN.has(token));
  if (zijn !== undefined && !tokens.some((token) => HEBBEN.has(token))) {
    const participle = participles.find((p) => !takesZijn(p));
    if (participle !== undefined) return { auxiliary: zijn, participle, agent };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------------------------

export type TargetLevel = 'a2' | 'b1';

/** A piece of a sentence: plain text, or a long word or jargon to mark. */
export interface Segment {
  text: string;
  long: boolean;
  jargon?: JargonEntry;
}

export interface AnalysedSentence {
  text: string;
  words: number;
  /** Longer than the level allows. */
  tooLong: boolean;
  passive?: PassiveMatch;
  /** The sentence's text in pieces; joined they give `text`. */
  segments: Segment[];
}

export type AnalysedBlock = { type: 'paragraph'; sentences: AnalysedSentence[] } | { type: 'list'; items: AnalysedSentence[][] };

export interface TextAnalysis {
  level: TargetLevel;
  maxWordsPerSentence: number;
  minFleschDouma: number;
  sentences: number;
  words: number;
  wordsPerSentence: number;
  fleschDouma: number;
  /** Whether the text has enough words for the score to count (see checkLevel). */
  scoreCounts: boolean;
  longWords: number;
  /** Long words as a share of all words, 0–1. */
  longWordShare: number;
  tooLongSentences: number;
  passiveSentences: number;
  /** Each jargon word found, once, in the order of first use: how it is written there first, and how often it is used. */
  jargon: { entry: JargonEntry; text: string; count: number }[];
  /** No sentence too long and the score high enough: what checkLevel and the data check ask. */
  meetsLevel: boolean;
  blocks: AnalysedBlock[];
}

/** Cuts a sentence into plain text, long words and jargon. */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, long: boolean, jargon?: JargonEntry) => {
    if (piece === '') return;
    const last = segments[segments.length - 1];
    if (!long && !jargon && last && !last.long && !last.jargon) last.text += piece;
    else segments.push(jargon ? { text: piece, long, jargon } : { text: piece, long });
  };
  const spans = wordSpans(text).map((span) => ({ ...span, long: syllables(span.word) >= LONG_WORD_SYLLABLES }));
  const jargon = findJargon(text);
  let at = 0;
  let j = 0;
  for (const span of spans) {
    if (span.start < at) continue; // inside a jargon match already pushed
    const match = jargon[j];
    if (match && match.start <= span.start) {
      push(text.slice(at, match.start), false);
      const long = spans.some((s) => s.start >= match.start && s.end <= match.end && s.long);
      push(text.slice(match.start, match.end), long, match.entry);
      at = match.end;
      j++;
      continue;
    }
    if (span.long) {
      push(text.slice(at, span.start), false);
      push(span.word, true);
      at = span.end;
    }
  }
  push(text.slice(at), false);
  return segments;
}

function analyseSentence(text: string, words: number, max: number): AnalysedSentence {
  const normalised = text.normalize('NFC');
  const passive = findPassive(normalised);
  return { text: normalised, words, tooLong: words > max, ...(passive ? { passive } : {}), segments: segmentsOf(normalised) };
}

/** Measures a text for a target level and cuts it into marked sentences, block by block. */
export function analyseText(text: string, level: TargetLevel): TextAnalysis {
  const limits = LEVEL_LIMITS[level];
  const sentence = (s: { text: string; words: number }) => analyseSentence(s.text, s.words, limits.maxWordsPerSentence);
  const blocks: AnalysedBlock[] = textBlocks(text).map((block) =>
    block.type === 'paragraph'
      ? { type: 'paragraph', sentences: unitSentences(block.text).map(sentence) }
      : { type: 'list', items: block.items.map((item) => unitSentences(item).map(sentence)) },
  );
  const all = blocks.flatMap((block) => (block.type === 'paragraph' ? block.sentences : block.items.flat()));
  const result = measure(text);
  const jargon = new Map<JargonEntry, { entry: JargonEntry; text: string; count: number }>();
  for (const match of findJargon(text)) {
    const seen = jargon.get(match.entry);
    if (seen) seen.count++;
    else jargon.set(match.entry, { entry: match.entry, text: match.text.replace(/\s+/g, ' '), count: 1 });
  }
  return {
    level,
    maxWordsPerSentence: limits.maxWordsPerSentence,
    minFleschDouma: limits.minFleschDouma,
    sentences: result.sentences,
    words: result.words,
    wordsPerSentence: result.wordsPerSentence,
    fleschDouma: result.fleschDouma,
    scoreCounts: result.words >= MIN_WORDS_FOR_SCORE,
    longWords: result.longWords,
    longWordShare: result.words === 0 ? 0 : result.longWords / result.words,
    tooLongSentences: all.filter((s) => s.tooLong).length,
    passiveSentences: all.filter((s) => s.passive).length,
    jargon: [...jargon.values()],
    meetsLevel: checkLevel(text, level).length === 0,
    blocks,
  };
}
