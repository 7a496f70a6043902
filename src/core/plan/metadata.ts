// The plan's metadata — title, covering notice title, issuer, document number, issue date — read from
// the head of the document, tolerating website chrome and damaged numbers or dates (with a warning).
import { normalizeForMatch, type Paragraph } from './lines';
import { chineseNumeralValue } from './numbering';
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
const ISSUER_END = /(人民政府|办公室|办公厅|委员会|政府|领导小组|局|委|办|厅)$/;

function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function isHeadingText(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH && !/[。，,；;！？!?：:]/.test(text) && !text.includes('\t')
  );
}

/** A document number standing on its own line: 哈政办规〔2017〕28号; damaged forms are repaired. */
export function readDocNumber(text: string): { docNumber: string; damaged: boolean } | null {
  const m =
    /^([\u4e00-\u9fa5]{2,14})\s*([〔[［【(（])\s*(\d{4})\s*([〕\]］】)）])?\s*(\d{1,4})\s*(号)?$/.exec(
      asciiDigits(text.trim()),
    );
  if (!m) return null;
  const [, prefix, , year, close, serial, hao] = m;
  if (prefix === undefined || year === undefined || serial === undefined) return null;
  const docNumber = `${prefix}〔${year}〕${Number(serial)}号`;
  return { docNumber, damaged: close === undefined || hao === undefined };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function chineseYear(s: string): number | null {
  const digits = '〇一二三四五六七八九';
  let year = 0;
  for (const ch of s) {
    const d = ch === '零' || ch === 'О' ? 0 : digits.indexOf(ch);
    if (d < 0) return null;
    year = year * 10 + d;
  }
  return year;
}

/** An issue date standing on its own line ("2017年6月8日", "二〇一七年六月八日", damaged "20201027"). */
export function readIssueDate(text: string): { date: string; damaged: boolean } | null {
  const t = asciiDigits(text.trim().replace(/\s+/g, ''));
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (arabic) {
    const date = validDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
    return date ? { date, damaged: false } : null;
  }
  const chinese =
    /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(
      t,
    );
  if (chinese) {
    const year = chineseYear(chinese[1] ?? '');
    const month = chineseNumeralValue(chinese[2] ?? '');
    const day = chineseNumeralValue(chinese[3] ?? '');
    const date = year && month && day ? validDate(year, month, day) : null;
    return date ? { date, damaged: false } : null;
  }
  const squeezed = /^(\d{4})[-./]?(\d{2})[-./]?(\d{2})$/.exec(t);
  if (squeezed) {
    const date = validDate(Number(squeezed[1]), Number(squeezed[2]), Number(squeezed[3]));
    const written = /^\d{4}[-./]\d{2}[-./]\d{2}$/.test(t);
    return date ? { date, damaged: !written } : null;
  }
  return null;
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

export function extractMetadata(paragraphs: Paragraph[], warnings: PlanWarning[]): PlanMetadata {
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

  let docNumber: string | null = null;
  let issuedOn: string | null = null;
  let issuer: string | null = null;
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i] as Paragraph;
    if (docNumber === null) {
      const read = readDocNumber(p.text);
      if (read) {
        docNumber = read.docNumber;
        if (read.damaged) {
          warnings.push({
            line: p.startLine,
            message: `文号“${p.text}”残缺，按“${read.docNumber}”读取，请核对`,
          });
        }
        continue;
      }
    }
    if (issuedOn === null) {
      const date = readIssueDate(p.text);
      if (date) {
        issuedOn = date.date;
        if (date.damaged) {
          warnings.push({
            line: p.startLine,
            message: `成文日期“${p.text}”格式残缺，按${date.date}读取，请核对`,
          });
        }
        const before = paragraphs[i - 1];
        if (before && isHeadingText(before.text) && ISSUER_END.test(before.text))
          issuer = before.text;
      }
    }
  }
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
