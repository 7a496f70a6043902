// A stored DRG weight table as an .xlsx workbook whose first sheet imports back as it is (the same headers the
// importer reads), with a 说明 sheet: pool, year, base rate, level coefficients and, for a derived table, the method.
import ExcelJS from 'exceljs';
import { HOSPITAL_LEVELS, LEVEL_NAMES } from '../core/drg/grouped-case';
import type { WeightTable } from '../core/drg/weights';
import { formatFen, type Fen } from '../core/shared/money';
import type { WeightMethod } from '../store/drg-weight-tables';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

/** Yuan as a number for a cell: whole fen ÷ 100 is exact to two decimals in a double. */
const yuan = (fen: Fen | undefined) => (fen === undefined ? null : fen / 100);

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

export async function writeWeightTableXlsx(
  table: WeightTable,
  title: string,
  method: WeightMethod | null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `DRG 权重表 ${title}`;
  const sheet = workbook.addWorksheet('权重表');
  sheet.columns = [
    { header: 'DRG编码', key: 'drg', width: 10 },
    { header: 'DRG名称', key: 'name', width: 44 },
    // decimal text kept as text so no digit of the RW is lost
    { header: '权重', key: 'rw', width: 12 },
    { header: '单议病组', key: 'caseByCase', width: 10 },
    { header: '次均费用(元)', key: 'meanCost', width: 14 },
    ...HOSPITAL_LEVELS.map((level) => ({
      header: `${LEVEL_NAMES[level]}系数`,
      key: `coefficient${level}`,
      width: 10,
    })),
    ...HOSPITAL_LEVELS.map((level) => ({
      header: `${LEVEL_NAMES[level]}支付标准(元)`,
      key: `standard${level}`,
      width: 16,
    })),
  ];
  for (const group of table.groups) {
    const row: Record<string, string | number | null> = {
      drg: group.drg,
      name: group.name ?? '',
      rw: group.rw ?? '',
      caseByCase: group.caseByCase ? '是' : '否',
      meanCost: yuan(group.meanCostFen),
    };
    for (const level of HOSPITAL_LEVELS) {
      row[`coefficient${level}`] = group.levelCoefficients?.[level] ?? null;
      row[`standard${level}`] = yuan(group.standardFen?.[level]);
    }
    sheet.addRow(row);
  }
  styleHeader(sheet.getRow(1));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const notes = workbook.addWorksheet('说明');
  notes.columns = [{ width: 18 }, { width: 90 }];
  notes.addRow(['权重表', title]).font = { bold: true };
  notes.addRow(['统筹区', table.pool]);
  notes.addRow(['年度', table.year]);
  notes.addRow(['基础费率', formatFen(table.baseRateFen)]);
  for (const level of HOSPITAL_LEVELS) {
    const coefficient = table.levelCoefficients[level];
    notes.addRow([`${LEVEL_NAMES[level]}医院系数`, coefficient ?? '（按病组系数，未设统一系数）']);
  }
  notes.addRow(['来源', table.source ?? '']);
  notes.addRow(['病组数', table.groups.length]);
  if (method !== null) {
    notes.addRow([]);
    notes.addRow([
      '测算方法',
      `账单数据集“${method.datasetName}”，分组方案 ${method.scheme}`,
    ]).font = {
      bold: true,
    };
    for (const step of method.steps) notes.addRow(['', step]);
    const trims = workbook.addWorksheet('剔除明细');
    trims.columns = [
      { header: 'DRG编码', width: 10 },
      { header: '年度', width: 8 },
      { header: '病例数', width: 10 },
      { header: '剔除低值', width: 10 },
      { header: '剔除高值', width: 10 },
      { header: '保留', width: 10 },
      { header: '例均费用(元)', width: 14 },
      { header: '权重', width: 10 },
    ];
    for (const group of method.groups) {
      for (const year of group.years) {
        trims.addRow([
          group.drg,
          year.year,
          year.cases,
          year.trimmedLow,
          year.trimmedHigh,
          year.kept,
          yuan(year.meanCostFen ?? undefined),
          group.rw,
        ]);
      }
    }
    styleHeader(trims.getRow(1));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
