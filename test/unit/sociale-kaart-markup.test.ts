import { describe, it, expect } from 'vitest';
import { stripMarkup, stripMarkupInline } from '../../src/core/markup.js';
import { textBlocks } from '../../src/core/safe-text.js';
import defaultData from '../../src/data/twenterand/sociale-kaart.json';

/** No tag survives: what is left can only be shown as text. */
const hasTag = (text: string) => /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i.test(text);

describe('stripMarkup: HTML', () => {
  it('keeps the text of inline elements and makes paragraphs of block elements', () => {
    const text = stripMarkup('<p>Welkom bij <strong>het Taalpunt</strong>.</p><div>Kom <em>gerust</em> langs.</div>');
    expect(text).toBe('Welkom bij het Taalpunt.\n\nKom gerust langs.');
    expect(textBlocks(text)).toEqual([
      { type: 'paragraph', text: 'Welkom bij het Taalpunt.' },
      { type: 'paragraph', text: 'Kom gerust langs.' },
    ]);
  });

  it('makes "- " list lines of list items, nested lists flattened into one list', () => {
    const text = stripMarkup('<p>Neem mee:</p><ul><li>uw id-kaart<ul><li>of paspoort</li></ul></li><li>een <b>bankafschrift</b></li></ul><p>Tot ziens.</p>');
    expect(text).toBe('Neem mee:\n\n- uw id-kaart\n- of paspoort\n- een bankafschrift\n\nTot ziens.');
    expect(textBlocks(text)).toEqual([
      { type: 'paragraph', text: 'Neem mee:' },
      { type: 'list', items: ['uw id-kaart', 'of paspoort', 'een bankafschrift'] },
      { type: 'paragraph', text: 'Tot ziens.' },
    ]);
  });

  it('keeps paragraphs inside a list item in the item', () => {
    expect(stripMarkup('<ol><li><p>Bel ons.</p></li><li><p>Kom langs.</p></li></ol>')).toBe('- Bel ons.\n- Kom langs.');
  });

  it('turns a link into its text and an image into its alt text', () => {
    const text = stripMarkup('<p>Kijk op <a href="javascript:alert(1)" onclick="x()">onze site</a> <img src="x.png" alt="logo Evenmens"></p>');
    expect(text).toBe('Kijk op onze site logo Evenmens');
    expect(text).not.toMatch(/javascript|onclick|href/);
  });

  it('drops script and style with their content, and comments', () => {
    const text = stripMarkup('<style>p { color: red }</style><p>Hulp<script>alert("x")</script> bij geld</p><!-- intern -->');
    expect(text).toBe('Hulp bij geld');
    expect(stripMarkup('Tekst <script>document.cookie')).toBe('Tekst');
  });

  it('treats whitespace in HTML as one space, and <br> as a line break within the paragraph', () => {
    const text = stripMarkup('<p>Open   op\n maandag<br>en dinsdag</p>');
    expect(text).toBe('Open op maandag\nen dinsdag');
    expect(textBlocks(text)).toEqual([{ type: 'paragraph', text: 'Open op maandag en dinsdag' }]);
  });

  it('never leaves a tag behind', () => {
    const inputs = [
      '<div class="a"><section><h2>Kop</h2><table><tr><td>a</td><td>b</td></tr></table></section></div>',
      '<p onmouseover="x">a</p><iframe src="https://x"></iframe><svg><text>b</text></svg>',
      '<P>HOOFDLETTERS</P><BR/><Li>item',
    ];
    for (const input of inputs) expect(hasTag(stripMarkup(input)), input).toBe(false);
  });
});

describe('stripMarkup: entities', () => {
  it('decodes named, decimal and hexadecimal entities', () => {
    expect(stripMarkup('<p>Caf&eacute; &amp; co &euro;&nbsp;5 &#8364; &#x20AC; &ndash; &ldquo;ja&rdquo;</p>')).toBe('Café & co € 5 € € – “ja”');
  });

  it('decodes last, so an escaped tag is text and not markup', () => {
    const text = stripMarkup('<p>Typ &lt;b&gt; niet</p>');
    expect(text).toBe('Typ <b> niet');
    // The same characters without the escape would have been a tag.
    expect(stripMarkup('<p>Typ <b> niet</p>')).toBe('Typ niet');
  });

  it('leaves unknown entities as they are and replaces impossible code points', () => {
    expect(stripMarkup('a &bogus; b &#0; c &#xD800;')).toBe('a &bogus; b \ufffd c \ufffd');
  });

  it('decodes entities in plain text without touching its paragraphs', () => {
    expect(stripMarkup('Tom &amp; Jerry\n\nTweede alinea')).toBe('Tom & Jerry\n\nTweede alinea');
  });
});

describe('stripMarkup: Markdown', () => {
  it('removes emphasis, code and headings, and keeps paragraphs', () => {
    const text = stripMarkup('# Meldpunt Geldzorgen\n\nWij helpen **snel** en *gratis*, ook met `vragen`.\nBel __gerust__.');
    expect(text).toBe('Meldpunt Geldzorgen\n\nWij helpen snel en gratis, ook met vragen.\nBel gerust.');
  });

  it('turns links into their text, images into their alt text', () => {
    expect(stripMarkup('Zie [onze website](https://example.nl "titel") en ![het logo](logo.png).')).toBe('Zie onze website en het logo.');
    expect(stripMarkup('Zie [de folder][1].\n\n[1]: https://example.nl/folder.pdf')).toBe('Zie de folder.');
    expect(stripMarkup('Mail <info@example.nl> of kijk op <https://example.nl>.')).toBe('Mail info@example.nl of kijk op https://example.nl.');
  });

  it('makes "- " lines of every kind of list, nested ones included', () => {
    const text = stripMarkup('Stappen:\n\n1. Bel ons\n2) Kom langs\n   * neem uw pas mee\n+ Klaar');
    expect(textBlocks(text)).toEqual([
      { type: 'paragraph', text: 'Stappen:' },
      { type: 'list', items: ['Bel ons', 'Kom langs', 'neem uw pas mee', 'Klaar'] },
    ]);
  });

  it('drops quote marks, rules and code fences but keeps their text', () => {
    expect(stripMarkup('> Een citaat\n\n---\n\n```\ncode **blijft**\n```')).toBe('Een citaat\n\ncode **blijft**');
  });

  it('leaves stars and underscores that are no emphasis', () => {
    expect(stripMarkup('5 * 3 * 2 en snake_case_naam en 2*3')).toBe('5 * 3 * 2 en snake_case_naam en 2*3');
    expect(stripMarkup('Een \\*ster\\*')).toBe('Een *ster*');
  });
});

describe('stripMarkup: plain text', () => {
  it('passes feed text through, tidied', () => {
    expect(stripMarkup('  Eerste   alinea.  \n\n\n\nTweede.\n- een\n- twee  ')).toBe('Eerste alinea.\n\nTweede.\n- een\n- twee');
    expect(stripMarkup('')).toBe('');
  });

  it('leaves comparison signs that are no tags', () => {
    expect(stripMarkup('Kinderen < 12 jaar en > 4 jaar')).toBe('Kinderen < 12 jaar en > 4 jaar');
  });
});

describe('stripMarkupInline', () => {
  it('gives one line for names', () => {
    expect(stripMarkupInline('<h1>Stichting <em>Evenmens</em></h1><p>Mantelzorg</p>')).toBe('Stichting Evenmens Mantelzorg');
    expect(stripMarkupInline('**Taalpunt** &amp; bibliotheek')).toBe('Taalpunt & bibliotheek');
    expect(stripMarkupInline('- een\n- twee')).toBe('een twee');
  });
});

describe('stripMarkup: plain text takes a short way, with the same outcome', () => {
  // "\r\n" at the end sends a text the long way; it only adds a line break that tidying removes.
  const longWay = (text: string) => stripMarkup(`${text}\r\n`);
  it.each([
    'Gewone tekst.',
    '  Spaties   en\ttabs  ',
    'Eerste alinea.\n\n\n\nTweede alinea.',
    '- een\n-  twee\n   - drie',
    'Om 9.30 uur, 1.5 km, 3 - 4 jaar',
    '1 keer per week\n2 of 3 mensen',
    '-\nalleen een streepje',
    'Vragen? Bel ons: 0546 123 456.',
  ])('%j', (text) => {
    expect(stripMarkup(text)).toBe(longWay(text));
  });

  it('gives the same for every text of the Twenterand data', () => {
    const texts = defaultData.services.flatMap((s) => [s.name, s.description, ...Object.values(s.helder.name), ...Object.values(s.helder.description)]);
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) expect(stripMarkup(text), text).toBe(longWay(text));
  });

  it.each(['1. eerste\n2. tweede', '- - -', '---', 'a\n  -- - \nb', 'Titel\n===', '**vet**', 'a &amp; b', 'a\rb'])('still strips %j', (text) => {
    expect(stripMarkup(text)).toBe(longWay(text));
  });
});
