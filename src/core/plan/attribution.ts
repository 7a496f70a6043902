// The responsibility clause of a task — （牵头单位：…，配合单位：…）, 〔A、B和C负责。列首位的为牵头部门，下同〕,
// (责任单位:A、B,排在第一位的为牵头部门,下同), (A负责,B、C等参与), (A、B分别负责,C参与) — read into lead and cooperating units.
import { bracketGroups, type BracketGroup } from './brackets';
import { splitUnitList } from './unit-list';

export interface Attribution {
  /** The clause as written, brackets included. */
  clause: string;
  /** Position of the clause in the text it was found in. */
  index: number;
  lead: string[];
  co: string[];
  /** 分别负责: every lead unit leads its own part. */
  eachLeadsOwnPart: boolean;
  /** Parts of the clause that could not be read (the caller warns about them). */
  problems: string[];
}

/** What earlier clauses of the document say about later ones ("列首位的为牵头部门，下同"). */
export interface AttributionState {
  firstListedLeads: boolean;
}

export function createAttributionState(): AttributionState {
  return { firstListedLeads: false };
}

const LEAD_LABEL = /^(?:牵头单位|牵头部门|牵头处室|主办单位|牵头)\s*[：:]\s*/;
const RESPONSIBLE_LABEL = /^(?:责任单位|责任部门|负责单位|主责单位|责任主体)\s*[：:]\s*/;
const COOPERATING_LABEL = /^(?:配合单位|配合部门|协办单位|参与单位|协助单位|协同单位)\s*[：:]\s*/;
const LABEL =
  /(?:牵头|责任|负责|主责|配合|协办|参与|协助|协同|主办)(?:单位|部门|处室|主体)\s*[：:]/;
/** "列首位的为牵头部门" / "排在第一位的为牵头部门" / "排名第一的为牵头单位". */
const FIRST_LISTED_LEADS =
  /(?:首位|第一位|第一个|排名第一|排序第一|居首|排首位|第一家)[^，,。；;]*牵头/;
const SAME_BELOW = /下同/;
/** "分别负责指各部门（地方）按职责分头落实" — explains 分别负责, names no unit. */
const EACH_NOTE = /^分别(?:负责|牵头)(?:指|为|是|系|即)/;
const TIME_SEGMENT =
  /^(?:完成)?(?:时限|时间|期限)\s*[：:]|^(?:长期|持续|全程|常态化)(?:坚持|推进|开展)?$|^\d{4}\s*年.{0,12}$/;
const RESPONSIBLE_END = /(分别负责|分别牵头|共同负责|负责)$/;
const COOPERATING_END = /(参与|配合|协助|协办|协同)$/;
const LEAD_END = /(牵头)$/;
/** A unit name ends with the word for a body ("局", "委", "人民政府", "中心" …). */
const UNIT_END =
  /(局|委|办|部|府|会|院|厅|处|室|中心|公司|组|所|站|社|行|团|队|馆|联|办事处|街道|单位|部门|机构|分局|支队|集团|协会|政府|医院|各成员单位)$/;

/** Segments of a clause split at its own commas and stops (not inside "各县（区）"). */
function segments(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of inner) {
    if ('（(〔[［【'.includes(ch)) depth++;
    if ('）)〕]］】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，,；;。'.includes(ch)) {
      if (current.trim() !== '') out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

function looksLikeUnitList(list: string): boolean {
  const units = splitUnitList(list);
  return (
    units.length > 0 && units.every((u) => u.length <= 30 && (UNIT_END.test(u) || /^各/.test(u)))
  );
}

/** Whether a bracket's content is a responsibility clause. */
export function isAttributionLike(inner: string): boolean {
  if (LABEL.test(inner)) return true;
  return segments(inner).some((segment) => {
    const m =
      RESPONSIBLE_END.exec(segment) ?? COOPERATING_END.exec(segment) ?? LEAD_END.exec(segment);
    return m !== null && looksLikeUnitList(segment.slice(0, m.index));
  });
}

/** The last bracket group of the text that is a responsibility clause, or null. */
export function findAttributionClause(text: string): BracketGroup | null {
  const groups = bracketGroups(text).filter((g) => isAttributionLike(g.inner));
  return groups[groups.length - 1] ?? null;
}

/** Where an unbracketed clause starts: "责任单位：…" / "牵头单位：…" ending the paragraph. */
const OPEN_LABEL = /(?:牵头|责任)(?:单位|部门)\s*[：:]/g;
const MAX_OPEN_CLAUSE = 200;

/**
 * A clause written without brackets at the end of a paragraph or as a paragraph of its own:
 * "责任单位：区卫健委、区财政局。" / "牵头单位：区卫健委；配合单位：区医保局". Read like a bracketed one.
 */
export function findLabelledClause(text: string): BracketGroup | null {
  let start = -1;
  for (const m of text.matchAll(OPEN_LABEL)) {
    start = m.index;
    break;
  }
  if (start < 0) return null;
  const tail = text.slice(start);
  const inner = tail.replace(/[。；;.\s]+$/, '');
  if (inner.length > MAX_OPEN_CLAUSE || /[。]/.test(inner)) return null;
  if (start > 0 && !/[。；;，,\s）)]$/.test(text.slice(0, start))) return null;
  return { text: tail.trim(), inner, index: start };
}

function unique(units: string[]): string[] {
  return [...new Set(units)];
}

/** Lead and cooperating units of one clause; updates `state` when the clause says "下同". */
export function parseAttribution(group: BracketGroup, state: AttributionState): Attribution {
  const explicitLead: string[] = [];
  const responsible: string[] = [];
  const cooperating: string[] = [];
  const problems: string[] = [];
  let eachLeadsOwnPart = false;
  const noteHere = FIRST_LISTED_LEADS.test(group.inner);

  for (const segment of segments(group.inner)) {
    if (FIRST_LISTED_LEADS.test(segment) || EACH_NOTE.test(segment) || segment === '下同') continue;
    // "完成时限：2022年底前", "长期坚持": a deadline, read with the task's other dates.
    if (TIME_SEGMENT.test(segment)) continue;
    let rest = segment;
    let target: string[] | null = null;
    if (LEAD_LABEL.test(rest)) {
      rest = rest.replace(LEAD_LABEL, '');
      target = explicitLead;
    } else if (RESPONSIBLE_LABEL.test(rest)) {
      rest = rest.replace(RESPONSIBLE_LABEL, '');
      target = responsible;
    } else if (COOPERATING_LABEL.test(rest)) {
      rest = rest.replace(COOPERATING_LABEL, '');
      target = cooperating;
    }
    const responsibleEnd = RESPONSIBLE_END.exec(rest);
    const cooperatingEnd = COOPERATING_END.exec(rest);
    const leadEnd = LEAD_END.exec(rest);
    if (responsibleEnd) {
      if (responsibleEnd[1]?.startsWith('分别')) eachLeadsOwnPart = true;
      rest = rest.slice(0, responsibleEnd.index);
      target ??= responsible;
    } else if (cooperatingEnd && target === null) {
      rest = rest.slice(0, cooperatingEnd.index);
      target = cooperating;
    } else if (leadEnd && target === null) {
      rest = rest.slice(0, leadEnd.index);
      target = explicitLead;
    }
    const units = splitUnitList(rest.replace(/^由/, ''));
    if (target === null || units.length === 0) {
      problems.push(segment);
      continue;
    }
    target.push(...units);
  }

  const firstListedLeads = noteHere || state.firstListedLeads;
  if (noteHere && SAME_BELOW.test(group.inner)) state.firstListedLeads = true;

  let lead: string[];
  let co: string[];
  if (explicitLead.length > 0) {
    lead = explicitLead;
    co = [...responsible, ...cooperating];
  } else if (eachLeadsOwnPart || !firstListedLeads) {
    // 分别负责, or several units "负责" with no "first listed leads" note: all of them lead.
    lead = responsible;
    co = cooperating;
  } else {
    lead = responsible.slice(0, 1);
    co = [...responsible.slice(1), ...cooperating];
  }
  lead = unique(lead);
  co = unique(co).filter((u) => !lead.includes(u));
  if (lead.length === 0) problems.push('未写明牵头或负责单位');
  return { clause: group.text, index: group.index, lead, co, eachLeadsOwnPart, problems };
}
