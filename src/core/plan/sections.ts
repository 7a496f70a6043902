// The section tree of a plan from its own numbering (一、 （一） 1. …): a style's level follows the
// order in which styles nest, like a legal-document parser's stack; annexes are top-level parts.
import type { Paragraph } from './lines';
import { parseNumbering, type NumberingMarker, type NumberingStyle } from './numbering';
import type { Section } from './types';

/** Which part of the document a section belongs to; each part numbers its own sections. */
export type DocumentPart = 'notice' | 'body' | 'annex';

/** A section with the paragraphs that are its own (heading and text up to the next numbered item). */
export interface SectionItem {
  section: Section;
  marker: NumberingMarker;
  part: DocumentPart;
  /** Keys of the enclosing sections, outermost first. */
  path: string[];
  parentKey: string | null;
  paragraphs: Paragraph[];
}

export interface SectionTree {
  sections: Section[];
  /** Every section in document order. */
  items: SectionItem[];
}

/** Prefix of keys in the covering notice, so that its 一、二、三 never collide with the plan's. */
export const NOTICE_KEY_PREFIX = '通知';

const SENTENCE_STOP = /[。；;！!？?]/;
const MAX_HEADING_LENGTH = 60;

function isHeadingText(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !/[。，,；;：:]/.test(text) && !text.includes('\t');
}

/** The heading of a numbered paragraph: its text up to the first full stop, without the marker. */
export function headingTitle(rest: string): string {
  const stop = rest.search(SENTENCE_STOP);
  return (stop >= 0 ? rest.slice(0, stop) : rest).trim();
}

/** An annex heading ("附件1", "附件 2 巴南区…"), not a list of attachments ("附件：1.…"). */
function isAnnexStart(marker: NumberingMarker, text: string): boolean {
  return (
    marker.style === 'annex' &&
    parseNumbering(marker.rest) === null &&
    text.length <= MAX_HEADING_LENGTH
  );
}

interface StackEntry {
  style: NumberingStyle;
  item: SectionItem;
}

export function buildSections(paragraphs: Paragraph[], bodyStartLine: number): SectionTree {
  const roots: Section[] = [];
  const items: SectionItem[] = [];
  const usedKeys = new Set<string>();
  let stack: StackEntry[] = [];
  let part: DocumentPart = 'notice';
  let current: SectionItem | null = null;
  // Numbered lines that directly follow a tab-separated table line are the rest of a table cell
  // ("\t1. 制定…" ⏎ "2. 做好…"), not headings of the plan.
  let inTableCell = false;
  let previous: Paragraph | null = null;

  const uniqueKey = (base: string): string => {
    let key = base;
    for (let n = 2; usedKeys.has(key); n++) key = `${base}#${n}`;
    usedKeys.add(key);
    return key;
  };

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as Paragraph;
    if (part === 'notice' && paragraph.startLine >= bodyStartLine) {
      part = 'body';
      stack = [];
      current = null;
    }
    const isTable = paragraph.text.includes('\t');
    const found = isTable ? null : parseNumbering(paragraph.text);
    const annexStart = found !== null && isAnnexStart(found, paragraph.text);
    inTableCell =
      !annexStart &&
      (isTable ||
        (inTableCell && previous !== null && paragraph.startLine === previous.endLine + 1));
    previous = paragraph;
    const marker = inTableCell ? null : found;
    if (marker === null || (marker.style === 'annex' && !isAnnexStart(marker, paragraph.text))) {
      // "附件：1.…" lists the attachments; the numbered lines right under it continue that list.
      if (marker !== null) inTableCell = true;
      current?.paragraphs.push(paragraph);
      continue;
    }
    if (marker.style === 'annex') {
      part = 'annex';
      stack = [];
    } else {
      const same = stack.findIndex((e) => e.style === marker.style);
      if (same >= 0) stack = stack.slice(0, same);
    }
    const parent = stack[stack.length - 1]?.item ?? null;
    const prefix = part === 'notice' ? [NOTICE_KEY_PREFIX] : [];
    const pathKeys = parent ? [...parent.path, parent.section.key] : [];
    const baseKey = parent
      ? `${parent.section.key}/${marker.key}`
      : [...prefix, marker.key].join('/');
    const title =
      marker.style === 'annex' && marker.rest === ''
        ? annexTitle(paragraphs, index)
        : headingTitle(marker.rest);
    const section: Section = {
      key: uniqueKey(baseKey),
      ref: marker.ref,
      title,
      level: stack.length + 1,
      source: { line: paragraph.startLine, endLine: paragraph.endLine },
      children: [],
    };
    const item: SectionItem = {
      section,
      marker,
      part,
      path: pathKeys,
      parentKey: parent?.section.key ?? null,
      paragraphs: [paragraph],
    };
    if (parent) parent.section.children.push(section);
    else roots.push(section);
    items.push(item);
    stack.push({ style: marker.style, item });
    current = item;
  }
  for (const item of items) {
    const last = item.paragraphs[item.paragraphs.length - 1] as Paragraph;
    item.section.source.endLine = last.endLine;
  }
  return { sections: roots, items };
}

/** An annex's title: the heading lines right after a bare "附件2". */
function annexTitle(paragraphs: Paragraph[], index: number): string {
  const parts: string[] = [];
  for (let i = index + 1; i < Math.min(paragraphs.length, index + 4); i++) {
    const text = (paragraphs[i] as Paragraph).text;
    if (!isHeadingText(text) || parseNumbering(text) !== null) break;
    parts.push(text);
  }
  return parts.join('');
}
