// A target without a date of its own takes its task's deadline, marked inherited; outside a task it has none.
import { describe, expect, it } from 'vitest';
import { loadSeedPlan } from './seed-plan';

describe('target deadlines inherited from their task', () => {
  const yuzhong = loadSeedPlan('yuzhong-2022-high-quality-development.txt');

  it('gives the doctor-to-nurse ratio the deadline of task 13 and says it is inherited', () => {
    const ratio = yuzhong.targets.find((t) => t.indicator === '医护比');
    const task = yuzhong.tasks.find((t) => t.key === ratio?.taskKey);
    expect(task?.ref).toBe('13.');
    expect(ratio).toMatchObject({
      op: '~',
      value: 2,
      unit: '1:N',
      due: '2025-12-31',
      dueInherited: true,
    });
  });

  it('keeps a date written in the sentence itself', () => {
    const appointments = yuzhong.targets.find((t) => t.indicator === '预约诊疗率');
    expect(appointments).toMatchObject({ due: '2022-12-31', dueText: '2022年底前' });
    expect(appointments?.dueInherited).toBeUndefined();
  });

  it('leaves a target outside every task without a date (Banan assigns no per-paragraph tasks)', () => {
    const banan = loadSeedPlan('banan-2017-public-hospital-reform.txt');
    const slots = banan.targets.find((t) => t.indicator === '普通门诊号源占比');
    expect(slots).toMatchObject({
      op: '>=',
      value: 50,
      scope: '二级公立医院',
      due: null,
      taskKey: null,
    });
  });
});
