// Ledger items from the seed plans: one per task (Kaizhou, Harbin), per work-group duty and per schedule row
// (Banan), each with its units resolved against a registry, its deadline and its lines; keys unique; a new
// revision keeps, adds and marks items by key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemChanges, itemsFromPlan } from '../../../src/core/ledger/items-from-plan';
import { unitResolver } from '../../../src/core/ledger/unit-resolver';
import type { Unit } from '../../../src/core/shared/unit-registry';
import { DEMO_UNITS, HEALTH_COMMISSION_UNIT } from '../../../src/demo/units';
import { parsePlan } from '../../../src/core/plan/parse';
import { parsedKeys, withStableKeys } from '../../../src/core/plan/stable-keys';

const seed = (name: string) => {
  const plan = parsePlan(readFileSync(`src/demo/documents/${name}.txt`, 'utf8'));
  return withStableKeys(plan, parsedKeys(plan));
};
const registry: Record<string, string> = { 区卫生健康委: 'WJW', 区医保局: 'YBJ', 区医改办: 'YGB' };
const resolve = (written: string) => registry[written] ?? null;

describe('items from a plan', () => {
  it('gives Kaizhou one item per task with lead and cooperating units and the deadline', () => {
    const plan = seed('kaizhou-2020-h2-reform-task-division');
    const items = itemsFromPlan(plan, resolve);
    expect(items).toHaveLength(plan.tasks.length);
    expect(items.every((item) => item.kind === 'task')).toBe(true);
    const first = items[0];
    expect(first).toMatchObject({
      ref: plan.tasks[0]?.ref,
      title: '改革完善疾病预防控制体系',
      due: '2020-12-31',
      lead: [{ written: '区卫生健康委', code: 'WJW' }],
    });
    expect(first?.section[0]).toContain('加强公共卫生体系建设');
    expect(first?.line).toBe(plan.tasks[0]?.source.line);
    expect(items.some((item) => item.co.some((unit) => unit.code === null))).toBe(true);
    expect(new Set(items.map((item) => item.stableKey)).size).toBe(items.length);
  });

  it('gives Banan one item per work-group duty and per schedule row', () => {
    const plan = seed('banan-2017-public-hospital-reform');
    const items = itemsFromPlan(plan, resolve);
    const duties = plan.workGroups.reduce((sum, group) => sum + group.duties.length, 0);
    expect(items.filter((item) => item.kind === 'work-group-duty')).toHaveLength(duties);
    expect(items.filter((item) => item.kind === 'schedule')).toHaveLength(plan.schedule.length);
    const row = items.find((item) => item.kind === 'schedule' && item.due !== null);
    expect(row?.section).toEqual(['时序安排']);
    expect(new Set(items.map((item) => item.stableKey)).size).toBe(items.length);
    const duty = items.find((item) => item.kind === 'work-group-duty');
    expect(duty?.ongoing).toBe(true);
    expect(duty?.lead.length).toBeGreaterThan(0);
  });

  it('keeps, adds and marks items of a new revision by stable key', () => {
    const plan = seed('kaizhou-2020-h2-reform-task-division');
    const items = itemsFromPlan(plan, resolve);
    const [first, second, ...rest] = items;
    const next = itemsFromPlan({ ...plan, tasks: plan.tasks.slice(1) }, resolve);
    const changes = itemChanges(
      items.map((item) => item.stableKey),
      [...next, { ...(first as (typeof items)[number]), stableKey: 'task:new' }],
    );
    expect(changes.removed).toEqual([first?.stableKey]);
    expect(changes.added.map((item) => item.stableKey)).toEqual(['task:new']);
    expect(changes.kept.map((k) => k.stableKey)).toEqual(
      [second, ...rest].map((item) => item?.stableKey),
    );
  });
});

describe('units of ledger items', () => {
  const office: Unit = {
    code: 'OFFICE',
    name: '医改办',
    kind: 'office',
    parentCode: null,
    level: null,
    hospitalType: null,
    sponsor: null,
    funding: null,
    aliases: [],
  };
  const resolver = unitResolver([office, ...DEMO_UNITS]);

  it('maps a plan’s names to registry units through aliases and canonical bodies', () => {
    expect(resolver('区卫生计生委')).toBe(HEALTH_COMMISSION_UNIT);
    expect(resolver('区卫生健康委员会')).toBe(HEALTH_COMMISSION_UNIT);
    expect(resolver('区人社局')).toBe('BN-RSJ');
    expect(resolver('区医改办')).toBe('OFFICE');
    expect(resolver('市卫生计生委')).toBeNull();
    expect(resolver('各相关工作组')).toBeNull();
  });

  it('gives a schedule row owned by a work group to the group’s lead units', () => {
    const plan = seed('banan-2017-public-hospital-reform');
    const items = itemsFromPlan(plan, resolver);
    const group = plan.workGroups.find((g) =>
      plan.schedule.some((row) => row.owners.includes(g.name)),
    );
    expect(group).toBeDefined();
    const row = items.find(
      (item) =>
        item.kind === 'schedule' &&
        plan.schedule.some((r) => r.task === item.text && r.owners.includes(group?.name ?? '')),
    );
    expect(row?.lead.map((unit) => unit.written)).toEqual(
      expect.arrayContaining(group?.leadUnits ?? []),
    );
    const mapped = items.filter((item) => item.lead.some((unit) => unit.code !== null)).length;
    expect(mapped / items.length).toBeGreaterThan(0.8);
  });
});
