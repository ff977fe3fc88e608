/**
 * HSDS allows HTML or Markdown in its descriptions. Helder never renders markup: stripMarkup turns
 * either into the feed text format of safe-text.ts (paragraphs at blank lines, "- " list lines).
 * Links become their text, images their alt text, script and style content goes, entities are
 * decoded last, so "&lt;b&gt;" ends as the characters "<b>", shown as text.
 */

/** Elements whose content is not text for a reader. */
const DROPPED = ['script', 'style', 'template', 'head', 'title', 'noscript', 'iframe', 'object', 'svg', 'math', 'canvas'];

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'address',
  'hr', 'form', 'fieldset', 'details', 'summary', 'caption',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const LOOKS_LIKE_HTML = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;

/**
 * What any step below reacts to: HTML and entities, Markdown's marks, carriage returns, and
 * lines that are a numbered item or a rule of dashes. Text without any of them is only tidied.
 */
const MARKUP = /[<&\r`~>[\]#*_=\\!+]|^[^\S\n]*(?:\d{1,9}[.)][^\S\n]|-(?:[^\S\n]*-){2,}[^\S\n]*$)/m;

/** Turns HTML or Markdown into plain feed text. Plain text passes through, tidied. */
export function stripMarkup(text: string): string {
  // Most feed text is plain: a feed of 10,000 services has some 70,000 texts.
  if (!MARKUP.test(text)) return tidy(text);
  let result = text.replace(/\r\n?/g, '\n');
  // Markdown autolinks look like tags; keep their address as text.
  result = result.replace(/<((?:https?:\/\/|mailto:)[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>/gi, '$1');
  if (LOOKS_LIKE_HTML.test(result)) result = htmlToText(result);
  result = markdownToText(result);
  return tidy(decodeEntities(result));
}

/** The text of one line, for names and labels: markup stripped, paragraphs joined. */
export function stripMarkupInline(text: string): string {
  return stripMarkup(text)
    .split('\n')
    .map((line) => line.replace(/^- /, ''))
    .filter((line) => line !== '')
    .join(' ');
}

function htmlToText(html: string): string {
  let text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, ' ')
    .replace(/<![^>]*>|<\?[^>]*>/g, ' ');
  for (const name of DROPPED) {
    // Unclosed: drop to the end, rather than show code.
    text = text.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?(?:</${name}\\s*>|$)`, 'gi'), ' ');
  }
  // Whitespace in HTML is not layout; the tags are.
  text = text.replace(/\s+/g, ' ');

  let listDepth = 0;
  return text.replace(TAG, (_tag, closing: string, rawName: string, attributes: string) => {
    const name = rawName.toLowerCase();
    const close = closing === '/';
    if (name === 'br') return '\n';
    if (name === 'ul' || name === 'ol') {
      // A nested list continues its parent: its items are flattened into the same list.
      const nested = close ? listDepth > 1 : listDepth > 0;
      listDepth = Math.max(0, listDepth + (close ? -1 : 1));
      return nested ? '' : '\n\n';
    }
    if (name === 'li') return close ? '' : '\n- ';
    if (name === 'img') {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
      return alt ? ` ${alt[1] ?? alt[2] ?? alt[3]} ` : ' ';
    }
    if (name === 'td' || name === 'th') return ' ';
    // Inside a list item a paragraph stays part of the item.
    if (BLOCKS.has(name)) return listDepth > 0 ? ' ' : '\n\n';
    return '';
  });
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;

function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of markdown.split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      else out.push(raw);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      out.push('');
      continue;
    }
    let line = raw.replace(/^(\s*>\s?)+/, ''); // blockquotes
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*=+\s*$/.test(line)) {
      out.push(''); // rules and heading underlines end a paragraph
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      out.push('', inline(heading[1]!), '');
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) line = `- ${item[1]}`;
    out.push(inline(line));
  }
  return out.join('\n');
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, '$1') // links: their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks, code: string) => code.trim()) // code spans
    .replace(/(?<![\\\w])(\*\*|__)(?=\S)([\s\S]*?\S)\1(?![\w])/g, '$2') // strong
    .replace(/(?<![\\\w*])\*(?=[^\s*])([^*]*?[^\s*\\])\*(?![\w*])/g, '$1') // emphasis with *
    .replace(/(?<![\\\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu, '$1') // emphasis with _
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1') // strikethrough
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1'); // escapes, last
}

/** The named entities of HTML 4's Latin-1 range, from U+00A0 (nbsp) to U+00FF (yuml), in order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ...LATIN1.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)] as const),
  ...Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", euro: '€', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
    sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…', bull: '•', trade: '™', permil: '‰', lsaquo: '‹',
    rsaquo: '›', dagger: '†', Dagger: '‡', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ',
    circ: 'ˆ', tilde: '˜', ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '\u200c', zwj: '\u200d', minus: '−',
    larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', le: '≤', ge: '≥', ne: '≠', infin: '∞',
  }),
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (entity, body: string) => {
    if (body[0] !== '#') return ENTITIES.get(body) ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** One space between words, "- " items on their own lines, at most one blank line, no empty items. */
function tidy(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '-');
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
