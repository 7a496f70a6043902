// Chinese labels and colours of the DRG pages: result statuses, trace stages, discharge types.
import type { GroupStatus, TraceStage } from '../../../core/drg/types';

export const STATUS_COLORS: Record<GroupStatus, string> = {
  分组成功: 'success',
  歧义病案: 'warning',
  无法入组: 'error',
  信息校验不通过: 'error',
};

/** Chart colours in the same order as the statuses: green, orange, red, grey-red. */
export const STATUS_CHART_COLORS: Record<GroupStatus, string> = {
  分组成功: '#52c41a',
  歧义病案: '#faad14',
  无法入组: '#ff4d4f',
  信息校验不通过: '#8c8c8c',
};

export const STAGE_LABELS: Record<TraceStage, string> = {
  check: '信息校验',
  mdc: 'MDC',
  adrg: 'ADRG',
  ambiguity: '歧义判断',
  split: '细分',
  complication: '并发症',
  result: '结果',
};

export const STAGE_COLORS: Record<TraceStage, string> = {
  check: 'red',
  mdc: 'blue',
  adrg: 'geekblue',
  ambiguity: 'orange',
  split: 'purple',
  complication: 'cyan',
  result: 'green',
};

/** 离院方式 of the inpatient front sheet (病案首页). */
export const LEAVING_TYPE_OPTIONS = [
  { value: 1, label: '1 医嘱离院' },
  { value: 2, label: '2 医嘱转院' },
  { value: 3, label: '3 医嘱转社区卫生服务机构/乡镇卫生院' },
  { value: 4, label: '4 非医嘱离院' },
  { value: 5, label: '5 死亡' },
  { value: 9, label: '9 其他' },
];
