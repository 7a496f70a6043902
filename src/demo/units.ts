// The demo's unit registry: Chongqing and Banan as the jurisdiction tree, the district health commission the
// demo department and monitoring accounts belong to, the district departments the plans name as lead units,
// and Banan's ten hospitals from the demo bills' own list.
import type { Unit } from '../core/shared/unit-registry';
import { BANAN_HOSPITALS, type DemoHospital, type HospitalType } from './bills/hospitals';

export const CITY_UNIT = 'CQ';
export const DISTRICT_UNIT = 'CQ-BN';
export const HEALTH_COMMISSION_UNIT = 'BN-WJW';

const LEVELS = { 1: '一级', 2: '二级', 3: '三级' } as const;
const SPONSORS = {
  government: '政府办',
  'public-institution': '事业单位办',
  'state-enterprise': '国企办',
  private: '社会办',
} as const;
// The welfare homes' hospitals treat the old (福康, 颐康: 专科 for geriatrics) and children (儿康: 康复).
const TYPES: Record<HospitalType, NonNullable<Unit['hospitalType']>> = {
  general: '综合',
  tcm: '中医',
  'maternal-child': '妇幼',
  dermatology: '专科',
  'welfare-elderly': '专科',
  'welfare-children': '康复',
};

const none = { level: null, hospitalType: null, sponsor: null, funding: null, aliases: [] };

/** A district department as plans name it (the demo ledger's lead and cooperating units). */
function department(code: string, name: string, aliases: string[]): Unit[] {
  return [{ code, name, kind: 'department', parentCode: DISTRICT_UNIT, ...none, aliases }];
}

export function hospitalUnit(hospital: DemoHospital): Unit {
  return {
    code: hospital.id,
    name: hospital.name,
    kind: 'hospital',
    parentCode: hospital.funding === '市属' ? CITY_UNIT : DISTRICT_UNIT,
    level: LEVELS[hospital.level],
    hospitalType: TYPES[hospital.type],
    sponsor: SPONSORS[hospital.sponsor],
    funding: hospital.funding,
    aliases: [],
  };
}

export const DEMO_UNITS: readonly Unit[] = [
  { code: CITY_UNIT, name: '重庆市', kind: 'other', parentCode: null, ...none },
  { code: DISTRICT_UNIT, name: '巴南区', kind: 'other', parentCode: CITY_UNIT, ...none },
  {
    code: HEALTH_COMMISSION_UNIT,
    name: '巴南区卫生健康委员会',
    kind: 'department',
    parentCode: DISTRICT_UNIT,
    ...none,
    aliases: ['区卫生健康委员会', '区卫生健康委', '区卫健委', '区卫生计生委', '区卫计委'],
  },
  ...department('BN-FGW', '巴南区发展和改革委员会', ['区发展改革委', '区发改委']),
  ...department('BN-CZJ', '巴南区财政局', ['区财政局']),
  ...department('BN-RSJ', '巴南区人力资源和社会保障局', ['区人力社保局', '区人社局']),
  ...department('BN-YBJ', '巴南区医疗保障局', ['区医保局']),
  ...department('BN-SJJ', '巴南区市场监督管理局', ['区市场监管局', '区食药监分局']),
  ...department('BN-XCB', '中共巴南区委宣传部', ['区委宣传部']),
  ...department('BN-BB', '中共巴南区委机构编制委员会办公室', ['区委编办', '区编办']),
  ...BANAN_HOSPITALS.map(hospitalUnit),
];
