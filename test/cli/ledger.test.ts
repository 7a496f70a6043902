// `yigai plan import --publish --json` then `yigai ledger status --json`, as a script chains them: the published
// plan's ledger with every item's state, deadline, overdue flag and working days left on the day asked.
import { mkdtempSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yigai } from './yigai-process';

const kaizhou = 'src/demo/documents/kaizhou-2020-h2-reform-task-division.txt';
const folder = mkdtempSync(path.join(tmpdir(), 'yigai-ledger-cli-'));
const data = path.join(folder, 'data');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Status {
  ledger: { planId: number };
  on: string;
  counts: { total: number; overdue: number };
  items: {
    ref: string;
    state: string;
    due: string | null;
    overdue: boolean;
    workdaysLeft: number | null;
    lead: string[];
  }[];
}

describe('yigai ledger status', () => {
  it('lists the ledger of a plan imported and published from the command line', async () => {
    const add = await yigai(['user', 'add', 'office1', '--role', 'office', '--database', data]);
    expect(add.code, add.stderr).toBe(0);
    const imported = await yigai([
      'plan',
      'import',
      kaizhou,
      '--publish',
      '--as',
      'office1',
      '--json',
      '--database',
      data,
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: number };
    expect(id).toBeGreaterThan(0);

    const run = await yigai([
      'ledger',
      'status',
      '--plan',
      String(id),
      '--on',
      '2020-12-28',
      '--json',
      '--database',
      data,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const status = JSON.parse(run.stdout) as Status;
    expect(status.ledger.planId).toBe(id);
    expect(status.on).toBe('2020-12-28');
    expect(status.items).toHaveLength(26);
    const first = status.items[0];
    // 28 December 2020 (Monday) to the 31st: three working days left, nothing overdue yet
    expect(first).toMatchObject({
      state: 'not-started',
      due: '2020-12-31',
      overdue: false,
      workdaysLeft: 3,
    });
    expect(first?.lead).toEqual(['区卫生健康委']);

    const later = JSON.parse(
      (
        await yigai([
          'ledger',
          'status',
          '--plan',
          String(id),
          '--on',
          '2021-01-04',
          '--json',
          '--database',
          data,
        ])
      ).stdout,
    ) as Status;
    // 1 January 2021 is a holiday: 4 January is the first working day late
    expect(later.items[0]).toMatchObject({ overdue: true, workdaysLeft: -1 });
    expect(later.counts.overdue).toBe(26);
  });

  it('exports the ledger as .xlsx', async () => {
    const file = path.join(folder, '台账.xlsx');
    const run = await yigai([
      'ledger',
      'export',
      '--plan',
      '1',
      '--xlsx',
      file,
      '--on',
      '2020-12-28',
      '--database',
      data,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('已导出 26 项');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('台账');
    expect(String(sheet?.getCell(1, 1).value)).toContain('截至 2020年12月28日');
    expect(sheet?.getCell(3, 3).value).toBe('区卫生健康委');
    expect(String(sheet?.getCell(3, 7).value)).toContain('临期');
  });

  it('says plainly when the plan has no ledger', async () => {
    const run = await yigai(['ledger', 'status', '--plan', '999', '--database', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('方案 #999 没有台账');
  });
});
