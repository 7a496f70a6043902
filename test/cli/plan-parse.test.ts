// `yigai plan parse` run as a user runs it: a child process, the --json contract on stdout, one error line on failure.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const kaizhou = 'src/demo/documents/kaizhou-2020-h2-reform-task-division.txt';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const yigai = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(
      'node',
      ['bin/yigai.mjs', ...args],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const isDate = (value: unknown) =>
  value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isStrings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

describe('yigai plan parse', () => {
  it('prints the plan in the --json contract', async () => {
    const run = await yigai('plan', 'parse', kaizhou, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as Record<string, unknown>;

    for (const field of ['title', 'issuer', 'docNumber'])
      expect(isStringOrNull(plan[field])).toBe(true);
    expect(plan.title).toEqual(expect.stringContaining('重点工作任务分工'));
    expect(isDate(plan.issuedOn)).toBe(true);

    const tasks = plan.tasks as Array<Record<string, unknown>>;
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(typeof task.ref).toBe('string');
      expect(typeof task.title).toBe('string');
      expect(isStrings(task.lead)).toBe(true);
      expect(isStrings(task.co)).toBe(true);
      expect(isStringOrNull(task.dueText)).toBe(true);
      expect(isDate(task.due)).toBe(true);
      expect(task.source).toEqual(expect.objectContaining({ line: expect.any(Number) }));
    }

    const targets = plan.targets as Array<Record<string, unknown>>;
    for (const target of targets) {
      expect(typeof target.text).toBe('string');
      expect(['<', '<=', '>', '>=', '=', '~']).toContain(target.op);
      expect(typeof target.value).toBe('number');
      expect(typeof target.unit).toBe('string');
      expect(isDate(target.due)).toBe(true);
      expect(isStringOrNull(target.scope)).toBe(true);
      expect(isStringOrNull(target.indicator)).toBe(true);
    }

    for (const group of plan.workGroups as Array<Record<string, unknown>>) {
      expect(typeof group.name).toBe('string');
      for (const field of ['leadUnits', 'memberUnits', 'deputies', 'duties'])
        expect(isStrings(group[field])).toBe(true);
      expect(isStringOrNull(group.leader)).toBe(true);
    }

    for (const item of plan.schedule as Array<Record<string, unknown>>) {
      expect(typeof item.seq).toBe('number');
      expect(typeof item.dueText).toBe('string');
      expect(isDate(item.due)).toBe(true);
      expect(typeof item.task).toBe('string');
      expect(isStrings(item.owners)).toBe(true);
    }

    const warnings = plan.warnings as Array<Record<string, unknown>>;
    expect(Array.isArray(warnings)).toBe(true);
    for (const warning of warnings) {
      expect(warning.line === null || typeof warning.line === 'number').toBe(true);
      expect(typeof warning.message).toBe('string');
    }
  });

  it('prints a readable summary without --json', async () => {
    const run = await yigai('plan', 'parse', kaizhou);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^标题：/);
    expect(run.stdout).toMatch(/任务 \d+ 项/);
    expect(run.stdout).toMatch(/— 牵头：.+ 配合：.+ 期限：/);
  });

  it('says clearly when the file does not exist, and exits non-zero', async () => {
    const run = await yigai('plan', 'parse', 'no/such/plan.txt', '--json');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^错误：no\/such\/plan\.txt：文件不存在/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
