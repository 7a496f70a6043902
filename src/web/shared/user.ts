// The logged-in user as the API returns it, and the Chinese names of the roles.

export type Role = 'office' | 'department' | 'hospital' | 'monitor' | 'public';

export interface User {
  id: string | number;
  username: string;
  displayName: string;
  role: Role;
  unitName: string | null;
}

export const roleLabels: Record<Role, string> = {
  office: '医改办',
  department: '部门',
  hospital: '医院',
  monitor: '监测组',
  public: '公众',
};
