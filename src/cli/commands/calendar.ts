// `yigai calendar workdays FROM TO` and `yigai calendar add DATE N`: working-day arithmetic on the Chinese
// calendar (statutory holidays and make-up working days), the same the ledger uses for deadlines.
import type { Command } from 'commander';
import { badInput } from '../../core/shared/errors';

/** The calendar data loads only when a calendar command runs, so `yigai --help` stays fast. */
const workdays = () => import('../../core/shared/workdays');
type Workdays = Awaited<ReturnType<typeof workdays>>;

function date(calendar: Workdays, text: string, name: string): string {
  try {
    calendar.dayNumber(text);
    return text;
  } catch {
    throw badInput(`${name}“${text}”不是日期，请写成 YYYY-MM-DD，例如 2017-10-09。`);
  }
}

function note(calendar: Workdays, from: string, to: string): string | null {
  const years = calendar.unknownYears(from < to ? from : to, from < to ? to : from);
  if (years.length === 0) return null;
  const { first, last } = calendar.knownYears();
  return `节假日数据只覆盖 ${first}—${last} 年；${years.join('、')} 年按周一至周五计算，未计入法定节假日和调休。`;
}

function print(json: boolean | undefined, value: Record<string, unknown>, line: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${line}\n`);
  const warning = value.note;
  if (!json && typeof warning === 'string') process.stderr.write(`提示：${warning}\n`);
}

export function registerCalendar(program: Command): void {
  const calendar = program.command('calendar').description('工作日：按法定节假日和调休计算');
  calendar
    .command('workdays <from> <to>')
    .description('FROM 至 TO（含两端）之间的工作日天数')
    .option('--json', '以 JSON 输出')
    .action(async (fromText: string, toText: string, options: { json?: boolean }) => {
      const calendar = await workdays();
      const from = date(calendar, fromText, '开始日期');
      const to = date(calendar, toText, '结束日期');
      if (to < from) throw badInput(`结束日期 ${to} 早于开始日期 ${from}，请对调两个日期。`);
      const count = calendar.workdaysBetween(from, to);
      print(
        options.json,
        { from, to, workdays: count, note: note(calendar, from, to) },
        `${from} 至 ${to}：${count} 个工作日`,
      );
    });
  calendar
    .command('add <date> <n>')
    .description('DATE 之后第 N 个工作日（N 为负数时向前）')
    .option('--json', '以 JSON 输出')
    .action(async (dateText: string, nText: string, options: { json?: boolean }) => {
      const calendar = await workdays();
      const from = date(calendar, dateText, '日期');
      if (!/^[+-]?\d{1,5}$/.test(nText.trim())) {
        throw badInput(`工作日数“${nText}”不是整数，例如 5 或 -3。`);
      }
      const n = Number(nText);
      const result = calendar.addWorkdays(from, n);
      print(
        options.json,
        { date: from, workdays: n, result, note: note(calendar, from, result) },
        `${from} 之后第 ${n} 个工作日：${result}`,
      );
    });
}
