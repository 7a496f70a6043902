// The ledger (台账) as offices print it: a title row, the columns 序号、任务、牵头单位、配合单位、完成时限、进展情况、
// 状态、最近更新, thin borders, wrapped text, overdue rows marked, landscape A4 fitted to the page width with the
// header repeated on every page. Two hidden columns (事项编号, 版本) let an edited sheet come back to the right
// item and tell a row changed in yigai since the export.
import ExcelJS from 'exceljs';
import { dueFlagNames, type DueFlag } from '../core/ledger/due-status';
import { itemStateNames, type ItemState } from '../core/ledger/states';

export interface LedgerSheetRow {
  id: number;
  version: number;
  ref: string;
  title: string;
  lead: string[];
  co: string[];
  dueText: string | null;
  due: string | null;
  state: ItemState;
  flag: DueFlag;
  workdaysLeft: number | null;
  percent: number;
  /** The latest lead report: what was done, problems and next steps. */
  progress: string | null;
  /** Asia/Shanghai date and time of the item's last change. */
  updated: string;
  removed: boolean;
}

export const LEDGER_SHEET_HEADERS = [
  '序号',
  '任务',
  '牵头单位',
  '配合单位',
  '完成时限',
  '进展情况',
  '状态',
  '最近更新',
  '事项编号',
  '版本',
] as const;

const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function stateText(row: LedgerSheetRow): string {
  const state = itemStateNames[row.state];
  if (row.removed) return `${state}（已不在方案中）`;
  if (row.flag === 'overdue') return `${state}（逾期 ${-(row.workdaysLeft ?? 0)} 个工作日）`;
  if (row.flag === 'due-soon') return `${state}（${dueFlagNames['due-soon']}）`;
  return row.percent > 0 && row.state !== 'closed' ? `${state}（${row.percent}%）` : state;
}

export async function writeLedgerXlsx(input: {
  title: string;
  /** The day the sheet is as of (YYYY-MM-DD). */
  asOf: string;
  rows: readonly LedgerSheetRow[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `${input.title}台账`;
  const sheet = workbook.addWorksheet('台账', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const widths = [7, 34, 18, 24, 14, 48, 14, 18, 10, 6];
  sheet.columns = widths.map((width) => ({ width }));
  const [year, month, day] = input.asOf.split('-').map(Number);
  sheet.mergeCells(1, 1, 1, 8);
  const title = sheet.getCell(1, 1);
  title.value = `${input.title}台账（截至 ${year}年${month}月${day}日）`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = 36;

  const header = sheet.getRow(2);
  header.values = [...LEDGER_SHEET_HEADERS];
  header.font = { bold: true };
  header.height = 22;
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = border;
  });

  for (const row of input.rows) {
    const added = sheet.addRow([
      row.ref,
      row.title,
      row.lead.join('、'),
      row.co.join('、'),
      row.dueText ?? row.due ?? '',
      row.progress ?? '',
      stateText(row),
      row.updated,
      row.id,
      row.version,
    ]);
    added.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: column === 1 || column === 7 ? 'center' : 'left',
      };
      cell.border = border;
    });
    if (row.flag === 'overdue' && !row.removed) {
      added.getCell(7).font = { color: { argb: 'FFCF1322' }, bold: true };
    }
    if (row.removed) added.font = { color: { argb: 'FF999999' } };
  }
  sheet.getColumn(9).hidden = true;
  sheet.getColumn(10).hidden = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
