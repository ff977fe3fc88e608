/**
 * Feed text is text. Blank lines make paragraphs and lines starting with "- " make a list;
 * nothing else is markup, so a "<b>" in a feed is shown as the characters "<b>".
 */
export type TextBlock = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const flushList = () => {
    if (list?.length) blocks.push({ type: 'list', items: list });
    list = undefined;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushList();
    } else if (/^- /.test(line)) {
      flushParagraph();
      (list ??= []).push(line.slice(2).trim());
    } else if (list) {
      // A wrapped list line continues the item above it.
      list[list.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * Returns the URL when it may become a link (http, https, mailto, tel), else undefined.
 * Relative URLs are resolved against `base` so that a feed can link to its own site.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return undefined;
  }
  return (SAFE_SCHEMES as readonly string[]).includes(url.protocol) ? url.href : undefined;
}

/** A phone number as a tel: link, or undefined when it has no digits. */
export function telUrl(phone: string): string | undefined {
  // "+31 (0)546 …": the (0) is dialled only from inside the country.
  const digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}

/** An e-mail address as a mailto: link, or undefined when it does not look like one. */
export function mailtoUrl(email: string): string | undefined {
  const trimmed = email.trim();
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(trimmed) ? `mailto:${trimmed}` : undefined;
}
