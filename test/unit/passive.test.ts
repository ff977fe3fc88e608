import { describe, expect, it } from 'vitest';
import { analyseText, findPassive, isParticiple } from '../../src/core/schrijfhulp.js';
import { checkLevel, measure } from '../../src/core/readability.js';
import defaultData from '../../src/data/twenterand/regelingen.json';

/** The passive heuristic of src/core/schrijfhulp.ts, and the Schrijfhulp's analysis that uses it. */

describe('isParticiple', () => {
  it.each(['gebeld', 'gemaakt', 'gezet', 'aangevraagd', 'toegekend', 'ingevuld', 'betaald', 'verstrekt', 'bezocht', 'vergoed', 'gegeven', 'ontvangen', 'afgewezen', 'ondersteund'])(
    '%s is one',
    (word) => expect(isParticiple(word)).toBe(true),
  );
  it.each(['betaalt', 'gebeurt', 'ontvangt', 'verdient', 'geld', 'gezond', 'geeft', 'beleid', 'gemeente', 'bedoeld', 'ingewikkeld', 'besteedt'])(
    '%s is none',
    (word) => expect(isParticiple(word)).toBe(false),
  );
});

describe('findPassive', () => {
  it.each([
    ['Het geld wordt elke maand betaald.', 'wordt', 'betaald'],
    ['De kosten worden vergoed.', 'worden', 'vergoed'],
    ['Uw aanvraag werd afgewezen.', 'werd', 'afgewezen'],
    ['Als het formulier ingevuld wordt, krijgt u bericht.', 'wordt', 'ingevuld'],
    ['Er wordt gekeken naar uw inkomen.', 'wordt', 'gekeken'],
    ['De aanvraag kan online worden aangevraagd.', 'worden', 'aangevraagd'],
    ['Het formulier is verstuurd.', 'is', 'verstuurd'],
    ['De regeling is in 2025 aangepast.', 'is', 'aangepast'],
  ])('flags "%s"', (sentence, auxiliary, participle) => {
    expect(findPassive(sentence)).toEqual({ auxiliary, participle, agent: false });
  });

  it('takes "door" as the strong sign: who does it', () => {
    expect(findPassive('U wordt door een medewerker gebeld.')).toEqual({ auxiliary: 'wordt', participle: 'gebeld', agent: true });
    // A strong participle the list does not know: "worden" with "door" is enough.
    expect(findPassive('Uw brief wordt door ons gelezen en bewaard.')?.agent).toBe(true);
    expect(findPassive('De brief wordt door de buurvrouw gedronken.')).toEqual({ auxiliary: 'wordt', agent: true });
  });

  it.each([
    'Wij betalen het geld elke maand.',
    'Het wordt koud.',
    'U wordt 18 jaar.',
    'U bent verhuisd naar Vroomshoop.',
    'Het is gelukt.',
    'Is er iets gebeurd?',
    'Hij heeft zijn formulier gestuurd.',
    'U heeft het geld gekregen en dat is fijn.',
    'De regeling is bedoeld voor gezinnen.',
    'Wie is gezond?',
    'Het is ingewikkeld.',
    'U betaalt niets.',
    'Zo kunt u meedoen.',
  ])('does not flag "%s"', (sentence) => {
    expect(findPassive(sentence)).toBeUndefined();
  });

  // The mistakes the module documents and accepts; when one of these changes, update the doc.
  it('accepts its documented mistakes', () => {
    expect(findPassive('Het is verwarrend.')).toEqual({ auxiliary: 'is', participle: 'verwarrend', agent: false }); // false positive: -end
    expect(findPassive('Het wordt nat door de regen.')).toEqual({ auxiliary: 'wordt', agent: true }); // false positive
    expect(findPassive('Het wordt gedronken.')).toBeUndefined(); // false negative: unknown strong form
    expect(findPassive('Laat het formulier invullen.')).toBeUndefined(); // false negative: no worden/zijn
    expect(findPassive('Het is verplicht.')).toBeUndefined(); // read as an adjective, on purpose
  });
});

describe('analyseText', () => {
  const text = [
    'Wij helpen u. De aanvraag wordt door de gemeente beoordeeld.',
    '',
    'Participatie is belangrijk voor iedereen in de gemeente, ook als u weinig geld heeft om mee te doen.',
    '',
    '- Vraag een maatwerkvoorziening aan.',
    '- Bel ons.',
  ].join('\n');

  it('measures the text with the readability module', () => {
    const result = analyseText(text, 'b1');
    const measured = measure(text);
    expect(result.sentences).toBe(measured.sentences);
    expect(result.words).toBe(measured.words);
    expect(result.fleschDouma).toBe(measured.fleschDouma);
    expect(result.longWords).toBe(measured.longWords);
    expect(result.longWordShare).toBeCloseTo(measured.longWords / measured.words);
    expect(result.meetsLevel).toBe(checkLevel(text, 'b1').length === 0);
    expect(result.scoreCounts).toBe(true);
  });

  it('keeps the blocks and flags each sentence', () => {
    const result = analyseText(text, 'b1');
    expect(result.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'list']);
    const [first, second, list] = result.blocks;
    if (first?.type !== 'paragraph' || second?.type !== 'paragraph' || list?.type !== 'list') throw new Error('blocks');
    expect(first.sentences.map((s) => [s.text, !!s.passive])).toEqual([
      ['Wij helpen u.', false],
      ['De aanvraag wordt door de gemeente beoordeeld.', true],
    ]);
    expect(second.sentences[0]!.tooLong).toBe(true);
    expect(list.items.map((item) => item.map((s) => s.text))).toEqual([['Vraag een maatwerkvoorziening aan.'], ['Bel ons.']]);
    expect(result.tooLongSentences).toBe(1);
    expect(result.passiveSentences).toBe(1);
    expect(result.meetsLevel).toBe(false);
  });

  it('the level sets the sentence limit', () => {
    const short = 'U krijgt elke maand geld van de gemeente voor uw kind.'; // 11 words
    expect(analyseText(short, 'b1').tooLongSentences).toBe(0);
    expect(analyseText(short, 'a2').tooLongSentences).toBe(1);
    expect(analyseText(short, 'a2').maxWordsPerSentence).toBe(8);
  });

  it('cuts each sentence into plain text, long words and jargon that join to the sentence', () => {
    const result = analyseText(`${text}\n\nDat is gemeentelijke informatie.`, 'b1');
    const all = result.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : b.items.flat()));
    for (const sentence of all) expect(sentence.segments.map((s) => s.text).join('')).toBe(sentence.text);
    const marked = all.flatMap((s) => s.segments.filter((seg) => seg.long || seg.jargon));
    expect(marked.map((s) => [s.text, s.long, s.jargon?.term])).toEqual([
      ['Participatie', true, 'participatie'],
      ['maatwerkvoorziening', true, 'maatwerkvoorziening'],
      ['gemeentelijke', true, undefined],
      ['informatie', true, undefined],
    ]);
    expect(result.jargon.map((j) => [j.entry.term, j.text, j.count])).toEqual([
      ['participatie', 'Participatie', 1],
      ['maatwerkvoorziening', 'maatwerkvoorziening', 1],
    ]);
    const twice = analyseText('De voorliggende voorziening. Het voorliggend veld. Het voorliggend\nveld.', 'b1').jargon;
    expect(twice.map((j) => [j.entry.term, j.text, j.count])).toEqual([['voorliggend veld', 'voorliggende voorziening', 3]]);
  });

  it('marks a jargon term of two words as one piece', () => {
    const [block] = analyseText('Eerst het voorliggend veld.', 'a2').blocks;
    if (block?.type !== 'paragraph') throw new Error('block');
    expect(block.sentences[0]!.segments).toEqual([
      { text: 'Eerst het ', long: false },
      { text: 'voorliggend veld', long: false, jargon: expect.objectContaining({ term: 'voorliggend veld' }) },
      { text: '.', long: false },
    ]);
  });

  it('gives zeros for an empty text', () => {
    const result = analyseText('   ', 'a2');
    expect(result).toMatchObject({ sentences: 0, words: 0, longWordShare: 0, scoreCounts: false, meetsLevel: true, blocks: [] });
  });

  it('finds few passives in our own A2 texts', () => {
    // The default data is written in the active voice; a few "zijn" states may remain.
    const a2 = JSON.stringify(defaultData).match(/"a2":"(?:[^"\\]|\\.)*"/g)!.map((m) => JSON.parse(m.slice(5)) as string);
    const flagged = a2.flatMap((t) => analyseText(t, 'a2').passiveSentences);
    const total = flagged.reduce((a, b) => a + b, 0);
    expect(a2.length).toBeGreaterThan(40);
    expect(total / a2.length).toBeLessThan(0.2);
  });
});
