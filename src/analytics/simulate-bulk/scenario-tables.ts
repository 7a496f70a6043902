// Loads a scenario into temp tables through the appender (values never enter SQL text): price intervals,
// the benefit rule of every scheme × level × encounter type, and fixed-amount matches.
import { dateValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { findBenefitRule } from '../../core/simulate/adjudicate';
import {
  INSURANCE_SCHEMES,
  type EncounterType,
  type HospitalLevel,
} from '../../core/simulate/bills';
import type {
  BenefitRule,
  FixedAmountRule,
  ReimbursementPolicy,
  Scenario,
} from '../../core/simulate/scenario';
import { priceIntervals } from './price-intervals';

export const SIDES = { before: 0, after: 1 } as const;
export type Side = keyof typeof SIDES;

const LEVELS: readonly HospitalLevel[] = [1, 2, 3];
const TYPES: readonly EncounterType[] = ['outpatient', 'inpatient'];
const INSURED = INSURANCE_SCHEMES.filter(
  (s): s is Exclude<(typeof INSURANCE_SCHEMES)[number], 'self-pay'> => s !== 'self-pay',
);

/** What the SQL generator needs to know about the scenario's shape (never its values). */
export interface ScenarioShape {
  hasSchedule: boolean;
  /** Per side: any fixed-amount rule; any per-visit one; any naming item codes. */
  fixed: Record<Side, { any: boolean; perVisit: boolean; byItemCode: boolean }>;
  /** Per side: a 'year' deductible above zero somewhere (needs the running-deductible window). */
  yearDeductible: Record<Side, boolean>;
  /** Every scheme × level × type has a rule on both sides or on neither, in the same pool on both. */
  samePools: boolean;
  /** Messages of scheme × level × type combinations the policies have no rule for. */
  missingRules: Map<string, string>;
}

const ruleKey = (side: Side, scheme: string, level: number, type: string) =>
  `${side}|${scheme}|${level}|${type}`;
export { ruleKey };

const date = (iso: string) => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return dateValue({ year, month, day });
};

async function fill(
  connection: DuckDBConnection,
  table: string,
  columns: string,
  rows: number,
  append: (appender: DuckDBAppender, row: number) => void,
): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${table} (${columns})`);
  const appender = await connection.createAppender(table);
  for (let row = 0; row < rows; row++) {
    append(appender, row);
    appender.endRow();
  }
  appender.closeSync();
}

const nullable = (appender: DuckDBAppender, value: bigint | string | undefined | null) => {
  if (value === undefined || value === null) appender.appendNull();
  else if (typeof value === 'bigint') appender.appendBigInt(value);
  else appender.appendVarchar(value);
};

/** The first fixed-amount rule matching a line of `category` and `itemCode` (undefined: any other code). */
function firstFixed(rule: BenefitRule, category: string, itemCode: string | undefined) {
  const index = rule.fixedAmounts.findIndex(
    (f) =>
      f.category === category &&
      (f.itemCodes === undefined || (itemCode !== undefined && f.itemCodes.includes(itemCode))),
  );
  return index < 0 ? undefined : { index, fixed: rule.fixedAmounts[index] as FixedAmountRule };
}

interface ResolvedRule {
  side: Side;
  scheme: string;
  level: HospitalLevel;
  type: EncounterType;
  rule: BenefitRule;
}

function resolveRules(policies: Record<Side, ReimbursementPolicy>, missing: Map<string, string>) {
  const resolved: ResolvedRule[] = [];
  for (const side of ['before', 'after'] as const) {
    for (const scheme of INSURED) {
      for (const level of LEVELS) {
        for (const type of TYPES) {
          try {
            const rule = findBenefitRule(policies[side], scheme, level, type);
            resolved.push({ side, scheme, level, type, rule });
          } catch (error) {
            missing.set(ruleKey(side, scheme, level, type), (error as Error).message);
          }
        }
      }
    }
  }
  return resolved;
}

/**
 * Per rule, a number naming the limits a person's encounters carry from one to the next: the annual cap
 * and, for a 'year' deductible, its amount. Rules with equal numbers can share one running sum
 * (settle-sql.ts); a pool and year whose encounters carry different numbers is settled one at a time.
 */
function limitNumbers(rules: readonly ResolvedRule[]): number[] {
  const numbers = new Map<string, number>();
  return rules.map(({ rule }) => {
    const key = JSON.stringify([
      rule.annualCapFen,
      rule.deductibleBasis === 'year' ? rule.deductibleFen : null,
    ]);
    const found = numbers.get(key) ?? numbers.size;
    numbers.set(key, found);
    return found;
  });
}

export async function loadScenarioTables(
  connection: DuckDBConnection,
  scenario: Scenario,
): Promise<ScenarioShape> {
  const intervals = priceIntervals(scenario.priceSchedule);
  await fill(
    connection,
    'scn_price',
    'item_code VARCHAR, level INTEGER, valid_from DATE, valid_to DATE, price_fen BIGINT, insurance_class VARCHAR',
    intervals.length,
    (a, i) => {
      const interval = intervals[i];
      if (!interval) return;
      a.appendVarchar(interval.itemCode);
      a.appendInteger(interval.level);
      a.appendDate(date(interval.from));
      a.appendDate(date(interval.to));
      a.appendBigInt(BigInt(interval.entry.priceFen));
      nullable(a, interval.entry.insuranceClass);
    },
  );

  const missingRules = new Map<string, string>();
  const rules = resolveRules(scenario.reimbursement, missingRules);
  const limits = limitNumbers(rules);
  await fill(
    connection,
    'scn_rule',
    `side INTEGER, scheme VARCHAR, level INTEGER, encounter_type VARCHAR, deductible_fen BIGINT,
     year_basis BOOLEAN, ratio BIGINT, cap_fen BIGINT, pool VARCHAR, class_b_share BIGINT,
     limits INTEGER`,
    rules.length,
    (a, i) => {
      const r = rules[i];
      if (!r) return;
      a.appendInteger(SIDES[r.side]);
      a.appendVarchar(r.scheme);
      a.appendInteger(r.level);
      a.appendVarchar(r.type);
      a.appendBigInt(BigInt(r.rule.deductibleFen));
      a.appendBoolean(r.rule.deductibleBasis === 'year');
      a.appendBigInt(BigInt(r.rule.ratio));
      nullable(a, r.rule.annualCapFen === null ? null : BigInt(r.rule.annualCapFen));
      a.appendVarchar(r.rule.pool);
      a.appendBigInt(BigInt(r.rule.classBSelfPayShare));
      a.appendInteger(limits[i] ?? 0);
    },
  );

  // Fixed-amount matches: for each rule and category, the first rule matching each named item code,
  // and (item_code NULL) the first matching any other code — the order core's `find` walks the list.
  const matches: {
    r: ResolvedRule;
    category: string;
    itemCode: string | undefined;
    index: number;
    fixed: FixedAmountRule;
  }[] = [];
  for (const r of rules) {
    for (const category of new Set(r.rule.fixedAmounts.map((f) => f.category))) {
      const named = new Set(
        r.rule.fixedAmounts
          .filter((f) => f.category === category)
          .flatMap((f) => f.itemCodes ?? []),
      );
      for (const itemCode of [...named, undefined]) {
        const found = firstFixed(r.rule, category, itemCode);
        if (found) matches.push({ r, category, itemCode, ...found });
      }
    }
  }
  await fill(
    connection,
    'scn_fixed',
    `side INTEGER, scheme VARCHAR, level INTEGER, encounter_type VARCHAR, category VARCHAR,
     item_code VARCHAR, fixed_no INTEGER, per_day BOOLEAN, quota_fen BIGINT, raised_part BOOLEAN,
     remainder_self BOOLEAN`,
    matches.length,
    (a, i) => {
      const m = matches[i];
      if (!m) return;
      a.appendInteger(SIDES[m.r.side]);
      a.appendVarchar(m.r.scheme);
      a.appendInteger(m.r.level);
      a.appendVarchar(m.r.type);
      a.appendVarchar(m.category);
      nullable(a, m.itemCode);
      a.appendInteger(m.index);
      a.appendBoolean(m.fixed.per === 'day');
      a.appendBigInt(BigInt(m.fixed.quotaFen));
      a.appendBoolean(m.fixed.part === 'raised-part');
      a.appendBoolean(m.fixed.remainder === 'self-pay');
    },
  );

  const shapeOf = (side: Side) => {
    const fixed = rules.filter((r) => r.side === side).flatMap((r) => r.rule.fixedAmounts);
    return {
      any: fixed.length > 0,
      perVisit: fixed.some((f) => f.per === 'visit'),
      byItemCode: fixed.some((f) => f.itemCodes !== undefined),
    };
  };
  const yearDeductible = (side: Side) =>
    rules.some(
      (r) => r.side === side && r.rule.deductibleBasis === 'year' && r.rule.deductibleFen > 0,
    );
  const pools = new Map<string, string[]>();
  for (const r of rules) {
    const key = ruleKey('before', r.scheme, r.level, r.type);
    pools.set(key, [...(pools.get(key) ?? []), r.rule.pool]);
  }
  return {
    hasSchedule: intervals.length > 0,
    samePools: [...pools.values()].every((found) => found.length === 2 && found[0] === found[1]),
    fixed: { before: shapeOf('before'), after: shapeOf('after') },
    yearDeductible: { before: yearDeductible('before'), after: yearDeductible('after') },
    missingRules,
  };
}
