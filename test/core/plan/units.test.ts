// Units named by tasks and work groups: as written, deduplicated by exact name, never merged.
import { describe, expect, it } from 'vitest';
import type { Task, WorkGroup } from '../../../src/core/plan/types';
import { collectUnits } from '../../../src/core/plan/units';

const task = (lead: string[], co: string[], line: number) =>
  ({ lead, co, source: { line } }) as Task;

describe('collectUnits', () => {
  const lines = [
    '1.任务甲。（牵头单位：区卫健委，配合单位：区发改委、区财政局）',
    '2.任务乙。（区卫生健康委负责，区财政局参与）',
    '牵头部门：区卫生计生委',
  ];
  const group = {
    name: '文件组',
    leadUnits: ['区卫生计生委'],
    memberUnits: ['区发改委'],
    leader: null,
    deputies: [],
    duties: [],
    source: { line: 3 },
  } satisfies WorkGroup;
  const units = collectUnits({
    lines,
    tasks: [
      task(['区卫健委'], ['区发改委', '区财政局'], 1),
      task(['区卫生健康委'], ['区财政局'], 2),
    ],
    workGroups: [group],
  });

  it('keeps each written name once, with its canonical body and lines', () => {
    expect(units).toEqual([
      { name: '区卫健委', canonical: '区卫生健康委员会', lines: [1] },
      { name: '区发改委', canonical: '区发展和改革委员会', lines: [1] },
      { name: '区财政局', canonical: '区财政局', lines: [1, 2] },
      { name: '区卫生健康委', canonical: '区卫生健康委员会', lines: [2] },
      { name: '区卫生计生委', canonical: '区卫生健康委员会', lines: [3] },
    ]);
  });
});
