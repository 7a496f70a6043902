// Case mix of Banan's specialised hospitals: TCM (musculoskeletal, stroke rehabilitation), maternal-child
// (deliveries, newborns with birth weights, children), dermatology, and the welfare institutions' hospitals.
import type { CaseProfile, HospitalCaseMix } from './case-mix';
import type { HospitalType } from './hospitals';

const profile = (
  dx: readonly string[],
  weight: number,
  cost: number,
  ages: readonly [number, number],
  dept: string,
  shape: CaseProfile['shape'],
  more: Partial<CaseProfile> = {},
): CaseProfile => ({ dx, weight, cost, ages, dept, shape, ...more });

const older = ['I10.x00x002', 'E11.900', 'I25.103', 'E78.500'] as const;

const tcm: HospitalCaseMix = {
  outpatient: [
    profile(['M54.502', 'M51.202'], 14, 1.0, [25, 85], '针灸推拿科', 'op-tcm'),
    profile(['M47.802', 'M47.800'], 10, 1.0, [30, 85], '针灸推拿科', 'op-tcm'),
    profile(['M17.900'], 8, 1.1, [45, 90], '骨伤科', 'op-tcm'),
    profile(['I69.300'], 6, 1.3, [45, 90], '康复科', 'op-tcm'),
    profile(['G47.000'], 5, 1.0, [25, 85], '中医内科', 'op-tcm'),
    profile(['K29.700'], 7, 1.0, [18, 85], '脾胃病科', 'op-tcm'),
    profile(['J06.900', 'J20.900'], 12, 0.7, [2, 85], '中医内科', 'op-general'),
    profile(['I10.x00x002', 'E11.900'], 12, 1.0, [40, 90], '中医内科', 'op-general'),
    profile(['N97.900', 'N76.000'], 4, 1.1, [22, 45], '中医妇科', 'op-tcm', { sex: 2 }),
  ],
  inpatient: [
    profile(['I69.300'], 12, 1.1, [45, 90], '康复科', 'rehab', {
      los: 1.6,
      procedures: ['93.1100', '93.3900x003'],
      secondary: older,
    }),
    profile(['M51.202'], 12, 0.75, [25, 80], '骨伤科', 'rehab', {
      los: 1.1,
      procedures: ['93.3900x003'],
    }),
    profile(['M47.802'], 8, 0.65, [30, 85], '针灸推拿科', 'rehab', {
      los: 1.0,
      procedures: ['93.3500x004'],
    }),
    profile(['M17.900'], 6, 0.65, [45, 90], '骨伤科', 'rehab', { los: 1.0 }),
    profile(['I63.900'], 10, 1.35, [45, 92], '脑病科', 'medical', { los: 1.2, secondary: older }),
    profile(['J18.900', 'J44.100'], 10, 0.9, [1, 92], '肺病科', 'medical', {
      los: 1.0,
      secondary: older,
    }),
    profile(['I10.x00x002', 'E11.900'], 8, 0.65, [40, 90], '中医内科', 'medical', {
      los: 0.9,
      secondary: older,
    }),
    profile(['K80.100x001'], 4, 1.5, [25, 85], '外科', 'surgical', {
      los: 0.8,
      procedures: ['51.2300'],
    }),
    profile(['S82.201'], 3, 2.2, [16, 75], '骨伤科', 'surgical', {
      los: 1.3,
      procedures: ['79.3600x013'],
    }),
  ],
};

const maternalChild: HospitalCaseMix = {
  outpatient: [
    profile(['Z34.900', 'Z34.000'], 20, 1.1, [20, 40], '产科', 'op-maternal', { sex: 2 }),
    profile(['O20.000'], 4, 1.2, [20, 40], '产科', 'op-maternal', { sex: 2 }),
    profile(['N76.000', 'N87.900'], 12, 1.0, [20, 55], '妇科', 'op-maternal', { sex: 2 }),
    profile(['N97.900'], 3, 1.4, [22, 42], '妇科', 'op-maternal', { sex: 2 }),
    profile(['Z00.100'], 12, 0.5, [0, 6], '儿童保健科', 'op-maternal'),
    profile(['J06.900', 'J20.900'], 18, 0.8, [0, 12], '儿科', 'op-general'),
    profile(['A09.900'], 6, 0.8, [0, 10], '儿科', 'op-general'),
  ],
  inpatient: [
    profile(['O80.000', 'O80.900'], 26, 0.6, [20, 40], '产科', 'delivery', {
      los: 0.7,
      sex: 2,
      secondary: ['Z37.000'],
      procedures: ['73.5900x002', '73.6x01', '75.6902'],
    }),
    profile(['O82.000', 'O34.200x002'], 18, 1.25, [22, 42], '产科', 'delivery', {
      los: 1.0,
      sex: 2,
      secondary: ['Z37.000'],
      procedures: ['74.1x01'],
    }),
    profile(['O20.000'], 5, 0.45, [20, 40], '产科', 'medical', { los: 0.8, sex: 2 }),
    profile(['P59.901'], 12, 0.55, [0, 0], '新生儿科', 'newborn', {
      los: 0.9,
      newborn: true,
      procedures: ['99.8300x005'],
    }),
    profile(['P07.300x021'], 4, 2.2, [0, 0], '新生儿科', 'newborn', { los: 1.8, newborn: true }),
    profile(['P23.900'], 4, 1.3, [0, 0], '新生儿科', 'newborn', { los: 1.3, newborn: true }),
    profile(['J18.000', 'J21.900'], 14, 0.6, [0, 6], '儿科', 'medical', { los: 0.9 }),
    profile(['D25.900'], 5, 2.0, [30, 55], '妇科', 'surgical', {
      los: 1.1,
      sex: 2,
      procedures: ['68.4100'],
    }),
    profile(['N84.000'], 4, 0.7, [25, 55], '妇科', 'surgical', {
      los: 0.5,
      sex: 2,
      procedures: ['69.0901'],
    }),
  ],
};

const dermatology: HospitalCaseMix = {
  outpatient: [
    profile(['L30.902', 'L20.802', 'L23.901'], 30, 1.0, [1, 85], '皮肤科', 'op-skin'),
    profile(['L50.000'], 12, 0.9, [3, 80], '皮肤科', 'op-skin'),
    profile(['B35.300', 'B86.x00'], 12, 0.8, [5, 80], '皮肤科', 'op-skin'),
    profile(['L70.000'], 12, 1.0, [13, 35], '皮肤科', 'op-skin'),
    profile(['B02.900'], 8, 1.3, [30, 90], '皮肤科', 'op-skin'),
    profile(['B07.x00'], 8, 1.1, [5, 70], '皮肤科', 'op-skin'),
    profile(['L40.000'], 8, 1.4, [15, 80], '皮肤科', 'op-skin'),
  ],
  inpatient: [
    profile(['L40.000', 'L40.900'], 30, 1.1, [15, 80], '皮肤科', 'medical', {
      los: 1.3,
      procedures: ['99.8200x004'],
    }),
    profile(['B02.900x001'], 25, 0.9, [30, 90], '皮肤科', 'medical', { los: 1.0 }),
    profile(['A46.x00', 'L03.900'], 25, 0.9, [20, 85], '皮肤科', 'medical', { los: 0.9 }),
    profile(['L30.902'], 20, 0.8, [10, 85], '皮肤科', 'medical', { los: 0.9 }),
  ],
};

const welfareElderly: HospitalCaseMix = {
  outpatient: [
    profile(['I10.x00x002', 'E11.900'], 40, 1.0, [60, 95], '老年病科', 'op-general'),
    profile(['I69.300'], 20, 1.2, [60, 95], '康复科', 'op-rehab'),
    profile(['J06.900', 'J20.900'], 20, 0.8, [60, 95], '内科', 'op-general'),
    profile(['F03.x01', 'G20.x00'], 20, 1.1, [65, 95], '老年病科', 'op-general'),
  ],
  inpatient: [
    profile(['F03.x01'], 20, 1.1, [65, 98], '老年病科', 'long-stay', {
      los: 1.4,
      secondary: older,
    }),
    profile(['I69.300'], 25, 1.0, [60, 95], '康复科', 'long-stay', {
      los: 1.4,
      procedures: ['93.1100'],
      secondary: older,
    }),
    profile(['G20.x00'], 10, 1.0, [60, 95], '老年病科', 'long-stay', {
      los: 1.3,
      secondary: older,
    }),
    profile(['J18.900', 'J44.100'], 30, 0.95, [60, 98], '内科', 'medical', {
      los: 0.7,
      secondary: older,
    }),
    profile(['I10.x00x002', 'E11.900'], 15, 0.7, [60, 95], '内科', 'medical', {
      los: 0.6,
      secondary: older,
    }),
  ],
};

const welfareChildren: HospitalCaseMix = {
  outpatient: [
    profile(['G80.000x011', 'R62.000'], 40, 1.2, [1, 14], '儿童康复科', 'op-rehab'),
    profile(['F72.000x001', 'Q90.900'], 20, 1.0, [1, 17], '儿童康复科', 'op-rehab'),
    profile(['J06.900', 'A09.900'], 40, 0.7, [0, 17], '儿科', 'op-general'),
  ],
  inpatient: [
    profile(['G80.000x011'], 50, 1.2, [1, 14], '儿童康复科', 'rehab', {
      los: 1.6,
      procedures: ['93.1100'],
    }),
    profile(['F72.000x001', 'Q90.900'], 20, 1.0, [1, 17], '儿童康复科', 'rehab', { los: 1.4 }),
    profile(['J18.000'], 30, 0.7, [0, 14], '儿科', 'medical', { los: 0.7 }),
  ],
};

export const SPECIAL_CASE_MIX: Readonly<Record<Exclude<HospitalType, 'general'>, HospitalCaseMix>> =
  {
    tcm,
    'maternal-child': maternalChild,
    dermatology,
    'welfare-elderly': welfareElderly,
    'welfare-children': welfareChildren,
  };
