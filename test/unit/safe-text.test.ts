import { describe, it, expect } from 'vitest';
import { mailtoUrl, safeUrl, telUrl, textBlocks } from '../../src/core/safe-text.js';

describe('textBlocks', () => {
  it('gives nothing for empty or blank text', () => {
    expect(textBlocks('')).toEqual([]);
    expect(textBlocks('   \n\n \t\n')).toEqual([]);
  });

  it('makes one paragraph of lines without a blank line between them', () => {
    expect(textBlocks('Regel een\nregel twee\n  regel drie  ')).toEqual([
      { type: 'paragraph', text: 'Regel een regel twee regel drie' },
    ]);
  });

  it('starts a new paragraph at a blank line (also one with only spaces)', () => {
    expect(textBlocks('Eerste alinea.\n\nTweede alinea.\n   \nDerde.')).toEqual([
      { type: 'paragraph', text: 'Eerste alinea.' },
      { type: 'paragraph', text: 'Tweede alinea.' },
      { type: 'paragraph', text: 'Derde.' },
    ]);
  });

  it('collapses several blank lines into one break', () => {
    expect(textBlocks('\n\nEen.\n\n\n\nTwee.\n\n')).toEqual([
      { type: 'paragraph', text: 'Een.' },
      { type: 'paragraph', text: 'Twee.' },
    ]);
  });

  it('makes a list of lines starting with "- "', () => {
    expect(textBlocks('Neem mee:\n- uw ID-bewijs\n- uw bankafschrift\n  - een loonstrook')).toEqual([
      { type: 'paragraph', text: 'Neem mee:' },
      { type: 'list', items: ['uw ID-bewijs', 'uw bankafschrift', 'een loonstrook'] },
    ]);
  });

  it('continues a list item on a wrapped line', () => {
    expect(textBlocks('- een lang punt dat\n  doorloopt op de volgende regel\n- kort')).toEqual([
      { type: 'list', items: ['een lang punt dat doorloopt op de volgende regel', 'kort'] },
    ]);
  });

  it('ends a list at a blank line, so the next line is a paragraph again', () => {
    expect(textBlocks('- a\n- b\n\nDaarna tekst.\n\n- c')).toEqual([
      { type: 'list', items: ['a', 'b'] },
      { type: 'paragraph', text: 'Daarna tekst.' },
      { type: 'list', items: ['c'] },
    ]);
  });

  it('does not treat a dash without a space, or a dash inside a line, as a list', () => {
    expect(textBlocks('-5 graden\nA - B')).toEqual([{ type: 'paragraph', text: '-5 graden A - B' }]);
    expect(textBlocks('Tekst met - streepje')).toEqual([{ type: 'paragraph', text: 'Tekst met - streepje' }]);
  });

  it('trims extra space after the dash', () => {
    expect(textBlocks('-    ruim')).toEqual([{ type: 'list', items: ['ruim'] }]);
  });

  it('handles Windows (CRLF) and old Mac (CR) line ends like LF', () => {
    const lf = textBlocks('Een\ntwee\n\n- a\n- b');
    expect(textBlocks('Een\r\ntwee\r\n\r\n- a\r\n- b')).toEqual(lf);
    expect(textBlocks('Een\rtwee\r\r- a\r- b')).toEqual(lf);
    expect(textBlocks('Een\r\n\r\nTwee')).toEqual([
      { type: 'paragraph', text: 'Een' },
      { type: 'paragraph', text: 'Twee' },
    ]);
  });

  it('keeps HTML-looking text as literal text', () => {
    const html = '<b>vet</b> <script>alert(1)</script> <img src=x onerror=alert(1)> &amp; &lt;';
    expect(textBlocks(html)).toEqual([{ type: 'paragraph', text: html }]);
    expect(textBlocks('- <a href="javascript:alert(1)">klik</a>')).toEqual([
      { type: 'list', items: ['<a href="javascript:alert(1)">klik</a>'] },
    ]);
  });

  it('does not interpret Markdown', () => {
    expect(textBlocks('**vet** [link](https://x.nl)\n* ster\n1. nummer')).toEqual([
      { type: 'paragraph', text: '**vet** [link](https://x.nl) * ster 1. nummer' },
    ]);
  });
});

describe('safeUrl', () => {
  it('allows http and https, normalised by the URL parser', () => {
    expect(safeUrl('https://www.twenterand.nl')).toBe('https://www.twenterand.nl/');
    expect(safeUrl('http://example.nl/pad?q=1#x')).toBe('http://example.nl/pad?q=1#x');
    expect(safeUrl('HTTPS://WWW.Twenterand.NL/Pad')).toBe('https://www.twenterand.nl/Pad');
  });

  it('allows mailto and tel', () => {
    expect(safeUrl('mailto:info@twenterand.nl')).toBe('mailto:info@twenterand.nl');
    expect(safeUrl('tel:+31546840000')).toBe('tel:+31546840000');
  });

  it('refuses javascript:, also disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript://example.nl/%0Aalert(1)',
    ]) {
      expect(safeUrl(value), JSON.stringify(value)).toBeUndefined();
      expect(safeUrl(value, 'https://www.twenterand.nl/'), JSON.stringify(value)).toBeUndefined();
    }
  });

  it('refuses data:, vbscript:, file: and other schemes', () => {
    for (const value of [
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.nl/',
      'blob:https://example.nl/1234',
      'about:blank',
      'sms:0612345678',
    ]) {
      expect(safeUrl(value), value).toBeUndefined();
      expect(safeUrl(value, 'https://www.twenterand.nl/'), value).toBeUndefined();
    }
  });

  it('refuses relative URLs without a base', () => {
    expect(safeUrl('/regelingen')).toBeUndefined();
    expect(safeUrl('regelingen.html')).toBeUndefined();
    expect(safeUrl('//evil.example/x')).toBeUndefined();
    expect(safeUrl('www.twenterand.nl')).toBeUndefined();
  });

  it('resolves relative URLs against the base', () => {
    const base = 'https://www.twenterand.nl/feeds/regelingen.json';
    expect(safeUrl('/regelingen', base)).toBe('https://www.twenterand.nl/regelingen');
    expect(safeUrl('meedoen.html', base)).toBe('https://www.twenterand.nl/feeds/meedoen.html');
    expect(safeUrl('../over', base)).toBe('https://www.twenterand.nl/over');
    expect(safeUrl('?q=1', base)).toBe('https://www.twenterand.nl/feeds/regelingen.json?q=1');
  });

  it('keeps an absolute URL absolute when a base is given', () => {
    expect(safeUrl('https://example.org/x', 'https://www.twenterand.nl/')).toBe('https://example.org/x');
  });

  it('refuses everything when the base itself cannot be parsed', () => {
    expect(safeUrl('/pad', 'geen url')).toBeUndefined();
  });

  it('trims surrounding whitespace and refuses empty input', () => {
    expect(safeUrl('  https://www.twenterand.nl/a \n')).toBe('https://www.twenterand.nl/a');
    expect(safeUrl('')).toBeUndefined();
    expect(safeUrl('   ')).toBeUndefined();
    expect(safeUrl('   ', 'https://www.twenterand.nl/')).toBeUndefined();
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 0, 1, true, {}, [], ['https://x.nl'], new URL('https://x.nl'), () => 'https://x.nl']) {
      expect(safeUrl(value), String(value)).toBeUndefined();
    }
  });
});

describe('telUrl', () => {
  it('keeps digits and a plus', () => {
    expect(telUrl('0546 - 84 00 00')).toBe('tel:0546840000');
    expect(telUrl('+31 546 840 000')).toBe('tel:+31546840000');
    expect(telUrl('14 0546')).toBe('tel:140546');
    expect(telUrl('(0546) 84.00.00')).toBe('tel:0546840000');
    expect(telUrl('112')).toBe('tel:112');
  });

  it('refuses text with fewer than three digits', () => {
    expect(telUrl('')).toBeUndefined();
    expect(telUrl('bel ons')).toBeUndefined();
    expect(telUrl('12')).toBeUndefined();
    expect(telUrl('+')).toBeUndefined();
  });

  it('drops the "(0)" of the Dutch international notation (BUG: "+31 (0)546 …" dials +310546…)', () => {
    expect(telUrl('+31 (0)546 840 000')).toBe('tel:+31546840000');
  });

  it('cannot be used to smuggle in another scheme', () => {
    expect(telUrl('javascript:alert(123)')).toBe('tel:123');
  });
});

describe('mailtoUrl', () => {
  it('makes a mailto: link of an e-mail address, trimmed', () => {
    expect(mailtoUrl('info@twenterand.nl')).toBe('mailto:info@twenterand.nl');
    expect(mailtoUrl('  voornaam.achternaam+tag@sub.twenterand.nl ')).toBe('mailto:voornaam.achternaam+tag@sub.twenterand.nl');
  });

  it('refuses what does not look like an address', () => {
    for (const value of ['', ' ', 'info', 'info@', '@twenterand.nl', 'info@twenterand', 'in fo@twenterand.nl', 'a@b@c.nl', 'info@@twenterand.nl']) {
      expect(mailtoUrl(value), value).toBeUndefined();
    }
  });

  it('refuses markup and brackets', () => {
    expect(mailtoUrl('<script>@x.nl')).toBeUndefined();
    expect(mailtoUrl('"><img src=x onerror=alert(1)>@x.nl')).toBeUndefined();
    expect(mailtoUrl('info@x.nl (werk)')).toBeUndefined();
  });
});
