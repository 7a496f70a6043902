// The district's insured people, derived from (seed, index) alone so no table of patients is kept in memory:
// sex, date of birth and insurance scheme; a profile's age and sex pick a fitting person from the pool.
import type { InsuranceScheme } from '../../core/simulate/bills';
import { INSURANCE_SCHEMES } from '../../core/simulate/bills';
import type { CaseProfile } from './case-mix';
import { hashedRandom, pickWeighted, type Random } from './random';

export interface Person {
  id: string;
  sex: 1 | 2;
  /** Days since 1970-01-01. */
  birthDay: number;
  scheme: InsuranceScheme;
}

/** Age bands of the pool (a Chongqing-like pyramid): 0–14, 15–44, 45–64, 65–95. */
const AGE_BANDS = [
  [0, 14, 0.15],
  [15, 44, 0.4],
  [45, 64, 0.28],
  [65, 95, 0.17],
] as const;

/** Share of encounters by minors, who are all in the resident scheme (or self-paying). */
const AGE_BAND_WEIGHTS = AGE_BANDS.map((band) => band[2]);

const MINOR_SHARE = 0.12;
const MINOR_MIX: Record<InsuranceScheme, number> = {
  employee: 0,
  'resident-tier1': 0.85,
  'resident-tier2': 0.1,
  'self-pay': 0.05,
};

const MINOR_WEIGHTS = INSURANCE_SCHEMES.map((scheme) => MINOR_MIX[scheme]);

export const DAY_MS = 86_400_000;
export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoCache = new Map<number, string>();
/** YYYY-MM-DD of a day number; cached, since bills reuse a few thousand days. */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

const REFERENCE_DAY = dayOf('2017-07-01');

export class PatientPool {
  private fresh = 0;
  private readonly adultMix: number[];

  constructor(
    private readonly seed: number,
    readonly size: number,
    schemeMix: Record<InsuranceScheme, number>,
  ) {
    // Adults take the part of the target mix that minors do not: overall shares meet the target.
    this.adultMix = INSURANCE_SCHEMES.map((scheme) =>
      Math.max(0, (schemeMix[scheme] - MINOR_SHARE * MINOR_MIX[scheme]) / (1 - MINOR_SHARE)),
    );
  }

  private person(index: number, referenceDay: number): Person {
    const random = hashedRandom(this.seed, index);
    const sex: 1 | 2 = random() < 0.5 ? 1 : 2;
    const band = pickWeighted(random, AGE_BANDS, AGE_BAND_WEIGHTS);
    const ageDays = Math.floor((band[0] + random() * (band[1] - band[0] + 1)) * 365.25);
    // Birth dates are fixed relative to 2017-07-01, the middle of the bills' years.
    const birthDay = referenceDay - ageDays;
    const minor = ageDays < 18 * 365.25;
    const scheme = pickWeighted(random, INSURANCE_SCHEMES, minor ? MINOR_WEIGHTS : this.adultMix);
    return { id: `P${String(index).padStart(8, '0')}`, sex, birthDay, scheme };
  }

  /** Someone in the pool who fits the profile's age and sex on `day`, or a new person who does. */
  choose(random: Random, profile: CaseProfile, day: number): Person {
    const reference = REFERENCE_DAY;
    if (!profile.newborn) {
      for (let attempt = 0; attempt < 40; attempt++) {
        const candidate = this.person(Math.floor(random() * this.size), reference);
        const age = Math.floor((day - candidate.birthDay) / 365.25);
        if (age < profile.ages[0] || age > profile.ages[1]) continue;
        if (profile.sex !== undefined && candidate.sex !== profile.sex) continue;
        return candidate;
      }
    }
    const index = this.size + this.fresh++;
    const base = this.person(index, reference);
    const ageDays = profile.newborn
      ? 1 + Math.floor(random() * 20)
      : Math.floor((profile.ages[0] + random() * (profile.ages[1] - profile.ages[0] + 1)) * 365.25);
    const minor = ageDays < 18 * 365.25;
    return {
      ...base,
      sex: profile.sex ?? base.sex,
      birthDay: day - ageDays,
      scheme: minor && base.scheme === 'employee' ? 'resident-tier1' : base.scheme,
    };
  }
}
