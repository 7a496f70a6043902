// The three-way split of lost markup revenue, however it is worded: "通过调整医疗服务价格补偿80%",
// "70%通过调整医疗服务价格", "财政补助15%", or "按80%、15%、5%的比例……由价格、财政、医院分担".
import type { BasisPoints } from '../../shared/money';

export type ShareRole = 'price' | 'government' | 'hospital';

export interface ShareMatch {
  role: ShareRole;
  share: BasisPoints;
  /** Span of the clause that states it, in the sentence's text. */
  from: number;
  to: number;
}

const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;
const BOUNDARY = /[，,；;、：:]/;
const CLAUSE = /[，,；;：:]/;

/** Blanks out bracketed asides ("政府(举办主体,下同)") so their commas do not cut a clause; indices stay. */
export function maskBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    out += depth > 0 ? ' ' : c;
    if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return out;
}

function roleOf(words: string): ShareRole | null {
  if (/价格|调价/.test(words)) return 'price';
  if (/财政|政府|举办主体/.test(words)) return 'government';
  if (/医院|自身|自行|消化|运行成本|内部/.test(words)) return 'hospital';
  return null;
}

/** Role words in order of appearance, for the list form ("分别由调整价格、财政补助和医院自身消化"). */
function rolesInOrder(words: string): ShareRole[] {
  const out: ShareRole[] = [];
  for (const part of words.split(/[、，,和及与]/)) {
    const role = roleOf(part);
    if (role && !out.includes(role)) out.push(role);
  }
  return out;
}

/** The three shares of one sentence, when it states exactly one share per role and they add up to 100%. */
export function readShares(sentence: string): ShareMatch[] | null {
  const text = maskBrackets(sentence);
  const percents = [...text.matchAll(PERCENT)].map((m) => ({
    value: Math.round(Number(m[1]) * 100),
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (percents.length < 3) return null;
  const found: ShareMatch[] = [];
  percents.forEach((p, i) => {
    const nextStart = percents[i + 1]?.start ?? text.length;
    const prevEnd = percents[i - 1]?.end ?? 0;
    let after = p.end;
    while (after < nextStart && !BOUNDARY.test(text[after] as string)) after++;
    let before = p.start;
    while (before > prevEnd && !BOUNDARY.test(text[before - 1] as string)) before--;
    const roleAfter = roleOf(text.slice(p.end, after));
    const role = roleAfter ?? roleOf(text.slice(before, p.start));
    if (!role) return;
    // Percent first ("70%通过调整医疗服务价格"): quote up to the next boundary; percent last ("通过医院加强
    // 管理、降低运行成本等解决5%"): quote the whole comma clause before it.
    let clauseStart = p.start;
    while (clauseStart > prevEnd && !CLAUSE.test(text[clauseStart - 1] as string)) clauseStart--;
    found.push({
      role,
      share: p.value,
      from: roleAfter ? p.start : clauseStart,
      to: roleAfter ? after : p.end,
    });
  });
  let shares = found;
  if (found.length === 0 && percents.length === 3) {
    // The list form: three percents together, the three roles named afterwards in the same order.
    const last = percents[2] as { end: number };
    const roles = rolesInOrder(text.slice(last.end));
    if (roles.length !== 3) return null;
    const first = percents[0] as { start: number };
    shares = percents.map((p, i) => ({
      role: roles[i] as ShareRole,
      share: p.value,
      from: first.start,
      to: last.end,
    }));
  }
  const roles = new Set(shares.map((s) => s.role));
  const sum = shares.reduce((total, s) => total + s.share, 0);
  if (shares.length !== 3 || roles.size !== 3 || sum !== 10_000) return null;
  return shares;
}
