import { describe, it, expect } from 'vitest';
import { LEVEL_LIMITS, checkLevel, measure, sentences, syllables, words } from '../../src/core/readability.js';

const texts = (text: string) => sentences(text).map((s) => s.text);

describe('sentences', () => {
  it('splits at . ! and ?', () => {
    expect(sentences('Dit is één. Is dit twee? Ja! Drie.')).toEqual([
      { text: 'Dit is één.', words: 3 },
      { text: 'Is dit twee?', words: 3 },
      { text: 'Ja!', words: 1 },
      { text: 'Drie.', words: 1 },
    ]);
  });

  it('keeps abbreviations inside the sentence', () => {
    expect(texts('U krijgt bijv. een pas, o.a. voor sport. Dat is d.w.z. gratis. Het kost ca. € 10 per mnd.')).toEqual([
      'U krijgt bijv. een pas, o.a. voor sport.',
      'Dat is d.w.z. gratis.',
      'Het kost ca. € 10 per mnd.',
    ]);
    expect(texts('Zie art. 12 en nr. 3 van de regeling. Bijv. Leiden doet dat ook.')).toEqual([
      'Zie art. 12 en nr. 3 van de regeling.',
      'Bijv. Leiden doet dat ook.',
    ]);
    expect(texts('Mevr. J. Jansen helpt u. Bel haar.')).toEqual(['Mevr. J. Jansen helpt u.', 'Bel haar.']);
  });

  it('ends a sentence at "enz." when a capital follows', () => {
    expect(texts('Voor kleding, boeken enz. U krijgt ook geld.')).toEqual(['Voor kleding, boeken enz.', 'U krijgt ook geld.']);
    expect(texts('Voor kleding, boeken enz. voor school.')).toEqual(['Voor kleding, boeken enz. voor school.']);
  });

  it('keeps amounts, percentages and dates in one sentence', () => {
    expect(sentences('U krijgt € 1.234,56 per jaar. Dat is 12.5% meer. Vanaf 1-1-2025 of 1.1.2025 geldt dit.')).toEqual([
      { text: 'U krijgt € 1.234,56 per jaar.', words: 5 },
      { text: 'Dat is 12.5% meer.', words: 4 },
      { text: 'Vanaf 1-1-2025 of 1.1.2025 geldt dit.', words: 6 },
    ]);
    expect(texts('Dit kost € 25. Daarna is het gratis.')).toEqual(['Dit kost € 25.', 'Daarna is het gratis.']);
  });

  it('keeps URLs and e-mail addresses in one sentence', () => {
    expect(texts('Kijk op www.leiden.nl/regelingen. Of mail naar info@leiden.nl. Of ga naar https://leiden.nl/a.b?c=1 nu!')).toEqual([
      'Kijk op www.leiden.nl/regelingen.',
      'Of mail naar info@leiden.nl.',
      'Of ga naar https://leiden.nl/a.b?c=1 nu!',
    ]);
  });

  it('splits at blank lines and makes each list line a sentence', () => {
    const text = 'Wat heeft u nodig\n\nU neemt mee:\n- uw paspoort\n- een bankafschrift. Niet ouder dan een maand.\n\n  \nDaarna krijgt u bericht';
    expect(texts(text)).toEqual([
      'Wat heeft u nodig',
      'U neemt mee:',
      'uw paspoort',
      'een bankafschrift.',
      'Niet ouder dan een maand.',
      'Daarna krijgt u bericht',
    ]);
  });

  it('joins the lines of one paragraph', () => {
    expect(texts('Dit is een zin\ndie doorloopt.\r\nEn nog een.')).toEqual(['Dit is een zin die doorloopt.', 'En nog een.']);
  });

  it('ends a sentence before a closing quote or bracket', () => {
    expect(texts('Zij zei: "Kom maar." Toen ging ik. (Dat mocht.) Fijn.')).toEqual([
      'Zij zei: "Kom maar."',
      'Toen ging ik.',
      '(Dat mocht.)',
      'Fijn.',
    ]);
  });

  it('drops parts without words', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('  \n\n ... \n- \n')).toEqual([]);
  });
});

describe('words', () => {
  it('finds words with accents, and keeps amounts, dates and addresses whole', () => {
    expect(words("Ideeën voor één café: € 1.234,56 (120%) op 1-1-2025, d.w.z. auto's, e-mail en zo'n 9:00.")).toEqual([
      'Ideeën', 'voor', 'één', 'café', '1.234,56', '120%', 'op', '1-1-2025', 'd.w.z', "auto's", 'e-mail', 'en', "zo'n", '9:00',
    ]);
    expect(words('Mail info@leiden.nl of kijk op https://www.leiden.nl/hulp?taal=nl')).toEqual([
      'Mail', 'info@leiden.nl', 'of', 'kijk', 'op', 'https://www.leiden.nl/hulp?taal=nl',
    ]);
    expect(words('appels,peren')).toEqual(['appels', 'peren']); // the decimal comma joins digits only
    expect(words(' € - ! ')).toEqual([]);
  });

  it('treats decomposed accents as part of the word', () => {
    const decomposed = 'idee\u0065\u0308n zijn'; // ë as e + combining trema
    expect(words(decomposed)).toEqual(['idee\u00ebn', 'zijn']); // one word, returned composed (NFC)
  });
});

describe('syllables', () => {
  // Each count checked by hand: re-ge-ling, ge-meen-te, bij-zon-de-re, ...
  const counts: Record<string, number> = {
    regeling: 3,
    gemeente: 3,
    bijzondere: 4,
    inkomen: 3,
    huis: 1,
    uitkering: 3,
    zorgverzekering: 5,
    schuldhulpverlening: 5,
    ideeën: 3,
    toeslag: 2,
    aanvragen: 3,
    kinderen: 3,
    huurtoeslag: 3,
    ondersteuning: 4,
    participatiewet: 6,
    situatie: 4,
    informatie: 4,
    paspoort: 2,
    moeilijk: 2,
    nieuw: 1,
    België: 3,
    financiële: 5,
    geïnteresseerd: 5,
    coördinatie: 5,
    naïef: 2,
    reünie: 3,
    knieën: 2,
    één: 1,
    café: 2,
    IJmuiden: 3,
    baby: 2,
    frequentie: 3,
  };
  for (const [word, count] of Object.entries(counts)) {
    it(`${word}: ${count}`, () => expect(syllables(word)).toBe(count));
  }

  it('ignores case, decomposed accents and the ĳ ligature', () => {
    expect(syllables('GEMEENTE')).toBe(3);
    expect(syllables('idee\u0065\u0308n')).toBe(3); // ideeën with a combining trema
    expect(syllables('\u0133s')).toBe(1); // ĳs
  });

  it('is at least 1', () => {
    expect(syllables('120%')).toBe(1);
    expect(syllables('d.w.z')).toBe(1);
    expect(syllables('')).toBe(1);
  });
});

describe('measure', () => {
  it('computes the numbers of a known text', () => {
    // Words and syllables by hand:
    // U(1) krijgt(1) geld(1) | De(1) gemeente(3) helpt(1) u(1) | Vraag(1) bijzondere(4) bijstand(2) aan(1)
    // 3 sentences, 11 words, 17 syllables.
    const result = measure('U krijgt geld. De gemeente helpt u. Vraag bijzondere bijstand aan.');
    expect(result.sentences).toBe(3);
    expect(result.words).toBe(11);
    expect(result.wordsPerSentence).toBeCloseTo(11 / 3, 10);
    expect(result.syllablesPerWord).toBeCloseTo(17 / 11, 10);
    // 206.835 - 0.93 * 11/3 - 77 * 17/11 = 206.835 - 3.41 - 119
    expect(result.fleschDouma).toBeCloseTo(84.425, 10);
    expect(result.longWords).toBe(1);
    expect(result.longestSentence).toEqual({ text: 'De gemeente helpt u.', words: 4 });
  });

  it('returns zeros, never NaN, for a text without words', () => {
    for (const text of ['', '   ', '...\n\n- ']) {
      expect(measure(text)).toEqual({
        sentences: 0,
        words: 0,
        wordsPerSentence: 0,
        syllablesPerWord: 0,
        longestSentence: undefined,
        fleschDouma: 0,
        longWords: 0,
      });
    }
  });
});

describe('checkLevel', () => {
  const fifteen = 'Als u een uitkering heeft en meer gaat werken, moet u dat aan ons doorgeven.';

  it('has the agreed limits', () => {
    expect(LEVEL_LIMITS).toEqual({
      a2: { maxWordsPerSentence: 8, minFleschDouma: 70 },
      b1: { maxWordsPerSentence: 12, minFleschDouma: 60 },
    });
  });

  it('flags a sentence of 15 words at b1 and a2, not at c1', () => {
    expect(sentences(fifteen)[0]?.words).toBe(15);
    expect(checkLevel(fifteen, 'b1')).toEqual([{ code: 'sentence-too-long', level: 'b1', sentence: fifteen, words: 15, max: 12 }]);
    expect(checkLevel(fifteen, 'a2')).toEqual([{ code: 'sentence-too-long', level: 'a2', sentence: fifteen, words: 15, max: 8 }]);
    expect(checkLevel(fifteen, 'c1')).toEqual([]);
  });

  it('flags each long sentence on its own', () => {
    const text = `Korte zin. ${fifteen} Nog een korte zin. ${fifteen}`;
    expect(checkLevel(text, 'b1').map((p) => (p.code === 'sentence-too-long' ? p.sentence : p.code))).toEqual([fifteen, fifteen]);
  });

  it('lets a typical A2 text pass', () => {
    const a2 = [
      'Heeft u weinig geld? Dan kunt u hulp krijgen.',
      'De gemeente betaalt dan een deel. Bijvoorbeeld voor sport of school.',
      '',
      'Wat moet u doen?',
      '- Vraag het aan op de website.',
      '- Of bel ons.',
      '',
      'Wij helpen u graag.',
    ].join('\n');
    expect(checkLevel(a2, 'a2')).toEqual([]);
    expect(checkLevel(a2, 'b1')).toEqual([]);
    expect(measure(a2).fleschDouma).toBeGreaterThan(LEVEL_LIMITS.a2.minFleschDouma);
  });

  it('flags a low Flesch–Douma score', () => {
    // 13 words, 42 syllables (ge-meen-te-lij-ke, bij-stands-ver-le-ning, be-hoe-ve, mi-ni-ma-huis-hou-dens,
    // uit-ge-voerd, o-ver-een-kom-stig, par-ti-ci-pa-tie-wet, ...):
    // 206.835 - 0.93 * 13 - 77 * 42/13 = -54.02, shown rounded down.
    const policy =
      'De gemeentelijke bijzondere bijstandsverlening ten behoeve van minimahuishoudens wordt uitgevoerd overeenkomstig de Participatiewet.';
    expect(measure(policy).fleschDouma).toBeCloseTo(-54.024, 3);
    expect(checkLevel(policy, 'b1')).toEqual([
      { code: 'sentence-too-long', level: 'b1', sentence: policy, words: 13, max: 12 },
      { code: 'score-too-low', level: 'b1', score: -55, min: 60 },
    ]);
    expect(checkLevel(policy, 'c1')).toEqual([]);
  });

  it('gives only numbers and codes, no sentences of its own', () => {
    const policy =
      'De gemeentelijke bijzondere bijstandsverlening ten behoeve van minimahuishoudens wordt uitgevoerd overeenkomstig de Participatiewet.';
    for (const problem of [...checkLevel(policy, 'a2'), ...checkLevel(policy, 'b1')]) {
      for (const [key, value] of Object.entries(problem)) {
        if (key !== 'sentence') expect(typeof value === 'number' || /^[a-z0-9-]+$/.test(value), `${key}: ${value}`).toBe(true);
      }
    }
  });

  it('rounds the score down, so it never reads as the minimum while below it', () => {
    // 10 words at 6.5 syllables per word: far below, and the floor of a negative score.
    const text = 'Participatiewetuitvoeringsregelingen. '.repeat(10).trim();
    const [problem] = checkLevel(text, 'b1');
    expect(problem).toEqual({ code: 'score-too-low', level: 'b1', score: Math.floor(measure(text).fleschDouma), min: 60 });
  });

  it('does not score texts under 10 words', () => {
    const short = 'Bijzondere bijstandsverlening aanvragen. Participatiewet.';
    expect(measure(short).fleschDouma).toBeLessThan(LEVEL_LIMITS.b1.minFleschDouma);
    expect(checkLevel(short, 'b1')).toEqual([]);
  });
});
