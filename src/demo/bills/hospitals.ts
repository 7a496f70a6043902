// The ten public hospitals of Banan's reform (巴南府办发〔2017〕152号 二、改革范围) with the level, type
// and volumes the demo bills use. Sponsors follow the plan; levels, types and volumes are assumptions.
// The one list of them: the demo bills' hospital codes and the demo unit registry both come from it.
import type { Hospital, HospitalLevel } from '../../core/simulate/bills';

export type HospitalType =
  'general' | 'tcm' | 'maternal-child' | 'dermatology' | 'welfare-elderly' | 'welfare-children';

export interface DemoHospital extends Hospital {
  type: HospitalType;
  /** Share of the ten hospitals' outpatient visits. */
  visitShare: number;
  /** Share of the ten hospitals' admissions. */
  admissionShare: number;
  /**
   * False for the four hospitals that had already dropped the drug markup before 2017 (三（五）“已取消药品
   * 加成的4家公立医院取消药事服务费，其他6家…全部取消药品加成、取消药事服务费”): all ten charged the
   * pharmacy service fee. Which four the plan does not say; the small level-1 hospitals are assumed.
   */
  chargesMarkup: boolean;
  /** 隶属关系: the municipal hospitals in the district are the city's, the rest the district's. */
  funding: '市属' | '区属';
}

const hospital = (
  id: string,
  name: string,
  level: HospitalLevel,
  sponsor: Hospital['sponsor'],
  type: HospitalType,
  visitShare: number,
  admissionShare: number,
  chargesMarkup = true,
): DemoHospital => ({
  id,
  name,
  level,
  sponsor,
  type,
  visitShare,
  admissionShare,
  chargesMarkup,
  // "重庆市…" hospitals belong to the city, "巴南区…" ones to the district; 重庆南郊医院 is assumed district.
  funding: name.startsWith('重庆市') ? '市属' : '区属',
});

export const BANAN_HOSPITALS: readonly DemoHospital[] = [
  hospital('BN01', '重庆市第七人民医院', 3, 'government', 'general', 0.22, 0.24),
  hospital('BN02', '巴南区人民医院', 3, 'government', 'general', 0.26, 0.28),
  hospital('BN03', '巴南区中医院', 2, 'government', 'tcm', 0.16, 0.14),
  hospital('BN04', '巴南区第二人民医院', 2, 'government', 'general', 0.12, 0.12),
  hospital('BN05', '巴南区妇幼保健计划生育服务中心', 2, 'government', 'maternal-child', 0.1, 0.07),
  hospital('BN06', '巴南区皮肤病防治院', 1, 'government', 'dermatology', 0.04, 0.005, false),
  hospital(
    'BN07',
    '重庆市第一社会福利院福康医院',
    1,
    'public-institution',
    'welfare-elderly',
    0.02,
    0.03,
    false,
  ),
  hospital(
    'BN08',
    '重庆市第二社会福利院颐康医院',
    1,
    'public-institution',
    'welfare-elderly',
    0.02,
    0.03,
    false,
  ),
  hospital(
    'BN09',
    '重庆市儿童福利院儿康医院',
    1,
    'public-institution',
    'welfare-children',
    0.01,
    0.01,
    false,
  ),
  hospital('BN10', '重庆南郊医院', 2, 'state-enterprise', 'general', 0.05, 0.075),
];

/** The hospitals whose bills carry no drug markup: the scenario's `hospitalsWithoutMarkup`. */
export const HOSPITALS_WITHOUT_MARKUP: readonly string[] = BANAN_HOSPITALS.filter(
  (h) => !h.chargesMarkup,
).map((h) => h.id);
