// Roles and the logged-in account (ARCHITECTURE "Users and rights"); what each role may do is in policy.ts.
import { decide, type Action, type ResourceKind } from './policy';

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
  /** The code of the unit (office, department, hospital) the account belongs to, in the unit registry. */
  unitCode: string | null;
  /** That unit's name, for display (e.g. "巴南区卫生健康委员会"). */
  unitName: string | null;
}

/** Older names of rights, each one pair of the policy table (kept for callers not yet declaring access). */
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

const permissionPairs: Record<Permission, [ResourceKind, Action]> = {
  'plan.read-published': ['plan', 'read'],
  'plan.read-draft': ['plan-draft', 'read'],
  'plan.write': ['plan-draft', 'write'],
  'plan.publish': ['plan-draft', 'publish'],
  'audit.read': ['audit', 'read'],
  'users.manage': ['account', 'write'],
  'drg.use': ['drg-tool', 'run'],
  'bills.use': ['dataset', 'write'],
};

/** The permission at collection level (no object): see policy.ts for object-level decisions. */
export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  const [kind, action] = permissionPairs[permission];
  return decide({ role: actor.role, unitCode: null }, action, { kind });
}
