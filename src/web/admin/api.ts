// Calls of the administration pages: accounts (list, create, change, reset password) and the audit trail.
import { apiDownload, apiJson } from '../shared/api';
import type { Role, User } from '../shared/user';

export interface Account extends User {
  id: number;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  /** A code of the unit registry (单位管理), or null. */
  unitCode: string | null;
}

export interface AccountChange {
  displayName?: string;
  role?: Role;
  unitCode?: string | null;
  disabled?: boolean;
}

export interface AuditEntry {
  id: number;
  at: string;
  username: string | null;
  /** Who it was, by the account's display name. */
  displayName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  username?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

const query = (values: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

export const adminApi = {
  accounts: async () => (await apiJson<{ users: Account[] }>('GET', '/api/users')).users,
  create: (account: NewAccount) =>
    apiJson<{ user: Account; password: string }>('POST', '/api/users', account),
  change: async (id: number, change: AccountChange) =>
    (await apiJson<{ user: Account }>('PATCH', `/api/users/${id}`, change)).user,
  resetPassword: (id: number) =>
    apiJson<{ user: Account; password: string }>('POST', `/api/users/${id}/reset-password`),
  audit: (filter: AuditFilter, page: number, pageSize: number) =>
    apiJson<AuditPage>('GET', `/api/audit${query({ ...filter, page, pageSize })}`),
  auditFacets: () =>
    apiJson<{
      usernames: string[];
      users: { username: string; displayName: string }[];
      actions: string[];
      entities: string[];
    }>('GET', '/api/audit/facets'),
  exportAudit: (filter: AuditFilter) =>
    apiDownload(`/api/audit.xlsx${query({ ...filter })}`, '操作记录.xlsx'),
};
