// What patients come for at each type of hospital: principal diagnoses (ICD-10) and procedures (ICD-9-CM-3)
// from the insurance catalogues in data/drg, with relative frequency, cost and length of stay.
import type { HospitalType } from './hospitals';
import { SPECIAL_CASE_MIX } from './case-mix-special';

/** How an encounter's money splits over the charge categories (cost-model.ts gives the shares). */
export type CostShape =
  | 'op-general'
  | 'op-tcm'
  | 'op-maternal'
  | 'op-skin'
  | 'op-rehab'
  | 'medical'
  | 'surgical'
  | 'delivery'
  | 'newborn'
  | 'rehab'
  | 'long-stay';

export interface CaseProfile {
  /** Principal diagnosis: one of these. */
  dx: readonly string[];
  /** Secondary diagnoses (inpatient): up to three drawn from these. */
  secondary?: readonly string[];
  /** Main procedure: one of these. */
  procedures?: readonly string[];
  /** Further procedures, each added with probability one half. */
  extraProcedures?: readonly string[];
  weight: number;
  /** Cost relative to the hospital level's average encounter of the same kind. */
  cost: number;
  /** Length of stay relative to the level's average. */
  los?: number;
  ages: readonly [number, number];
  sex?: 1 | 2;
  newborn?: true;
  shape: CostShape;
  dept: string;
  /** Not done below this level. */
  minLevel?: 2 | 3;
}

export interface HospitalCaseMix {
  outpatient: readonly CaseProfile[];
  inpatient: readonly CaseProfile[];
}

const chronic = ['I10.x00x002', 'E11.900', 'I25.103', 'E78.500', 'K29.700'] as const;
const older = [
  'I10.x00x002',
  'E11.900',
  'I25.103',
  'J96.900x001',
  'E87.600',
  'N18.900',
  'I50.900',
] as const;

const op = (
  dx: readonly string[],
  weight: number,
  cost: number,
  ages: readonly [number, number],
  dept: string,
  shape: CostShape = 'op-general',
  more: Partial<CaseProfile> = {},
): CaseProfile => ({ dx, weight, cost, ages, dept, shape, ...more });

const ip = (
  dx: readonly string[],
  weight: number,
  cost: number,
  los: number,
  ages: readonly [number, number],
  dept: string,
  shape: CostShape,
  more: Partial<CaseProfile> = {},
): CaseProfile => ({ dx, weight, cost, los, ages, dept, shape, ...more });

export const GENERAL_OUTPATIENT: readonly CaseProfile[] = [
  op(['J06.900', 'J06.900x001'], 16, 0.6, [1, 80], '内科'),
  op(['I10.x00x002', 'I10.x00x007'], 14, 1.0, [40, 90], '心血管内科'),
  op(['E11.900'], 9, 1.3, [35, 90], '内分泌科'),
  op(['K29.700', 'K21.900x003'], 8, 1.1, [18, 85], '消化内科'),
  op(['J20.900', 'J18.900'], 7, 0.9, [1, 85], '呼吸内科'),
  op(['M54.502', 'M17.900', 'M51.202'], 7, 1.0, [30, 85], '骨科'),
  op(['A09.900', 'A09.900x003'], 5, 0.7, [1, 80], '内科'),
  op(['N39.000', 'N40.x00'], 4, 1.0, [20, 90], '泌尿外科'),
  op(['I25.103', 'I67.200'], 5, 1.4, [45, 90], '心血管内科'),
  op(['Z34.900', 'O20.000'], 3, 1.2, [20, 40], '妇产科', 'op-maternal', { sex: 2 }),
  op(['S93.400', 'T14.000'], 3, 1.2, [5, 75], '急诊科'),
  op(['J03.900', 'J02.900'], 5, 0.6, [2, 60], '耳鼻喉科'),
  op(['H10.900'], 2, 0.5, [3, 80], '眼科'),
];

export const GENERAL_INPATIENT: readonly CaseProfile[] = [
  ip(['J18.900', 'J18.000'], 12, 0.75, 1.0, [1, 92], '呼吸内科', 'medical', { secondary: older }),
  ip(['J44.100'], 7, 0.9, 1.15, [50, 92], '呼吸内科', 'medical', { secondary: older }),
  ip(['I10.x00x002'], 5, 0.5, 0.9, [40, 92], '心血管内科', 'medical', { secondary: chronic }),
  ip(['E11.900'], 5, 0.6, 1.0, [35, 90], '内分泌科', 'medical', { secondary: chronic }),
  ip(['I63.900'], 8, 1.25, 1.3, [45, 92], '神经内科', 'medical', { secondary: older }),
  ip(['I50.900'], 4, 1.0, 1.1, [50, 95], '心血管内科', 'medical', { secondary: older }),
  ip(['I25.103'], 3, 3.2, 0.8, [45, 85], '心血管内科', 'surgical', {
    procedures: ['36.0601'],
    extraProcedures: ['00.6600'],
    secondary: chronic,
    minLevel: 3,
  }),
  ip(['K35.800x001'], 5, 0.95, 0.65, [8, 75], '普外科', 'surgical', { procedures: ['47.0100'] }),
  ip(['K80.100x001'], 5, 1.25, 0.75, [25, 85], '肝胆外科', 'surgical', {
    procedures: ['51.2300'],
    secondary: chronic,
  }),
  ip(['K40.900x001'], 3, 0.8, 0.6, [20, 85], '普外科', 'surgical', {
    procedures: ['53.0001'],
    sex: 1,
  }),
  ip(['S72.000'], 3, 3.0, 1.6, [60, 95], '骨科', 'surgical', {
    procedures: ['79.3500x016'],
    secondary: older,
  }),
  ip(['S82.201'], 3, 2.3, 1.3, [16, 75], '骨科', 'surgical', { procedures: ['79.3600x013'] }),
  ip(['M17.900'], 2, 4.2, 1.4, [55, 85], '骨科', 'surgical', {
    procedures: ['81.5400'],
    minLevel: 3,
  }),
  ip(['H25.900'], 3, 0.75, 0.35, [55, 90], '眼科', 'surgical', { procedures: ['13.4100x001'] }),
  ip(['K29.700'], 4, 0.5, 0.75, [18, 85], '消化内科', 'medical', {
    procedures: ['44.1300x001'],
    secondary: chronic,
  }),
  ip(['A09.900x003'], 3, 0.35, 0.6, [1, 85], '内科', 'medical'),
  ip(['N39.000'], 2, 0.45, 0.8, [20, 90], '肾内科', 'medical', { secondary: chronic }),
  ip(['Z51.102'], 3, 0.95, 0.7, [40, 85], '肿瘤科', 'medical', {
    procedures: ['99.2503'],
    secondary: ['C34.900x001'],
    minLevel: 3,
  }),
  ip(['M51.202'], 3, 0.6, 1.0, [25, 80], '骨科', 'rehab', { procedures: ['93.3900x003'] }),
  ip(['O80.000'], 3, 0.35, 0.45, [20, 40], '产科', 'delivery', {
    sex: 2,
    secondary: ['Z37.000'],
    procedures: ['73.5900x002', '73.6x01'],
  }),
  ip(['O82.000'], 2, 0.7, 0.7, [20, 42], '产科', 'delivery', {
    sex: 2,
    secondary: ['Z37.000'],
    procedures: ['74.1x01'],
  }),
];

export const CASE_MIX: Readonly<Record<HospitalType, HospitalCaseMix>> = {
  general: { outpatient: GENERAL_OUTPATIENT, inpatient: GENERAL_INPATIENT },
  ...SPECIAL_CASE_MIX,
};
