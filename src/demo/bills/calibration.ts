// The figures of generated bills next to their calibration targets (public statistics, parameters.ts):
// cost per visit and stay, length of stay, drug share, materials, service share, scheme mix, visits.
import type { BillRow } from '../../analytics/bills/columns';
import type { HospitalLevel, InsuranceScheme } from '../../core/simulate/bills';
import { INSURANCE_SCHEMES } from '../../core/simulate/bills';
import { DEFAULT_BILLS_PARAMETERS, type BillsParameters } from './parameters';

interface Sums {
  encounters: number;
  amountFen: number;
  drugFen: number;
  drugWithoutPiecesFen: number;
  materialsFen: number;
  serviceFen: number;
  losDays: number;
}

const emptySums = (): Sums => ({
  encounters: 0,
  amountFen: 0,
  drugFen: 0,
  drugWithoutPiecesFen: 0,
  materialsFen: 0,
  serviceFen: 0,
  losDays: 0,
});

/** 医疗服务收入 excludes drugs, materials, examinations and laboratory tests. */
const NOT_SERVICE = new Set([
  'western-drug',
  'tcm-patent-drug',
  'tcm-decoction-pieces',
  'health-materials',
  'examination',
  'laboratory',
]);

export class BillFigures {
  lines = 0;
  private readonly byKey = new Map<string, Sums>();
  private readonly schemes = new Map<InsuranceScheme, number>();

  private sums(key: string): Sums {
    let sums = this.byKey.get(key);
    if (!sums) this.byKey.set(key, (sums = emptySums()));
    return sums;
  }

  /** Adds one encounter's lines. */
  add(rows: readonly BillRow[]): void {
    const first = rows[0];
    if (!first) return;
    this.lines += rows.length;
    const targets = [
      this.sums(`${first.encounter_type}|${first.hospital_level}`),
      this.sums(first.encounter_type),
      this.sums('all'),
    ];
    const scheme = first.scheme as InsuranceScheme;
    this.schemes.set(scheme, (this.schemes.get(scheme) ?? 0) + 1);
    for (const sums of targets) {
      sums.encounters += 1;
      sums.losDays += first.los_days;
      for (const row of rows) {
        sums.amountFen += row.amount_fen;
        if (row.category.endsWith('drug') || row.category === 'tcm-decoction-pieces') {
          sums.drugFen += row.amount_fen;
          if (row.category !== 'tcm-decoction-pieces') sums.drugWithoutPiecesFen += row.amount_fen;
        }
        if (row.category === 'health-materials') sums.materialsFen += row.amount_fen;
        if (!NOT_SERVICE.has(row.category)) sums.serviceFen += row.amount_fen;
      }
    }
  }

  get(key: string): Sums {
    return this.byKey.get(key) ?? emptySums();
  }

  schemeShare(scheme: InsuranceScheme): number {
    const total = [...this.schemes.values()].reduce((sum, n) => sum + n, 0);
    return total === 0 ? 0 : (this.schemes.get(scheme) ?? 0) / total;
  }
}

export interface CheckRow {
  figure: string;
  generated: number;
  target: string;
  ok: boolean;
}

const near = (value: number, target: number, tolerance = 0.05) =>
  Math.abs(value - target) <= tolerance * target;
const between = (value: number, low: number, high: number) => value >= low && value <= high;
const perEncounter = (s: Sums) => (s.encounters === 0 ? 0 : s.amountFen / s.encounters / 100);
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

export function checkFigures(
  figures: BillFigures,
  parameters: BillsParameters = DEFAULT_BILLS_PARAMETERS,
): CheckRow[] {
  const rows: CheckRow[] = [];
  const levels: readonly HospitalLevel[] = [3, 2];
  const levelName = { 1: '一级', 2: '二级', 3: '三级' } as const;
  for (const level of levels) {
    const visits = perEncounter(figures.get(`outpatient|${level}`));
    const visitTarget = parameters.visitCostFen[level] / 100;
    rows.push({
      figure: `次均门诊费用（${levelName[level]}，元）`,
      generated: visits,
      target: `${visitTarget}`,
      ok: near(visits, visitTarget),
    });
    const stays = perEncounter(figures.get(`inpatient|${level}`));
    const stayTarget = parameters.stayCostFen[level] / 100;
    rows.push({
      figure: `人均住院费用（${levelName[level]}，元）`,
      generated: stays,
      target: `${stayTarget}`,
      ok: near(stays, stayTarget),
    });
    const inpatient = figures.get(`inpatient|${level}`);
    const los = inpatient.encounters === 0 ? 0 : inpatient.losDays / inpatient.encounters;
    const losTarget = parameters.lengthOfStayDays[level];
    rows.push({
      figure: `平均住院日（${levelName[level]}，天）`,
      generated: los,
      target: `${losTarget}`,
      ok: near(los, losTarget),
    });
  }
  const all = figures.get('all');
  const drugShare = ratio(all.drugWithoutPiecesFen, all.amountFen);
  rows.push({
    figure: '药占比（不含中药饮片，%）',
    generated: drugShare,
    target: '38–45',
    ok: between(drugShare, 38, 45),
  });
  const outpatient = figures.get('outpatient');
  const inpatient = figures.get('inpatient');
  const opShare = ratio(outpatient.drugWithoutPiecesFen, outpatient.amountFen);
  const ipShare = ratio(inpatient.drugWithoutPiecesFen, inpatient.amountFen);
  rows.push({
    figure: '门诊药占比（%）',
    generated: opShare,
    target: '高于住院',
    ok: opShare > ipShare + 5,
  });
  rows.push({
    figure: '住院药占比（%）',
    generated: ipShare,
    target: '低于门诊',
    ok: opShare > ipShare + 5,
  });
  const materials = ratio(all.materialsFen, all.amountFen - all.drugFen);
  rows.push({
    figure: '百元医疗收入（不含药品）卫生材料（元）',
    generated: materials,
    target: '15–25',
    ok: between(materials, 15, 25),
  });
  const service = ratio(all.serviceFen, all.amountFen);
  rows.push({
    figure: '医疗服务收入占比（%）',
    generated: service,
    target: '25–35',
    ok: between(service, 25, 35),
  });
  const visitsPerAdmission =
    inpatient.encounters === 0 ? 0 : outpatient.encounters / inpatient.encounters;
  rows.push({
    figure: '门诊人次 / 住院人次',
    generated: visitsPerAdmission,
    target: parameters.visitsPerAdmission.toFixed(1),
    ok: near(visitsPerAdmission, parameters.visitsPerAdmission),
  });
  for (const scheme of INSURANCE_SCHEMES) {
    const share = 100 * figures.schemeShare(scheme);
    const target = 100 * parameters.schemeMix[scheme];
    rows.push({
      figure: `险种构成 ${scheme}（%）`,
      generated: share,
      target: target.toFixed(0),
      ok: Math.abs(share - target) <= 2,
    });
  }
  return rows;
}

export function formatCheck(rows: readonly CheckRow[], lines: number): string {
  const width = Math.max(...rows.map((row) => row.figure.length)) + 2;
  const out = [
    `生成 ${lines} 行明细后的指标与校准目标：`,
    `${'指标'.padEnd(width)}  生成值      目标        是否达标`,
  ];
  for (const row of rows) {
    out.push(
      `${row.figure.padEnd(width)}  ${row.generated.toFixed(1).padStart(9)}   ${row.target.padEnd(10)}  ${row.ok ? '✓' : '✗'}`,
    );
  }
  return out.join('\n');
}
