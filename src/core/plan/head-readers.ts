// Readers of the lines at a notice's head and foot: the document number (any bracket style, damaged
// or glued to the title), the issue date (Arabic or Chinese numerals, damaged compact forms) and the signature.
import { chineseNumeralValue } from './numbering';

function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The name of a body that signs a notice. */
export const ISSUER_END = /(人民政府|办公室|办公厅|委员会|政府|领导小组|局|委|办|厅)$/;

/** Opening and closing brackets of the year: 〔2015〕 [2015] ［2015］ 【2015】 (2015) （2015） 〈2015〉. */
const YEAR_OPEN = '[〔[［【(（〈｛{]';
const YEAR_CLOSE = '[〕\\]］】)）〉｝}]';
const DOC_NUMBER = new RegExp(
  `^([\\u4e00-\\u9fa5]{2,14})\\s*${YEAR_OPEN}\\s*(\\d{4})\\s*(${YEAR_CLOSE})?\\s*(\\d{1,4})\\s*(号)?$`,
);
/** A complete number inside a line: prefix, bracketed year, serial, 号. */
const DOC_NUMBER_IN_LINE = `[\\u4e00-\\u9fa5]{2,14}\\s*${YEAR_OPEN}\\s*\\d{4}\\s*${YEAR_CLOSE}\\s*\\d{1,4}\\s*号`;

/** A document number standing on its own line: 哈政办规〔2017〕28号; damaged forms are repaired. */
export function readDocNumber(text: string): { docNumber: string; damaged: boolean } | null {
  const m = DOC_NUMBER.exec(asciiDigits(text.trim()));
  if (!m) return null;
  const [, prefix, year, close, serial, hao] = m;
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

const ZERO_LIKE = '零○◯ОＯOo０0';

function chineseYear(s: string): number | null {
  const digits = '〇一二三四五六七八九';
  let year = 0;
  for (const ch of s) {
    // 〇 is often typed as ○ (a circle), Ｏ, O or a Cyrillic О.
    const d = ZERO_LIKE.includes(ch) ? 0 : digits.indexOf(ch);
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
    /^([〇零○◯ОＯOo0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(
      t,
    );
  if (chinese) {
    const year = chineseYear(chinese[1] ?? '');
    const month = chineseNumeralValue(chinese[2] ?? '');
    const day = chineseNumeralValue(chinese[3] ?? '');
    const date = year && month && day ? validDate(year, month, day) : null;
    return date ? { date, damaged: false } : null;
  }
  const written = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(t);
  if (written) {
    const date = validDate(Number(written[1]), Number(written[2]), Number(written[3]));
    return date ? { date, damaged: false } : null;
  }
  return compactDate(t);
}

/**
 * A date whose separators were lost ("20201027", "2017821", "201786"): read only when exactly one
 * split of the digits after the year into month and day gives a real date; always marked damaged.
 */
function compactDate(t: string): { date: string; damaged: boolean } | null {
  const m = /^((?:19|20)\d{2})(\d{2,4})$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const rest = m[2] as string;
  const readings = new Set<string>();
  for (let cut = 1; cut < rest.length; cut++) {
    const month = rest.slice(0, cut);
    const day = rest.slice(cut);
    if (month.length > 2 || day.length > 2) continue;
    // "1027" is October 27, never "10" "2" "7": a two-digit part may not start with 0 unless it is 0X.
    const date = validDate(year, Number(month), Number(day));
    if (date) readings.add(date);
  }
  if (readings.size !== 1) return null;
  const [date] = [...readings] as [string];
  return { date, damaged: true };
}

/** The words a title ends with, before a number glued after it. */
const TITLE_END = '(?:通知|通报|决定|意见|方案|办法|规划|计划|任务分工|要点|细则|措施)';
const GLUED_AFTER = new RegExp(
  `^(.{6,}?${TITLE_END}(?:[（(][^（()）]*[）)])?)\\s*[（(]?\\s*(${DOC_NUMBER_IN_LINE})\\s*[）)]?$`,
);
const GLUED_BEFORE = new RegExp(`^(${DOC_NUMBER_IN_LINE})\\s*(.{6,})$`);

/**
 * A document number glued to a title on one line — "渝府办发〔2016〕12号关于印发…的通知",
 * "关于印发…的通知（渝府办发[2016]12号）" — split into the number and the title.
 */
export function splitGluedDocNumber(text: string): { docNumber: string; rest: string } | null {
  const t = asciiDigits(text.trim());
  const after = GLUED_AFTER.exec(t);
  const before = after ? null : GLUED_BEFORE.exec(t);
  const title = after?.[1] ?? before?.[2];
  const number = after?.[2] ?? before?.[1];
  if (title === undefined || number === undefined) return null;
  if (/[。；;，,：:]/.test(title)) return null;
  if (!/关于|^.{2,30}$/.test(title) || !new RegExp(`${TITLE_END}|${ISSUER_END.source}`).test(title))
    return null;
  const read = readDocNumber(number);
  return read ? { docNumber: read.docNumber, rest: title.trim() } : null;
}

/** A date at the end of a text, in any form readIssueDate reads. */
const DATE_AT_END =
  /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○◯ОＯOo0一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?:19|20)\d{4,6})$/;

export interface Signature {
  issuer: string | null;
  date: { date: string; damaged: boolean } | null;
  /** The date as written. */
  dateText: string | null;
}

/**
 * The signature at the end of a paragraph: the issuer and the date on one line ("哈尔滨市人民政府办公厅
 * 2017年6月8日"), or run into the end of the notice's last paragraph ("…请认真贯彻执行。XX市人民政府办公室
 * 2016年5月4日"). Null when the paragraph does not end in one.
 */
export function readSignature(text: string): Signature | null {
  const t = asciiDigits(text.trim());
  const stop = Math.max(t.lastIndexOf('。'), t.lastIndexOf('！'), t.lastIndexOf('）'));
  const runIn = stop >= 0;
  const tail = t.slice(stop + 1).trim();
  if (tail === '') return null;
  const dateMatch = DATE_AT_END.exec(tail);
  const date = dateMatch ? readIssueDate(dateMatch[1] as string) : null;
  const issuerText = (dateMatch ? tail.slice(0, dateMatch.index) : tail).trim();
  const issuer =
    issuerText !== '' &&
    issuerText.length <= 30 &&
    !/[，,、：:；;]/.test(issuerText) &&
    ISSUER_END.test(issuerText)
      ? issuerText
      : null;
  // A bare date is readIssueDate's and a lone issuer line the caller's: a signature names its issuer,
  // and on a line of its own also its date.
  if (issuer === null || (!runIn && date === null)) return null;
  return { issuer, date, dateText: dateMatch?.[1] ?? null };
}
