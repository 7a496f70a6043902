// Seeded generator of realistic itemized bills for Banan's ten hospitals: one encounter at a time, each
// with its lines as rows of the bill file format. Holds no state that grows with the number of lines.
import type { BillRow } from '../../analytics/bills/columns';
import { CASE_MIX, type CaseProfile } from './case-mix';
import { BANAN_HOSPITALS, type DemoHospital } from './hospitals';
import { levelMeans, offers, type LevelMeans } from './level-means';
import {
  BUDGET_CATEGORIES,
  COST_SPREAD,
  DEFAULT_BILLS_PARAMETERS,
  SHARE_SPREAD,
  SHARES,
  type BillsParameters,
} from './parameters';
import { PatientPool, dayOf, isoOf } from './patients';
import { fixedLines, pharmacyFeeLines } from './fixed-lines';
import { budgetLines, type DraftLine, type LineContext } from './budget-lines';
import { lognormalFactor, normal, pick, pickWeighted, randomFor, type Random } from './random';

export interface GeneratorOptions {
  seed: number;
  /** Lines to generate; the last encounter is completed, so a few more may come. */
  lines: number;
  parameters?: BillsParameters;
}

/** Average lines per encounter, to size the patient pool before generating. */
const LINES_PER_ENCOUNTER = 10;

const VISIT_SHARES = BANAN_HOSPITALS.map((h) => h.visitShare);
const ADMISSION_SHARES = BANAN_HOSPITALS.map((h) => h.admissionShare);

interface Offered {
  profiles: CaseProfile[];
  weights: number[];
}

const INPATIENT_MAX_ITEMS = [10, 4, 3, 4, 8, 5, 5] as const;
const OUTPATIENT_MAX_ITEMS = [3, 2, 3, 2, 3, 2, 2] as const;

function chooseCodes(random: Random, profile: CaseProfile, inpatient: boolean) {
  const principal = pick(random, profile.dx);
  const pool = (profile.secondary ?? []).filter((code) => code !== principal);
  const secondary = pool.length <= 2 ? pool : pool.filter(() => random() < 0.35).slice(0, 3);
  const procedures = profile.procedures ? [pick(random, profile.procedures)] : [];
  for (const extra of profile.extraProcedures ?? []) if (random() < 0.5) procedures.push(extra);
  return { principal, diagnoses: inpatient ? [principal, ...secondary] : [], procedures };
}

export class BillGenerator {
  private readonly random: Random;
  private readonly parameters: BillsParameters;
  private readonly means: Record<1 | 2 | 3, LevelMeans>;
  private readonly pool: PatientPool;
  private readonly firstDay: number;
  private readonly days: number;
  private readonly offered = new Map<string, Offered>();
  private readonly debt = new Map<string, number>();
  private serial = 0;
  linesGenerated = 0;

  constructor(private readonly options: GeneratorOptions) {
    this.random = randomFor(options.seed);
    this.parameters = options.parameters ?? DEFAULT_BILLS_PARAMETERS;
    this.means = levelMeans();
    for (const hospital of BANAN_HOSPITALS) {
      for (const kind of ['outpatient', 'inpatient'] as const) {
        const profiles = CASE_MIX[hospital.type][kind].filter((p) => offers(hospital, p));
        this.offered.set(`${hospital.id}|${kind}`, {
          profiles,
          weights: profiles.map((p) => p.weight),
        });
      }
    }
    const [firstYear, lastYear] = this.parameters.years;
    this.firstDay = dayOf(`${firstYear}-01-01`);
    this.days = dayOf(`${lastYear}-12-31`) - this.firstDay + 1;
    // A district's three years come to about 65 million lines; a smaller file samples fewer people.
    const fullLines = this.parameters.population * 2.5 * 3 * LINES_PER_ENCOUNTER * 0.9;
    const poolSize = Math.round((this.parameters.population * options.lines) / fullLines);
    this.pool = new PatientPool(options.seed, Math.max(500, poolSize), this.parameters.schemeMix);
  }

  done(): boolean {
    return this.linesGenerated >= this.options.lines;
  }

  /** The next encounter's lines. */
  next(): BillRow[] {
    const random = this.random;
    const params = this.parameters;
    const day = this.firstDay + Math.floor((this.linesGenerated / this.options.lines) * this.days);
    const inpatient = random() < 1 / (1 + params.visitsPerAdmission);
    const kind = inpatient ? 'inpatient' : 'outpatient';
    const hospital: DemoHospital = pickWeighted(
      random,
      BANAN_HOSPITALS,
      inpatient ? ADMISSION_SHARES : VISIT_SHARES,
    );
    const offered = this.offered.get(`${hospital.id}|${kind}`) as Offered;
    const profile = pickWeighted(random, offered.profiles, offered.weights);
    const means = this.means[hospital.level];

    let los = 0;
    let costFen: number;
    if (inpatient) {
      const meanLos =
        (params.lengthOfStayDays[hospital.level] * (profile.los ?? 1)) / means.inpatientLos;
      los = Math.max(1, Math.round(meanLos * lognormalFactor(random, 0.45)));
      const meanCost = (params.stayCostFen[hospital.level] * profile.cost) / means.inpatientCost;
      costFen =
        meanCost * (0.35 + (0.65 * los) / meanLos) * lognormalFactor(random, COST_SPREAD.inpatient);
    } else {
      const meanCost = (params.visitCostFen[hospital.level] * profile.cost) / means.outpatientCost;
      costFen = meanCost * lognormalFactor(random, COST_SPREAD.outpatient);
    }

    const startDay = day - los;
    const person = this.pool.choose(random, profile, startDay);
    const codes = chooseCodes(random, profile, inpatient);
    const context: LineContext = {
      level: hospital.level,
      hospitalType: hospital.type,
      encounterType: kind,
      procedures: codes.procedures,
      chargesMarkup: hospital.chargesMarkup,
    };

    // The pharmacy service fee counts among the fixed items; dropped below if no drug was dispensed.
    const pharmacyFee = pharmacyFeeLines(context, los, true);
    const fixed = [...fixedLines(random, context, los, codes.procedures), ...pharmacyFee];
    const fixedFen = fixed.reduce((sum, line) => sum + line.amountFen, 0);
    // When fixed items cost more than the encounter's draw, the excess is taken from later encounters of
    // the same level and kind, so averages stay on target.
    const debtKey = `${hospital.level}|${kind}`;
    const wanted = costFen - fixedFen - (this.debt.get(debtKey) ?? 0);
    this.debt.set(debtKey, Math.max(0, -wanted));
    const budget = Math.max(wanted, 0);
    const shares = SHARES[profile.shape].map(
      (share) => share * lognormalFactor(random, SHARE_SPREAD),
    );
    const shareSum = shares.reduce((sum, share) => sum + share, 0);
    const maxItems = inpatient ? INPATIENT_MAX_ITEMS : OUTPATIENT_MAX_ITEMS;
    const drafts: DraftLine[] = fixed.filter((line) => !pharmacyFee.includes(line));
    BUDGET_CATEGORIES.forEach((category, index) => {
      const share = (shares[index] as number) / shareSum;
      drafts.push(
        ...budgetLines(random, category, budget * share, maxItems[index] as number, context),
      );
    });
    const hasDrugs = drafts.some((line) => line.item.category.endsWith('drug'));
    if (hasDrugs) drafts.push(...pharmacyFee);

    this.serial += 1;
    const ageDays = startDay - person.birthDay;
    const start = isoOf(startDay);
    const end = isoOf(day);
    const encounterId = `E${String(this.serial).padStart(10, '0')}`;
    const diagnoses = codes.diagnoses.join('|');
    const procedures = codes.procedures.join('|');
    const ageYears = Math.floor(ageDays / 365.25);
    const weight = profile.newborn ? birthWeight(random, profile) : null;
    const discharge = inpatient ? dischargeType(random) : '';
    // One literal with every column, so each row has the same shape (fast to build and to read).
    const rows = drafts.map((line, index): BillRow => ({
      encounter_id: encounterId,
      person_id: person.id,
      hospital_code: hospital.id,
      hospital_name: hospital.name,
      hospital_level: hospital.level,
      hospital_sponsor: hospital.sponsor,
      scheme: person.scheme,
      encounter_type: kind,
      start_date: start,
      end_date: end,
      principal_dx: codes.principal,
      diagnoses,
      procedures,
      sex: person.sex,
      age_years: ageYears,
      age_days: ageDays,
      birth_weight_g: weight,
      los_days: los,
      discharge_type: discharge,
      dept: profile.dept,
      line_no: index + 1,
      item_code: line.item.code,
      item_name: line.item.name,
      category: line.item.category,
      tag: line.item.tag ?? null,
      insurance_class: line.item.insuranceClass,
      quantity_thousandths: line.quantityThousandths,
      unit_price_fen: line.unitPriceFen,
      amount_fen: line.amountFen,
      service_date: isoOf(startDay + (los > 0 ? Math.floor(random() * los) : 0)),
    }));
    this.linesGenerated += rows.length;
    return rows;
  }
}

function birthWeight(random: Random, profile: CaseProfile): number {
  if (profile.dx.some((code) => code.startsWith('P07'))) return 1800 + Math.floor(random() * 700);
  return Math.round(Math.min(4300, Math.max(2500, 3250 + 400 * normal(random))));
}

/** 离院方式: 1 医嘱离院, 2 医嘱转院, 4 非医嘱离院, 5 死亡. */
function dischargeType(random: Random): string {
  const draw = random();
  return draw < 0.95 ? '1' : draw < 0.97 ? '2' : draw < 0.99 ? '4' : '5';
}
