// The plan's metadata — title, covering notice title, issuer, document number, issue date — read from
// the head of the document, tolerating website chrome and damaged numbers or dates (with a warning).
import { normalizeForMatch, type Paragraph } from './lines';
import { readHeadFacts, withPortalFields } from './head-facts';
import { ISSUER_END, readDocNumber, readIssueDate, splitGluedDocNumber } from './head-readers';
import type { PlanWarning } from './types';

export interface PlanMetadata {
  title: string | null;
  noticeTitle: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  /** First line of the plan itself (its title); lines before it belong to the covering notice. */
  bodyStartLine: number;
  /** Last line of the plan title. */
  titleEndLine: number | null;
}

/** How far into the document the notice's number, date and signature are looked for. */
const HEAD_PARAGRAPHS = 40;
/** A heading line is short and carries no sentence punctuation. */
const MAX_HEADING_LENGTH = 60;
const PLAN_NAME_END = /(方案|意见|办法|规划|计划|任务分工|要点|细则|措施|任务)$/;

export { readDocNumber, readIssueDate };

function isHeadingText(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH && !/[。，,；;！？!?：:]/.test(text) && !text.includes('\t')
  );
}

/** The covering notice's title "关于印发…的通知", joined over up to five heading lines. */
function findNoticeTitle(head: Paragraph[]): { text: string; endIndex: number } | null {
  for (let i = 0; i < head.length; i++) {
    const first = head[i] as Paragraph;
    const at = first.text.indexOf('关于');
    if (at < 0 || first.text.length > 120 || /[。；]/.test(first.text)) continue;
    let text = first.text.slice(at);
    for (let j = i; j < Math.min(head.length, i + 5); j++) {
      if (j > i) {
        const next = (head[j] as Paragraph).text;
        if (!isHeadingText(next)) break;
        text += next;
      }
      if (/(通知|通报|决定)$/.test(text)) return { text, endIndex: j };
    }
  }
  return null;
}

/** The plan's name as quoted in the notice: 《…》 in "现将《X》印发" / "《X》已经…同意", or X in "关于印发X的通知". */
function quotedPlanName(head: Paragraph[], noticeTitle: string | null): string | null {
  for (const p of head) {
    const m =
      /《([^《》]{4,80})》\s*(?:已经|印发|现印发|予以印发|经)/.exec(p.text) ??
      /现将《([^《》]{4,80})》/.exec(p.text);
    if (m?.[1]) return m[1];
  }
  if (noticeTitle) {
    const m = /^关于(?:印发|转发|下发)《?(.+?)》?的(?:通知|通报)$/.exec(noticeTitle);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Consecutive heading paragraphs whose joined text equals `name`. */
function findHeadingRun(
  paragraphs: Paragraph[],
  name: string,
  from: number,
): { start: number; end: number } | null {
  const target = normalizeForMatch(name);
  for (let i = from; i < paragraphs.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(paragraphs.length, i + 5); j++) {
      const text = (paragraphs[j] as Paragraph).text;
      if (!isHeadingText(text)) break;
      joined += normalizeForMatch(text);
      if (joined === target) return { start: i, end: j };
      if (!target.startsWith(joined)) break;
    }
  }
  return null;
}

/** Without a notice: the first run of heading lines that names a plan. */
function findPlanHeading(
  paragraphs: Paragraph[],
  from: number,
): { start: number; end: number } | null {
  for (let i = from; i < Math.min(paragraphs.length, from + HEAD_PARAGRAPHS); i++) {
    let joined = '';
    for (let j = i; j < Math.min(paragraphs.length, i + 4); j++) {
      const text = (paragraphs[j] as Paragraph).text;
      if (!isHeadingText(text) || /^关于/.test(text)) break;
      // The issuer's name above a plan is not part of the plan's title.
      if (ISSUER_END.test(text) && !PLAN_NAME_END.test(text)) break;
      joined += text;
      if (PLAN_NAME_END.test(joined)) return { start: i, end: j };
    }
  }
  return null;
}

function joinText(paragraphs: Paragraph[], start: number, end: number): string {
  return paragraphs
    .slice(start, end + 1)
    .map((p) => p.text)
    .join('');
}

/**
 * Head paragraphs with a document number glued to their title taken off ("渝府办发〔2016〕12号关于印发…
 * 的通知" reads as the title, the number is kept apart).
 */
function withoutGluedNumbers(paragraphs: Paragraph[]): {
  paragraphs: Paragraph[];
  glued: { docNumber: string; line: number } | null;
} {
  let glued: { docNumber: string; line: number } | null = null;
  const cleaned = paragraphs.map((p, i) => {
    if (i >= HEAD_PARAGRAPHS) return p;
    const split = splitGluedDocNumber(p.text);
    if (split === null) return p;
    glued ??= { docNumber: split.docNumber, line: p.startLine };
    return { ...p, text: split.rest };
  });
  return { paragraphs: cleaned, glued };
}

export function extractMetadata(
  written: Paragraph[],
  warnings: PlanWarning[],
  lines: string[] = [],
): PlanMetadata {
  const { paragraphs, glued } = withoutGluedNumbers(written);
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS);
  const notice = findNoticeTitle(head);
  const noticeTitle = notice?.text ?? null;
  const name = quotedPlanName(head, noticeTitle);
  const searchFrom = notice ? notice.endIndex + 1 : 0;
  const run = name
    ? findHeadingRun(paragraphs, name, searchFrom)
    : findPlanHeading(paragraphs, searchFrom);
  const title = run ? joinText(paragraphs, run.start, run.end) : name;
  const limit = run ? run.start : Math.min(paragraphs.length, HEAD_PARAGRAPHS);

  const own = readHeadFacts(paragraphs, limit, glued, warnings);
  const { docNumber, issuedOn, ...rest } = withPortalFields(own, lines, warnings);
  let issuer = rest.issuer;
  if (issuer === null) issuer = headerIssuer(head, notice?.endIndex ?? null);

  const titleParagraph = run ? paragraphs[run.start] : undefined;
  const titleEnd = run ? paragraphs[run.end] : undefined;
  return {
    title,
    noticeTitle,
    issuer,
    docNumber,
    issuedOn,
    bodyStartLine: titleParagraph?.startLine ?? 1,
    titleEndLine: titleEnd?.endLine ?? null,
  };
}

/** The issuer named above the notice title ("资阳市人民政府") or before "关于" in it. */
function headerIssuer(head: Paragraph[], noticeEnd: number | null): string | null {
  if (noticeEnd === null) return null;
  for (let i = noticeEnd; i >= 0; i--) {
    const text = (head[i] as Paragraph).text;
    const at = text.indexOf('关于');
    if (at > 0) {
      const prefix = text
        .slice(0, at)
        .replace(/^【[^】]*】/, '')
        .trim();
      if (ISSUER_END.test(prefix)) return prefix;
    }
    if (at < 0 && isHeadingText(text) && ISSUER_END.test(text)) return text;
  }
  return null;
}
