// Lines and paragraphs of a plan text: original 1-based line numbers are kept so that every item
// can point back to the document; paragraphs split by page breaks are joined again.
import { startsWithNumbering } from './numbering';

export interface Paragraph {
  text: string;
  /** 1-based original line numbers, inclusive. */
  startLine: number;
  endLine: number;
  /** For a paragraph joined across page breaks: where in `text` each following line starts. */
  joins?: { offset: number; line: number }[];
}

/** The original line that holds character `offset` of a paragraph's text. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.startLine;
  for (const join of paragraph.joins ?? []) if (offset >= join.offset) line = join.line;
  return line;
}

/** Lines of the text (\r\n, \r, \n; BOM removed); empty lines are kept so numbers match the file. */
export function splitLines(text: string): string[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/);
}

/** Characters that end a sentence or a complete line. */
const SENTENCE_END = /[。；;！!？?：:〕」』”’》】…]$/;
/** Characters after which a sentence clearly goes on. */
const CONTINUES = /[，,、（(“‘《〈【—\-－]$/;
/** A closing bracket whose group names responsibility or a period is a complete line. */
const COMPLETE_BRACKET_GROUP =
  /[（(〔][^（(〔）)〕]*(?:负责|牵头|责任|参与|配合|下同|\d{4}\s*年)[^（(〔）)〕]*[）)]$/;
/** Lines shorter than this that end without punctuation are headings, titles, names or dates. */
const MIN_BROKEN_LINE = 30;
/** How many page breaks one paragraph may span. */
const MAX_CHAIN = 4;

function isTableLine(line: string): boolean {
  return line.includes('\t');
}

function isHeadingLike(line: string): boolean {
  return startsWithNumbering(line) && !/[。；;！!？?]/.test(line) && line.length < MIN_BROKEN_LINE;
}

/** Whether a line, as it ends, leaves its sentence open for the next line. */
function endsOpen(line: string): boolean {
  if (isTableLine(line)) return false;
  if (CONTINUES.test(line)) return true;
  if (SENTENCE_END.test(line)) return false;
  if (line.length < MIN_BROKEN_LINE || isHeadingLike(line)) return false;
  // A long line without any inner punctuation is a title or a name (website chrome, headings).
  if (!/[，,。；;、：:]/.test(line)) return false;
  if (/[）)]$/.test(line)) return !COMPLETE_BRACKET_GROUP.test(line);
  return true;
}

/** Whether `next` may continue a paragraph broken at a page break. */
function canContinue(next: string): boolean {
  return next !== '' && !isTableLine(next) && !startsWithNumbering(next) && !/^附\s*件/.test(next);
}

interface TrimmedLine {
  text: string;
  line: number;
}

/**
 * Paragraphs of the text: one per non-blank line, except that a line whose sentence stays open
 * (Ziyang's page breaks: "…药品零差率销售改革，" ⏎⏎ "各级财政足额落实…") is joined with the
 * following line(s), provided the joined paragraph ends a sentence. Tab-separated table lines stay
 * as they are.
 */
export function toParagraphs(lines: string[]): Paragraph[] {
  const nonBlank: TrimmedLine[] = [];
  lines.forEach((raw, i) => {
    const text = isTableLine(raw) ? raw.replace(/^[ \u3000\u00a0]+|\s+$/g, '') : raw.trim();
    if (text !== '') nonBlank.push({ text, line: i + 1 });
  });
  const paragraphs: Paragraph[] = [];
  let i = 0;
  while (i < nonBlank.length) {
    const first = nonBlank[i] as TrimmedLine;
    const joined = joinChain(nonBlank, i);
    const last = nonBlank[i + joined] as TrimmedLine;
    const parts = nonBlank.slice(i, i + joined + 1);
    const paragraph: Paragraph = {
      text: parts.map((l) => l.text).join(''),
      startLine: first.line,
      endLine: last.line,
    };
    if (parts.length > 1) {
      let offset = 0;
      paragraph.joins = parts.slice(1).map((l, k) => {
        offset += (parts[k] as TrimmedLine).text.length;
        return { offset, line: l.line };
      });
    }
    paragraphs.push(paragraph);
    i += joined + 1;
  }
  return paragraphs;
}

/** How many following lines continue the paragraph that starts at `start` (0 when none). */
function joinChain(lines: TrimmedLine[], start: number): number {
  let current = (lines[start] as TrimmedLine).text;
  for (let count = 1; count <= MAX_CHAIN; count++) {
    if (!endsOpen(current)) return count - 1;
    const next = lines[start + count];
    if (next === undefined || !canContinue(next.text)) return count - 1;
    current = next.text;
    // Accept the join only if the paragraph closes a sentence within the allowed chain.
    if (!endsOpen(current)) return SENTENCE_END.test(current) || /[）)]$/.test(current) ? count : 0;
  }
  return 0;
}

/** Fold full-width and half-width forms, spaces and letter case, for matching (length may change). */
export function normalizeForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[〔［【]/g, '[')
    .replace(/[〕］】]/g, ']')
    .replace(/[—－‐–]/g, '-')
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, '')
    .toLowerCase();
}
