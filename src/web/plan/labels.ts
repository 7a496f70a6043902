// Chinese words for plan values: status, target comparison, dates.
import dayjs from 'dayjs';
import type { TargetOp } from '../../core/plan/types';
import type { PlanStatus, RevisionStatus } from './model';

export const statusLabels: Record<PlanStatus, string> = {
  draft: '草稿',
  review: '送审中',
  published: '已发布',
  withdrawn: '已撤回',
};
export const statusColors: Record<PlanStatus, string> = {
  draft: 'gold',
  review: 'blue',
  published: 'green',
  withdrawn: 'default',
};

export const revisionStatusLabels: Record<RevisionStatus, string> = {
  draft: '草稿',
  review: '送审中',
  published: '当前发布',
  superseded: '已被取代',
};

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
