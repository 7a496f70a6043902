// A compact text form of cases and results for the trip to and from a worker thread: one string per
// batch is far cheaper to pass between threads than thousands of small objects.
import { GROUP_STATUS, type DrgCase, type DrgResult, type GroupStatus } from '../core/drg/types';

const FIELD = '\t';
const RECORD = '\n';
const ITEM = '\u001f';
const STATUSES: GroupStatus[] = Object.values(GROUP_STATUS);
const NONE: readonly never[] = Object.freeze([]);

/** Tabs, newlines and the item separator cannot occur in codes; they are dropped if they do. */
const clean = (text: string) =>
  text.includes(FIELD) || text.includes(RECORD) || text.includes(ITEM)
    ? text.replaceAll(FIELD, ' ').replaceAll(RECORD, ' ').replaceAll(ITEM, ' ')
    : text;
const num = (value: number | null) => (value === null ? '' : String(value));
const parseNum = (text: string | undefined) =>
  text === undefined || text === '' ? null : Number(text);

export function encodeCases(cases: readonly DrgCase[]): string {
  let out = '';
  for (const c of cases) {
    out +=
      clean(c.id) +
      FIELD +
      num(c.gender) +
      FIELD +
      num(c.age) +
      FIELD +
      num(c.ageDay) +
      FIELD +
      num(c.weight) +
      FIELD +
      clean(c.dept) +
      FIELD +
      num(c.inHospitalTime) +
      FIELD +
      num(c.leavingType) +
      FIELD +
      c.diagnoses.map(clean).join(ITEM) +
      FIELD +
      c.procedures.map(clean).join(ITEM) +
      RECORD;
  }
  return out;
}

export function decodeCases(text: string): DrgCase[] {
  const cases: DrgCase[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf(RECORD, start);
    const f = text.slice(start, end).split(FIELD);
    start = end + 1;
    cases.push({
      id: f[0] ?? '',
      gender: parseNum(f[1]),
      age: parseNum(f[2]),
      ageDay: parseNum(f[3]),
      weight: parseNum(f[4]),
      dept: f[5] ?? '',
      inHospitalTime: parseNum(f[6]),
      leavingType: parseNum(f[7]),
      diagnoses: f[8] ? f[8].split(ITEM) : [],
      procedures: f[9] ? f[9].split(ITEM) : [],
    });
  }
  return cases;
}

/** Results without their trace (a traced batch travels as objects). */
export function encodeResults(results: readonly DrgResult[]): string {
  let out = '';
  for (const r of results) {
    out +=
      STATUSES.indexOf(r.status) +
      FIELD +
      r.mdc +
      FIELD +
      r.adrg +
      FIELD +
      r.drg +
      FIELD +
      clean(r.drgName) +
      FIELD +
      r.messages.map(clean).join(ITEM) +
      FIELD +
      r.warnings.map(clean).join(ITEM) +
      RECORD;
  }
  return out;
}

export function decodeResults(text: string, ids: readonly string[]): DrgResult[] {
  const results: DrgResult[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf(RECORD, start);
    const f = text.slice(start, end).split(FIELD);
    start = end + 1;
    results.push({
      caseId: ids[results.length] ?? '',
      status: STATUSES[Number(f[0])] ?? GROUP_STATUS.invalid,
      mdc: f[1] ?? '',
      adrg: f[2] ?? '',
      drg: f[3] ?? '',
      drgName: f[4] ?? '',
      trace: NONE,
      messages: f[5] ? f[5].split(ITEM) : NONE,
      warnings: f[6] ? f[6].split(ITEM) : NONE,
    });
  }
  return results;
}
