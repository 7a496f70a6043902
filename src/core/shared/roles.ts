// Roles and what each may do (ARCHITECTURE "Users and rights"); the server checks these on every request.

export const roles = ['office', 'department', 'hospital', 'monitor', 'public'] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, string> = {
  office: '医改办',
  department: '部门',
  hospital: '医院',
  monitor: '监测组',
  public: '公众',
};

export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The department or hospital the account belongs to, as written in plans (e.g. "区卫生健康委"). */
  unitName: string | null;
}

export type Permission =
  | 'plan.read-published'
  | 'plan.read-draft'
  | 'plan.write'
  | 'plan.publish'
  | 'audit.read'
  /** Create accounts, change their role and unit, disable them, reset their passwords. */
  | 'users.manage'
  | 'drg.use'
  /** Register bill files and run simulations and case-mix analyses on them. */
  | 'bills.use';

const granted: Record<Role, Permission[]> = {
  office: [
    'plan.read-published',
    'plan.read-draft',
    'plan.write',
    'plan.publish',
    'audit.read',
    'users.manage',
    'drg.use',
    'bills.use',
  ],
  department: ['plan.read-published', 'drg.use'],
  hospital: ['plan.read-published', 'drg.use'],
  monitor: ['plan.read-published', 'drg.use', 'bills.use'],
  public: [],
};

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return granted[actor.role].includes(permission);
}
