// The workbook a batch grouping returns: one row per case in file order, and a summary sheet with the
// counts by status and by MDC.
import ExcelJS from 'exceljs';
import type { DrgSummary } from '../core/drg/summary';
import type { DrgResult } from '../core/drg/types';

export interface DrgResultRow {
  result: Pick<DrgResult, 'caseId' | 'status' | 'mdc' | 'adrg' | 'drg' | 'drgName'>;
  /** Why the case was not grouped, or what to check; empty for a case grouped normally. */
  note: string;
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center' };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

export async function writeDrgResultsXlsx(
  rows: readonly DrgResultRow[],
  summary: DrgSummary,
  schemeLabel: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `DRG 分组结果（${schemeLabel}）`;

  const sheet = workbook.addWorksheet('分组结果');
  sheet.columns = [
    { header: 'Index', key: 'index', width: 14 },
    { header: '状态', key: 'status', width: 14 },
    { header: 'MDC', key: 'mdc', width: 8 },
    { header: 'ADRG', key: 'adrg', width: 8 },
    { header: 'DRG', key: 'drg', width: 8 },
    { header: 'DRG名称', key: 'drgName', width: 44 },
    { header: '原因/说明', key: 'note', width: 80 },
  ];
  for (const { result, note } of rows) {
    sheet.addRow({
      index: result.caseId,
      status: result.status,
      mdc: result.mdc,
      adrg: result.adrg,
      drg: result.drg,
      drgName: result.drgName,
      note,
    });
  }
  styleHeaderRow(sheet.getRow(1));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: 'A1', to: 'G1' };

  const totals = workbook.addWorksheet('汇总');
  totals.columns = [{ width: 16 }, { width: 40 }, { width: 10 }, { width: 10 }];
  totals.addRow([`分组方案：${schemeLabel}`, `共 ${summary.total} 例`]).font = { bold: true };
  totals.addRow([]);
  const share = (count: number) => (summary.total === 0 ? 0 : count / summary.total);
  styleHeaderRow(totals.addRow(['状态', '', '病案数', '占比']));
  for (const { status, count } of summary.byStatus) {
    totals.addRow([status, '', count, share(count)]).getCell(4).numFmt = '0.0%';
  }
  const quality = totals.addRow([
    '数据质量提示',
    '照常分组，但编码不在目录中或主诊断与性别、年龄不符',
    summary.qualityWarnings,
    share(summary.qualityWarnings),
  ]);
  quality.getCell(4).numFmt = '0.0%';
  totals.addRow([]);
  styleHeaderRow(totals.addRow(['MDC', '名称', '病案数', '占比']));
  for (const { mdc, name, count } of summary.byMdc) {
    totals.addRow([mdc, name, count, share(count)]).getCell(4).numFmt = '0.0%';
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
