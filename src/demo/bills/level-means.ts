// Mean relative cost and length of stay of each level's case mix, so that a profile's relative figures
// turn into money and days whose average over the level meets the calibration target.
import type { HospitalLevel } from '../../core/simulate/bills';
import { CASE_MIX, type CaseProfile } from './case-mix';
import { BANAN_HOSPITALS, type DemoHospital } from './hospitals';

export interface LevelMeans {
  outpatientCost: number;
  inpatientCost: number;
  inpatientLos: number;
}

export const offers = (hospital: DemoHospital, profile: CaseProfile) =>
  profile.minLevel === undefined || hospital.level >= profile.minLevel;

function weightedMean(
  hospitals: readonly DemoHospital[],
  kind: 'outpatient' | 'inpatient',
  value: (profile: CaseProfile) => number,
): number {
  let sum = 0;
  let weight = 0;
  for (const hospital of hospitals) {
    const share = kind === 'outpatient' ? hospital.visitShare : hospital.admissionShare;
    const profiles = CASE_MIX[hospital.type][kind].filter((p) => offers(hospital, p));
    const total = profiles.reduce((s, p) => s + p.weight, 0);
    for (const profile of profiles) {
      const w = (share * profile.weight) / total;
      sum += w * value(profile);
      weight += w;
    }
  }
  return weight === 0 ? 1 : sum / weight;
}

export function levelMeans(): Record<HospitalLevel, LevelMeans> {
  const result = {} as Record<HospitalLevel, LevelMeans>;
  for (const level of [1, 2, 3] as const) {
    const hospitals = BANAN_HOSPITALS.filter((h) => h.level === level);
    result[level] = {
      outpatientCost: weightedMean(hospitals, 'outpatient', (p) => p.cost),
      inpatientCost: weightedMean(hospitals, 'inpatient', (p) => p.cost),
      inpatientLos: weightedMean(hospitals, 'inpatient', (p) => p.los ?? 1),
    };
  }
  return result;
}
