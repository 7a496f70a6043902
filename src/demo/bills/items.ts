// The demo item catalogue (收费项目目录): codes, names, settlement-list categories, insurance classes and
// pre-reform prices by hospital level. Service codes follow the national service-item numbering.
import type { HospitalLevel } from '../../core/simulate/bills';
import type { DemoItem } from './item';
import { DRUG_ITEMS } from './items-drugs';
import { SERVICE_ITEMS } from './items-services';

export type { DemoItem, ItemUse } from './item';

export const DEMO_ITEMS: readonly DemoItem[] = [...SERVICE_ITEMS, ...DRUG_ITEMS];

export const DEMO_ITEMS_BY_CODE: ReadonlyMap<string, DemoItem> = new Map(
  DEMO_ITEMS.map((entry) => [entry.code, entry]),
);

export function demoItem(code: string): DemoItem {
  const found = DEMO_ITEMS_BY_CODE.get(code);
  if (found === undefined) throw new Error(`demo item ${code} is not in the catalogue`);
  return found;
}

export const priceAt = (entry: DemoItem, level: HospitalLevel): number =>
  entry.priceFen[level - 1] as number;

/** Items the generator prices one by one rather than from a category budget. */
export const FIXED_ITEMS = {
  registration: '110100001',
  outpatientConsultation: '110200001',
  expertConsultation: '110200003',
  generalDiagnosis: '111000001',
  inpatientConsultation: '110300001',
  bed: '110900001',
  nursing: '120100003',
  outpatientPharmacyFee: 'YS0001',
  inpatientPharmacyFee: 'YS0002',
  generalAnaesthesia: '330100001',
  spinalAnaesthesia: '330100005',
} as const;

/** The surgery fee item for a main procedure (ICD-9-CM-3 prefix → item code). */
export const SURGERY_ITEMS: readonly (readonly [string, string])[] = [
  ['47.01', '331603005'],
  ['51.23', '331004004'],
  ['79.35', '331504004'],
  ['79.36', '331505003'],
  ['53.0', '331601001'],
  ['36.06', '320500004'],
  ['13.41', '330602003'],
  ['81.54', '331508007'],
  ['74.1', '331202002'],
  ['73.', '331202001'],
  ['75.69', '331204001'],
  ['68.41', '331301008'],
  ['68.29', '331301010'],
  ['69.09', '331303004'],
  ['86.3', '331601010'],
];
