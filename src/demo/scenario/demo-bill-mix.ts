// What the demo bills of each subsidised (government-run) hospital carry in the compensation base year, for
// deriving the demo price changes: the markup (the base, Banan 以2016年药品加成为基数) and each price group's revenue.
import type { BillRow } from '../../analytics/bills/columns';
import { removeRate, type Fen } from '../../core/shared/money';
import type { HospitalLevel } from '../../core/simulate/bills';
import { isDrug, type ChargeCategory } from '../../core/simulate/categories';
import type { Scenario } from '../../core/simulate/scenario';
import { BANAN_HOSPITALS } from '../bills/hospitals';
import { DEMO_ITEMS_BY_CODE } from '../bills/items';
import { priceGroupOf, type DemoPriceGroup } from './price-groups';

export interface HospitalMix {
  level: HospitalLevel;
  /** The base-year drug markup the bills carry: what prices are to compensate. */
  lostFen: Fen;
  revenueFen: Partial<Record<DemoPriceGroup, Fen>>;
}

/** Sums the bills of each hospital the scenario's fiscal rule subsidises. */
export class DemoBillMix {
  readonly hospitals = new Map<string, HospitalMix>();
  private readonly subsidised: ReadonlySet<string>;

  constructor(private readonly scenario: Scenario) {
    const sponsors = scenario.compensation.fiscalSponsors;
    this.subsidised = new Set(
      BANAN_HOSPITALS.filter((h) => sponsors.includes(h.sponsor)).map((h) => h.id),
    );
  }

  add(rows: readonly BillRow[]): void {
    const base = this.scenario.compensationBase;
    for (const row of rows) {
      if (!this.subsidised.has(row.hospital_code)) continue;
      if (base.kind !== 'simulated' && Number(row.end_date.slice(0, 4)) !== base.year) continue;
      const mix = this.hospitalMix(row.hospital_code, row.hospital_level);
      mix.lostFen += this.lostBy(row);
      const item = DEMO_ITEMS_BY_CODE.get(row.item_code);
      const group = item ? priceGroupOf(item) : null;
      if (group) mix.revenueFen[group] = (mix.revenueFen[group] ?? 0) + row.amount_fen;
    }
  }

  private hospitalMix(id: string, level: HospitalLevel): HospitalMix {
    let mix = this.hospitals.get(id);
    if (!mix) {
      mix = { level, lostFen: 0, revenueFen: {} };
      this.hospitals.set(id, mix);
    }
    return mix;
  }

  private lostBy(row: BillRow): Fen {
    const { markup } = this.scenario;
    const category = row.category as ChargeCategory;
    const charged =
      isDrug(category) &&
      !markup.exemptCategories.includes(category) &&
      !markup.hospitalsWithoutMarkup.includes(row.hospital_code);
    return charged ? row.amount_fen - removeRate(row.amount_fen, markup.rate) : 0;
  }
}
