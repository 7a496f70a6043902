// Sheets and helpers of the simulation workbook: header styling, money columns, the spread of
// out-of-pocket change and the rejected bill lines.
import type ExcelJS from 'exceljs';
import { changeBands, yuanNumber, type SimulationReportInput } from './simulation-figures';

export const MONEY = '#,##0.00';
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

export interface Column {
  header: string;
  key: string;
  width: number;
  money?: boolean;
}

export function table(
  sheet: ExcelJS.Worksheet,
  columns: Column[],
  rows: Record<string, unknown>[],
): void {
  sheet.columns = columns.map(({ header, key, width }) => ({ header, key, width }));
  for (const row of rows) sheet.addRow(row);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  columns.forEach((column, index) => {
    if (column.money) sheet.getColumn(index + 1).numFmt = MONEY;
  });
}

export function boldLastRow(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(sheet.rowCount).font = { bold: true };
}

export function distributionSheet(workbook: ExcelJS.Workbook, input: SimulationReportInput): void {
  const sheet = workbook.addWorksheet('自付变化分布');
  sheet.columns = [{ width: 30 }, { width: 18 }, { width: 18 }, { width: 18 }];
  const { byPatient, byEncounter, worstHitDiseases } = input.result.outOfPocketChange;
  const header = (values: unknown[]) => {
    const row = sheet.addRow(values);
    row.font = { bold: true };
    row.eachCell((cell) => (cell.fill = HEADER_FILL));
  };
  const money = (values: unknown[]) => {
    const row = sheet.addRow(values);
    row.getCell(2).numFmt = MONEY;
    row.getCell(3).numFmt = MONEY;
  };
  header(['个人负担变化（元）', '按患者（全年合计）', '按就诊']);
  sheet.addRow(['人数 / 次数', byPatient.count, byEncounter.count]);
  money(['最小值', yuanNumber(byPatient.minFen), yuanNumber(byEncounter.minFen)]);
  for (const p of [10, 25, 50, 75, 90, 99] as const) {
    money([
      `${p}% 分位`,
      yuanNumber(byPatient.percentilesFen[p]),
      yuanNumber(byEncounter.percentilesFen[p]),
    ]);
  }
  money(['最大值', yuanNumber(byPatient.maxFen), yuanNumber(byEncounter.maxFen)]);
  sheet.addRow(['负担增加', byPatient.payingMore, byEncounter.payingMore]);
  sheet.addRow(['负担减少', byPatient.payingLess, byEncounter.payingLess]);
  sheet.addRow(['不变', byPatient.unchanged, byEncounter.unchanged]);
  sheet.addRow([]);
  header(['患者个人负担变化区间（元）', '患者占比']);
  for (const band of changeBands(input)) {
    sheet.addRow([band.label, band.share]).getCell(2).numFmt = '0%';
  }
  sheet.addRow([]);
  header(['负担上升最多的病种（ICD-10 类目）', '就诊次数', '次均变化（元）', '负担增加的就诊']);
  for (const d of worstHitDiseases) {
    const name = input.diseaseNames?.[d.disease];
    const row = sheet.addRow([
      name ? `${d.disease} ${name}` : d.disease,
      d.encounters,
      yuanNumber(d.meanChangeFen),
      d.payingMore,
    ]);
    row.getCell(3).numFmt = MONEY;
  }
  if (worstHitDiseases.length === 0) sheet.addRow(['（没有平均负担上升的病种）']);
}

export function problemsSheet(workbook: ExcelJS.Workbook, input: SimulationReportInput): void {
  const { rejected } = input.result;
  const sheet = workbook.addWorksheet('数据问题');
  table(
    sheet,
    [
      { header: '原因', key: 'label', width: 40 },
      { header: '行数', key: 'lines', width: 10 },
      { header: '示例行号', key: 'line', width: 10 },
      { header: '说明', key: 'message', width: 50 },
      { header: '该行的值', key: 'values', width: 80 },
    ],
    [],
  );
  sheet.addRow({
    label: `未测算：${rejected.lines} 行明细，${rejected.encounters} 次就诊`,
    lines: rejected.lines,
  });
  for (const reason of rejected.reasons) {
    sheet.addRow({ label: reason.label, lines: reason.lines }).font = { bold: true };
    for (const example of reason.examples) {
      const values = Object.entries(example.values)
        .filter(([, value]) => value !== null && value !== '')
        .map(([key, value]) => `${key}=${value ?? ''}`)
        .join('，');
      sheet.addRow({ line: example.line, message: example.message, values });
    }
  }
  if (rejected.reasons.length === 0) sheet.addRow({ label: '没有被拒的明细：全部明细均已测算。' });
}
