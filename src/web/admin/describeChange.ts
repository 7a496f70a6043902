// One line of Chinese for what an audit entry changed: the fields before → after, or what was recorded.
import { roleLabels, type Role } from '../shared/user';
import type { AuditEntry } from './api';

const fieldLabels: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  unitName: '单位',
  unitCode: '单位编码',
  disabled: '停用',
  ip: '地址',
  reason: '原因',
  sessionsEnded: '结束会话数',
  passwordRehashed: '密码哈希已更新',
  title: '标题',
  name: '名称',
};

const reasonLabels: Record<string, string> = {
  'unknown-user': '用户名不存在',
  'wrong-password': '密码错误',
  disabled: '账号已停用',
};

const show = (key: string, value: unknown): string => {
  if (value === null || value === undefined) return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'reason' && typeof value === 'string') return reasonLabels[value] ?? value;
  if (key === 'role' && typeof value === 'string') return roleLabels[value as Role] ?? value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

export function describeChange(entry: Pick<AuditEntry, 'before' | 'after'>): string {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  if (!before && !after) {
    return entry.after !== null && entry.after !== undefined ? JSON.stringify(entry.after) : '';
  }
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const text = keys.map((key) => {
    const label = fieldLabels[key] ?? key;
    if (before && key in before && after && key in after) {
      return `${label}：${show(key, before[key])} → ${show(key, after[key])}`;
    }
    const value = after && key in after ? after[key] : before?.[key];
    return `${label}：${show(key, value)}`;
  });
  const joined = text.join('；');
  return joined.length > 300 ? `${joined.slice(0, 300)}…` : joined;
}
