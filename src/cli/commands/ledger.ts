// `yigai ledger status --plan ID [--on DATE] [--json]`: every item of a plan's ledger with its state, deadline,
// overdue flag and working days left on the day asked (today in Asia/Shanghai by default); `yigai ledger export
// --plan ID --xlsx FILE`: the 台账 as the web exports it.
import type { Command } from 'commander';
import type { Store } from '../../store/sql';
import { badInput } from '../../core/shared/errors';
import { addDatabaseOption, withStore } from '../store-option';

interface StatusOptions {
  plan: string;
  on?: string;
  json?: boolean;
  database?: string;
}

async function ledgerIdOf(store: Store, plan: string): Promise<number> {
  if (!/^\d+$/.test(plan)) {
    throw badInput(`方案编号“${plan}”应为数字，例如 --plan 3。`, { where: '--plan' });
  }
  const { ledgerOfPlan } = await import('../../store/ledgers');
  const ledgerId = await ledgerOfPlan(store, Number(plan));
  if (ledgerId === null) {
    throw badInput(`方案 #${plan} 没有台账：方案发布后才生成台账。`, { where: '--plan' });
  }
  return ledgerId;
}

export function registerLedger(program: Command): void {
  const ledger = program.command('ledger').description('任务台账');
  addDatabaseOption(
    ledger
      .command('export')
      .description('把方案的台账导出为 .xlsx（可打印；改后可导回）')
      .requiredOption('--plan <id>', '方案编号')
      .requiredOption('--xlsx <file>', '写到哪个文件')
      .option('--on <date>', '截至哪一天（YYYY-MM-DD，默认今天）'),
  ).action(async (options: { plan: string; xlsx: string; on?: string; database?: string }) => {
    const [{ shanghaiDate }, { ledgerSheet }, { writeLedgerXlsx }, { writeFile }] =
      await Promise.all([
        import('../../core/shared/calendar-date'),
        import('../../store/ledgers'),
        import('../../documents/ledger-xlsx'),
        import('node:fs/promises'),
      ]);
    const on = options.on ?? shanghaiDate(new Date());
    await withStore(options.database, async (store) => {
      const sheet = await ledgerSheet(store, await ledgerIdOf(store, options.plan), on);
      await writeFile(options.xlsx, await writeLedgerXlsx(sheet)).catch(() => {
        throw badInput('无法写入该文件：请检查文件夹是否存在、文件是否正被 Excel 打开。', {
          where: options.xlsx,
        });
      });
      process.stdout.write(`已导出 ${sheet.rows.length} 项到 ${options.xlsx}\n`);
    });
  });
  addDatabaseOption(
    ledger
      .command('status')
      .description('列出方案台账的每个事项：状态、完成时限、是否逾期、剩余工作日')
      .requiredOption('--plan <id>', '方案编号')
      .option('--on <date>', '按哪一天计算（YYYY-MM-DD，默认今天）')
      .option('--json', '以 JSON 输出（供程序读取）'),
  ).action(async (options: StatusOptions) => {
    const [{ shanghaiDate }, { dayNumber }, { itemStateNames }, { dueFlagNames }, ledgers] =
      await Promise.all([
        import('../../core/shared/calendar-date'),
        import('../../core/shared/workdays'),
        import('../../core/ledger/states'),
        import('../../core/ledger/due-status'),
        import('../../store/ledgers'),
      ]);
    const on = options.on ?? shanghaiDate(new Date());
    try {
      dayNumber(on);
    } catch {
      throw badInput(`日期“${on}”不是日期，请写成 YYYY-MM-DD，例如 2020-12-31。`, {
        where: '--on',
      });
    }
    await withStore(options.database, async (store) => {
      const ledgerId = await ledgers.ledgerOfPlan(store, Number(options.plan));
      if (ledgerId === null) {
        throw badInput(`方案 #${options.plan} 没有台账：方案发布后才生成台账。`, {
          where: '--plan',
        });
      }
      const summary = await ledgers.getLedger(store, ledgerId, on);
      const { items } = await ledgers.listItems(store, ledgerId, on, {
        includeRemoved: true,
        pageSize: 500,
      });
      const rows = items.map((item) => ({
        id: item.id,
        ref: item.ref,
        title: item.title,
        kind: item.kind,
        lead: item.lead.map((unit) => unit.written),
        co: item.co.map((unit) => unit.written),
        dueText: item.dueText,
        due: item.due,
        state: item.state,
        flag: item.flag,
        overdue: item.flag === 'overdue',
        workdaysLeft: item.workdaysLeft,
        percent: item.percent,
        removed: item.removed,
      }));
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify(
            {
              ledger: { id: summary.id, planId: summary.planId, title: summary.title },
              on,
              counts: summary.counts,
              items: rows,
            },
            null,
            2,
          )}\n`,
        );
        return;
      }
      const out = [
        `${summary.title}（${on}）：事项 ${summary.counts.total} 项，已销号 ${summary.counts.byState.closed}，逾期 ${summary.counts.overdue}，临期 ${summary.counts.dueSoon}`,
      ];
      for (const row of rows) {
        const left =
          row.workdaysLeft === null
            ? ''
            : row.workdaysLeft < 0
              ? `，逾期 ${-row.workdaysLeft} 个工作日`
              : `，剩 ${row.workdaysLeft} 个工作日`;
        out.push(
          `  ${row.ref} ${row.title} — ${itemStateNames[row.state]}，${row.dueText ?? row.due ?? '无时限'}${left}${row.flag === 'due-soon' ? `（${dueFlagNames['due-soon']}）` : ''}` +
            `，牵头：${row.lead.join('、') || '未写明'}${row.removed ? '（已不在方案中）' : ''}`,
        );
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
  });
}
