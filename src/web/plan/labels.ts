// Chinese words for plan values: status, target comparison, dates.
import dayjs from 'dayjs';
import type { TargetOp } from '../../core/plan/types';
import type { PlanStatus } from './model';

export const statusLabels: Record<PlanStatus, string> = { draft: '草稿', published: '已发布' };
export const statusColors: Record<PlanStatus, string> = { draft: 'gold', published: 'green' };

export const targetOpLabels: Record<TargetOp, string> = {
  '<': '低于',
  '<=': '不高于',
  '>': '高于',
  '>=': '不低于',
  '=': '等于',
  '~': '约',
};

export const targetOps = Object.keys(targetOpLabels) as TargetOp[];

/** A timestamp as 2020-10-27 14:05, or — when missing. */
export function formatTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** A calendar date as written by the API (YYYY-MM-DD), or — when missing. */
export function formatDate(value: string | null | undefined): string {
  return value ?? '—';
}
