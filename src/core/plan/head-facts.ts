// The notice's document number, issue date and issuer, read from the lines above the plan's title:
// the document's own lines first, then a portal's metadata rows (成文日期 before 发布日期; 来源 is not the issuer).
import { ISSUER_END, readDocNumber, readIssueDate, readSignature } from './head-readers';
import type { Paragraph } from './lines';
import { readPortalFields } from './portal-fields';
import type { PlanWarning } from './types';

export interface HeadFacts {
  docNumber: string | null;
  issuedOn: string | null;
  issuer: string | null;
}

/** How many raw lines at the top a portal's metadata rows may occupy. */
const PORTAL_HEAD_LINES = 60;

function isHeadingText(text: string): boolean {
  return text.length <= 60 && !/[。，,；;！？!?：:]/.test(text) && !text.includes('\t');
}

/** Document number, issue date and issuer from the paragraphs before `limit`. */
export function readHeadFacts(
  paragraphs: Paragraph[],
  limit: number,
  gluedDocNumber: { docNumber: string; line: number } | null,
  warnings: PlanWarning[],
): HeadFacts {
  let docNumber: string | null = gluedDocNumber?.docNumber ?? null;
  let issuedOn: string | null = null;
  let issuer: string | null = null;
  const takeDate = (date: { date: string; damaged: boolean }, p: Paragraph, written: string) => {
    issuedOn = date.date;
    if (date.damaged) {
      warnings.push({
        line: p.startLine,
        message: `成文日期“${written}”格式残缺，按${date.date}读取，请核对`,
      });
    }
  };
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
    if (issuedOn !== null) continue;
    const date = readIssueDate(p.text);
    if (date) {
      takeDate(date, p, p.text);
      const before = paragraphs[i - 1];
      if (before && isHeadingText(before.text) && ISSUER_END.test(before.text))
        issuer = before.text;
      // "…请认真贯彻执行。XX市人民政府办公室" ⏎ "2016年5月4日": the signature ran into the paragraph.
      else if (before) issuer = readSignature(before.text)?.issuer ?? issuer;
      continue;
    }
    // Issuer and date on one line, or both run into the end of the notice's last paragraph.
    const signature = readSignature(p.text);
    if (signature?.date) {
      issuer = signature.issuer;
      takeDate(signature.date, p, signature.dateText ?? p.text);
    }
  }
  return { docNumber, issuedOn, issuer };
}

/**
 * Fills what the document's own lines left open from a portal's metadata rows, and warns where the
 * two disagree. Only the signing date (成文日期) is an issue date; a publication date (发布日期) stands
 * in for it with a warning; 来源 names the body that put the page online and is never the issuer.
 */
export function withPortalFields(
  facts: HeadFacts,
  lines: string[],
  warnings: PlanWarning[],
): HeadFacts {
  const portal = readPortalFields(
    lines.slice(0, PORTAL_HEAD_LINES).map((text, i) => ({ text, line: i + 1 })),
  );
  const result = { ...facts };
  if (result.docNumber === null && portal.docNumber !== null)
    result.docNumber = readDocNumber(portal.docNumber)?.docNumber ?? portal.docNumber;
  if (result.issuer === null && portal.issuer !== null) result.issuer = portal.issuer;
  const dateOf = (value: string | null) =>
    value === null ? null : readIssueDate(value.replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, ''));
  const signed = dateOf(portal.signedOn);
  if (result.issuedOn === null && signed !== null) result.issuedOn = signed.date;
  else if (result.issuedOn !== null && signed !== null && signed.date !== result.issuedOn) {
    warnings.push({
      line: portal.lines.signedOn ?? null,
      message: `网页标注的成文日期${signed.date}与文末落款日期${result.issuedOn}不一致，按落款日期读取，请核对`,
    });
  }
  const published = dateOf(portal.publishedOn);
  if (result.issuedOn === null && published !== null) {
    result.issuedOn = published.date;
    warnings.push({
      line: portal.lines.publishedOn ?? null,
      message: `没有找到成文日期（落款日期），暂按网页发布日期${published.date}读取；发布日期通常晚于成文日期，请核对后修改`,
    });
  }
  return result;
}
