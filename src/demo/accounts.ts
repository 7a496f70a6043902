// One demo account per role, so a newcomer can see the product as the office, a department, a hospital and the public.
import type { AccountInput } from '../server/auth/accounts';

export const demoPassword = 'yigai-demo';

export const demoAccounts: AccountInput[] = [
  {
    username: 'office',
    displayName: '医改办（演示）',
    password: demoPassword,
    role: 'office',
    unitName: '区医改办',
  },
  {
    username: 'department',
    displayName: '区卫生健康委（演示）',
    password: demoPassword,
    role: 'department',
    unitName: '区卫生健康委',
  },
  {
    username: 'hospital',
    displayName: '区人民医院（演示）',
    password: demoPassword,
    role: 'hospital',
    unitName: '巴南区人民医院',
  },
  {
    username: 'monitor',
    displayName: '卫健委监测组（演示）',
    password: demoPassword,
    role: 'monitor',
    unitName: '区卫生健康委',
  },
  {
    username: 'public',
    displayName: '公众（演示）',
    password: demoPassword,
    role: 'public',
    unitName: null,
  },
];
