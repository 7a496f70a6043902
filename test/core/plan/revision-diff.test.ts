// Stable keys survive a re-parse of a shifted document and a correction; the diff between two revisions names what
// was added, removed and changed by those keys; the publish check and the stale-edit words.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shanghaiMinute, staleEditMessage } from '../../../src/core/plan/change-text';
import { applyCorrections, type Correction } from '../../../src/core/plan/corrections';
import { parsePlan } from '../../../src/core/plan/parse';
import { publishProblems } from '../../../src/core/plan/publish-check';
import { diffCounts, diffIsEmpty, diffRevisions } from '../../../src/core/plan/revision-diff';
import { parsedKeys, withStableKeys } from '../../../src/core/plan/stable-keys';
import type { Plan } from '../../../src/core/plan/types';

const seed = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../../src/demo/documents/${name}`, import.meta.url)),
    'utf8',
  );
// Harbin has numbered tasks and targets, Banan work groups and a schedule.
const harbin = seed('harbin-2017-urban-public-hospital-reform.txt');
const banan = seed('banan-2017-public-hospital-reform.txt');

/** A revision as the store builds it: a parse with corrections applied, stable keys from the parse. */
function revision(text: string, corrections: Correction[] = []) {
  const parsed = parsePlan(text);
  return withStableKeys(applyCorrections(parsed, corrections).plan, parsedKeys(parsed));
}

const base = revision(harbin);
const groups = revision(banan);

describe('stable keys', () => {
  it('are unique within a revision', () => {
    for (const items of [base.tasks, base.targets, groups.workGroups, groups.schedule]) {
      const keys = items.map((item) => item.stableKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(base.tasks.length).toBeGreaterThan(10);
    expect(base.targets.length).toBeGreaterThan(3);
    expect(groups.workGroups.length).toBe(15);
    expect(groups.schedule.length).toBeGreaterThan(10);
  });

  it('survive a re-parse of the document with its lines shifted, where line-based keys do not', () => {
    const shifted = revision(`\n\n${harbin}`);
    expect(shifted.targets.map((t) => t.key)).not.toEqual(base.targets.map((t) => t.key));
    expect(shifted.targets.map((t) => t.stableKey)).toEqual(base.targets.map((t) => t.stableKey));
    expect(shifted.tasks.map((t) => t.stableKey)).toEqual(base.tasks.map((t) => t.stableKey));
    expect(diffIsEmpty(diffRevisions(base, shifted))).toBe(true);
  });

  it('stay with a task whose title is corrected, and split parts carry their original key', () => {
    const [first, second] = base.tasks;
    if (!first || !second) throw new Error('expected tasks');
    const corrected = revision(harbin, [
      { op: 'setTask', taskKey: first.key, fields: { title: '新的任务名称' } },
      {
        op: 'splitTask',
        taskKey: second.key,
        parts: [
          { title: '甲', lead: ['区卫生计生委'], co: [], dueText: null, due: null },
          { title: '乙', lead: ['区财政局'], co: [], dueText: null, due: null },
        ],
      },
    ]);
    expect(corrected.tasks[0]?.stableKey).toBe(first.stableKey);
    expect(corrected.tasks[1]?.stableKey).toBe(`${second.stableKey}#1`);
    expect(corrected.tasks[2]?.stableKey).toBe(`${second.stableKey}#2`);
  });
});

describe('revision diff', () => {
  it('names a changed lead unit, a deleted target, a new title and a split task', () => {
    const [task, splitMe] = base.tasks;
    const target = base.targets[0];
    if (!task || !splitMe || !target) throw new Error('expected tasks and targets');
    const next = revision(harbin, [
      { op: 'setTask', taskKey: task.key, fields: { lead: ['区医保局'] } },
      { op: 'deleteTarget', targetKey: target.key },
      { op: 'setMeta', fields: { title: '修订后的方案标题' } },
      {
        op: 'splitTask',
        taskKey: splitMe.key,
        parts: [
          { title: '甲', lead: [], co: [], dueText: null, due: null },
          { title: '乙', lead: [], co: [], dueText: null, due: null },
        ],
      },
    ]);
    const diff = diffRevisions(base, next);
    expect(diff.meta).toEqual([
      { field: 'title', label: '标题', before: base.title, after: '修订后的方案标题' },
    ]);
    expect(diff.tasks.changed).toEqual([
      {
        stableKey: task.stableKey,
        label: `${task.ref}${task.title}`,
        changes: [{ field: 'lead', label: '牵头单位', before: task.lead, after: ['区医保局'] }],
      },
    ]);
    expect(diff.tasks.removed.map((item) => item.stableKey)).toEqual([splitMe.stableKey]);
    expect(diff.tasks.added.map((item) => item.label)).toEqual([
      `${splitMe.ref}-1甲`,
      `${splitMe.ref}-2乙`,
    ]);
    expect(diff.targets.removed).toEqual([{ stableKey: target.stableKey, label: target.text }]);
    expect(diffCounts(diff)).toEqual({ meta: 1, added: 2, removed: 2, changed: 1 });
  });

  it('reports work groups and schedule rows added and changed', () => {
    const [group, ...otherGroups] = groups.workGroups;
    const row = groups.schedule[0];
    if (!group || !row) throw new Error('expected work groups and a schedule');
    const before = { ...groups, workGroups: otherGroups };
    const after = {
      ...groups,
      schedule: groups.schedule.map((item) =>
        item === row ? { ...item, owners: [...item.owners, '区审计局'] } : item,
      ),
      workGroups: groups.workGroups.map((g) =>
        g === group ? g : { ...g, leader: g === otherGroups[0] ? '新组长' : g.leader },
      ),
    };
    const diff = diffRevisions(before, after);
    expect(diff.workGroups.added).toEqual([{ stableKey: group.stableKey, label: group.name }]);
    expect(diff.workGroups.changed.map((c) => c.changes.map((f) => f.field))).toEqual([['leader']]);
    expect(diff.schedule.changed).toEqual([
      {
        stableKey: row.stableKey,
        label: row.task,
        changes: [
          {
            field: 'owners',
            label: '责任单位',
            before: row.owners,
            after: [...row.owners, '区审计局'],
          },
        ],
      },
    ]);
  });
});

describe('publish check', () => {
  const empty: Plan = { ...parsePlan('一些文字'), title: null };

  it('asks for a confirmation when there is no title or nothing was extracted', () => {
    expect(publishProblems(empty).map((p) => p.code)).toEqual(['no-title', 'nothing-extracted']);
    expect(publishProblems(parsePlan(banan))).toEqual([]);
    expect(publishProblems(parsePlan(harbin))).toEqual([]);
  });

  it('asks for a reason when the reader doubts the decoding, not for a routine encoding note', () => {
    const stray = {
      ...parsePlan(banan),
      warnings: [
        {
          line: 3,
          message: '第 3 行有 1 处字节不是有效的 UTF-8',
          kind: 'document' as const,
          doubtful: true,
        },
      ],
    };
    const twoReadings = {
      ...parsePlan(banan),
      decoding: {
        encoding: 'utf-8',
        reason: '按 UTF-8 和按 GB18030 读取都像正常文字',
        alternative: null,
      },
    };
    const routine = {
      ...parsePlan(banan),
      warnings: [
        {
          line: null,
          message: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取',
          kind: 'document' as const,
        },
      ],
    };
    const other = { ...parsePlan(banan), warnings: [{ line: 3, message: '未识别牵头单位' }] };
    expect(publishProblems(stray).map((p) => p.code)).toEqual(['encoding-doubt']);
    expect(publishProblems(twoReadings).map((p) => p.code)).toEqual(['encoding-doubt']);
    expect(publishProblems(twoReadings)[0]?.message).toContain('都像正常文字');
    expect(publishProblems(routine)).toEqual([]);
    expect(publishProblems(other)).toEqual([]);
  });
});

describe('stale edit words', () => {
  it('say who changed what, when, in Shanghai time', () => {
    const at = new Date('2026-12-03T06:05:00Z');
    expect(shanghaiMinute(at)).toBe('2026-12-03 14:05');
    expect(
      staleEditMessage('方案 #3', [{ who: '张三', at, what: '修改了任务（三）的牵头单位' }]),
    ).toContain(
      '方案 #3 在您打开之后已被修改：张三 于 2026-12-03 14:05 修改了任务（三）的牵头单位',
    );
  });
});
