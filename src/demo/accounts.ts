// One demo account per role, so a newcomer can see the product as the office, a department, a hospital and the public;
// each belongs to a unit of the demo registry by code.
import type { AccountInput } from '../server/auth/accounts';
import { OFFICE_UNIT } from '../store/units';
import { HEALTH_COMMISSION_UNIT } from './units';

export const demoPassword = 'yigai-demo';

export const demoAccounts: AccountInput[] = [
  {
    username: 'office',
    displayName: '医改办（演示）',
    password: demoPassword,
    role: 'office',
    unitCode: OFFICE_UNIT,
  },
  {
    username: 'department',
    displayName: '区卫生健康委（演示）',
    password: demoPassword,
    role: 'department',
    unitCode: HEALTH_COMMISSION_UNIT,
  },
  {
    username: 'hospital',
    displayName: '区人民医院（演示）',
    password: demoPassword,
    role: 'hospital',
    // 巴南区人民医院: its code in the demo bills and in the registry
    unitCode: 'BN02',
  },
  {
    username: 'monitor',
    displayName: '卫健委监测组（演示）',
    password: demoPassword,
    role: 'monitor',
    unitCode: HEALTH_COMMISSION_UNIT,
  },
  {
    username: 'public',
    displayName: '公众（演示）',
    password: demoPassword,
    role: 'public',
    unitCode: null,
  },
];
