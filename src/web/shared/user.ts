// The logged-in user as the API returns it, what it may do, and the Chinese names of the roles.
import { roleNames } from '../../core/shared/roles';

export type Role = 'office' | 'department' | 'hospital' | 'monitor' | 'public';

export interface User {
  id: string | number;
  username: string;
  displayName: string;
  role: Role;
  /** The code of the account's unit in the registry. */
  unitCode: string | null;
  unitName: string | null;
}

/** What the account may do, from the server's policy: "kind.action" → on any object, or on its unit's own. */
export type Rights = Record<string, 'any' | 'own'>;

/**
 * May the account do `name` ("dataset.delete")? With `owner` (an object's owner unit) the scope counts: a
 * right on its own unit's objects only holds when the object is the unit's.
 */
export function mayDo(
  rights: Rights,
  user: Pick<User, 'unitCode'>,
  name: string,
  owner?: string | null,
): boolean {
  const right = rights[name];
  if (right === undefined) return false;
  if (right === 'any' || owner === undefined) return true;
  return owner !== null && owner === user.unitCode;
}

/** The roles' Chinese names, from the one table in core. */
export const roleLabels: Record<Role, string> = roleNames;
