// The workbook of a DRG payment run: per hospital DRG revenue against fee-for-service with the gain or loss,
// gain or loss per hospital × DRG, why cases fell back to fee-for-service, and the parameters used.
import ExcelJS from 'exceljs';
import type { GroupComparison } from '../analytics/drg-payment-run';
import { PAYMENT_KIND_NAMES, type PaymentKind } from '../core/drg/payment';
import { formatPoints } from '../core/drg/points';
import { formatFen, formatRate, type Fen } from '../core/shared/money';
import type { DrgPaymentRun } from '../store/drg-payment-runs';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};
const KINDS = Object.keys(PAYMENT_KIND_NAMES) as PaymentKind[];
const MONEY = '#,##0.00';

const yuan = (fen: Fen) => fen / 100;

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function moneyColumns(sheet: ExcelJS.Worksheet, keys: string[]): void {
  for (const key of keys) sheet.getColumn(key).numFmt = MONEY;
}

export async function writeDrgPaymentXlsx(
  run: DrgPaymentRun,
  groups: readonly GroupComparison[],
): Promise<Buffer> {
  const summary = run.summary;
  if (summary === null) throw new Error(`run ${run.id} has no result`);
  const workbook = new ExcelJS.Workbook();
  workbook.title = `DRG 付费测算 #${run.id}`;
  const hospitalName = new Map(summary.hospitals.map((row) => [row.hospitalId, row.hospitalName]));
  const points = summary.points !== null;

  const hospitals = workbook.addWorksheet('医院对比');
  hospitals.columns = [
    { header: '医院编码', key: 'id', width: 12 },
    { header: '医院', key: 'name', width: 28 },
    { header: '级别', key: 'level', width: 6 },
    { header: '病例数', key: 'cases', width: 10 },
    { header: '按项目付费(元)', key: 'ffs', width: 18 },
    { header: 'DRG 付费(元)', key: 'drg', width: 18 },
    { header: '盈亏(元)', key: 'gain', width: 16 },
    { header: '盈亏率', key: 'rate', width: 10 },
    ...(points ? [{ header: '点数', key: 'points', width: 14 }] : []),
    ...KINDS.map((kind) => ({ header: PAYMENT_KIND_NAMES[kind], key: kind, width: 12 })),
  ];
  for (const row of [
    ...summary.hospitals,
    { ...summary.totals, hospitalName: '合计', hospitalLevel: null, pointUnits: null },
  ]) {
    hospitals.addRow({
      id: row.hospitalId,
      name: row.hospitalName,
      level: row.hospitalLevel ?? '',
      cases: row.cases,
      ffs: yuan(row.feeForServiceFen),
      drg: yuan(row.drgFen),
      gain: yuan(row.gainFen),
      rate: row.feeForServiceFen === 0 ? null : row.gainFen / row.feeForServiceFen,
      points: row.pointUnits === null ? '' : formatPoints(row.pointUnits),
      ...row.casesByKind,
    });
  }
  moneyColumns(hospitals, ['ffs', 'drg', 'gain']);
  hospitals.getColumn('rate').numFmt = '0.00%';
  styleHeader(hospitals);

  const byGroup = workbook.addWorksheet('病组盈亏');
  byGroup.columns = [
    { header: '医院编码', key: 'id', width: 12 },
    { header: '医院', key: 'name', width: 28 },
    { header: 'DRG', key: 'drg', width: 8 },
    { header: 'DRG名称', key: 'drgName', width: 40 },
    { header: '病例数', key: 'cases', width: 10 },
    { header: '按项目付费(元)', key: 'ffs', width: 18 },
    { header: 'DRG 付费(元)', key: 'drgFen', width: 18 },
    { header: '盈亏(元)', key: 'gain', width: 16 },
    ...KINDS.map((kind) => ({ header: PAYMENT_KIND_NAMES[kind], key: kind, width: 12 })),
  ];
  for (const row of groups) {
    byGroup.addRow({
      id: row.hospitalId,
      name: hospitalName.get(row.hospitalId) ?? row.hospitalId,
      drg: row.drg === '' ? '（未入组）' : row.drg,
      drgName: row.drgName,
      cases: row.cases,
      ffs: yuan(row.feeForServiceFen),
      drgFen: yuan(row.drgFen),
      gain: yuan(row.gainFen),
      ...row.casesByKind,
    });
  }
  moneyColumns(byGroup, ['ffs', 'drgFen', 'gain']);
  styleHeader(byGroup);
  byGroup.autoFilter = { from: 'A1', to: 'D1' };

  const reasons = workbook.addWorksheet('按项目付费原因');
  reasons.columns = [
    { header: '原因', width: 50 },
    { header: '病例数', width: 10 },
    { header: '涉及病组（举例）', width: 40 },
  ];
  for (const reason of summary.fallbackReasons) {
    reasons.addRow([reason.reason, reason.cases, reason.examples.join('、')]);
  }
  styleHeader(reasons);

  const params = workbook.addWorksheet('参数');
  params.columns = [{ width: 22 }, { width: 80 }];
  const p = run.params;
  const rows: Array<[string, string | number]> = [
    ['账单数据集', run.datasetName],
    ['分组方案', run.scheme],
    ['权重表', run.weightTableTitle],
    ['付费方式', p.method === 'points' ? '点数法' : '按病组定额（每例支付标准）'],
    ['基础费率', formatFen(summary.baseRateFen)],
    [
      '级别系数（覆盖）',
      Object.entries(p.levelCoefficients)
        .map(([l, c]) => `${l}级 ${c}`)
        .join('，') || '无',
    ],
    ['高倍率界值', `${p.highMultiple} 倍`],
    ['高倍率超出部分支付比例', formatRate(p.highExcessRate)],
    ['低倍率界值', `${p.lowMultiple} 倍`],
    ['年度', p.year ?? '全部'],
  ];
  if (summary.points !== null) {
    rows.push(['基金预算', formatFen(summary.points.budgetFen)]);
    rows.push(['点值（元/点）', summary.points.pointValueYuan]);
    for (const step of summary.points.steps) rows.push(['', step]);
  }
  for (const row of rows) params.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
