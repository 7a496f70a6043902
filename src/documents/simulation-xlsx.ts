// A simulation run as an Excel workbook: overview with the three conditions, hospitals, diseases, schemes,
// levels, the spread of out-of-pocket change and the rejected bill lines. Money in 元 (two decimals).
import ExcelJS from 'exceljs';
import { formatRate } from '../core/shared/money';
import { CHARGE_CATEGORIES, CHARGE_CATEGORY_NAMES } from '../core/simulate/categories';
import type { GroupTotals } from '../core/simulate/groups';
import type { Totals } from '../core/simulate/totals';
import {
  boldLastRow,
  distributionSheet,
  MONEY,
  problemsSheet,
  table,
  type Column,
} from './simulation-xlsx-parts';
import {
  conditionSummaries,
  holdsText,
  hospitalName,
  LEVEL_NAMES,
  rateText,
  nameIn,
  SCHEME_NAMES,
  yuanNumber,
  type SimulationReportInput,
} from './simulation-figures';

function overview(workbook: ExcelJS.Workbook, input: SimulationReportInput): void {
  const { result } = input;
  const sheet = workbook.addWorksheet('总览');
  sheet.columns = [{ width: 26 }, { width: 20 }, { width: 20 }, { width: 20 }, { width: 70 }];
  const add = (values: unknown[], bold = false) => {
    const row = sheet.addRow(values);
    if (bold) row.font = { bold: true };
    return row;
  };
  add(['改革测算结果'], true).font = { bold: true, size: 14 };
  add(['测算方案', `${input.scenarioName}（第 ${input.scenarioVersion} 版）`]);
  add(['账单数据', input.datasetName]);
  add(['测算时间', input.finishedAt ?? input.createdAt]);
  add(['明细行数', result.lines]);
  add(['测算就诊次数', result.encounters]);
  add(['未测算明细行数', result.rejected.lines]);
  add([]);
  add(['三项条件', '结论', '', '', '依据'], true);
  for (const condition of conditionSummaries(input)) {
    const row = add([
      condition.title,
      holdsText(condition.holds),
      '',
      '',
      condition.figures.join('\n'),
    ]);
    row.getCell(2).font = {
      bold: true,
      color: { argb: condition.holds ? 'FF1B7F3B' : 'FFC0392B' },
    };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  add([]);
  add(['项目（元）', '改革前', '改革后', '变化'], true);
  const { before, after } = result.total;
  const money = (label: string, b: number, a: number) => {
    const row = add([label, yuanNumber(b), yuanNumber(a), yuanNumber(a - b)]);
    for (const cell of [2, 3, 4]) row.getCell(cell).numFmt = MONEY;
  };
  money('医疗总费用', before.costFen, after.costFen);
  money('医保基金支付', before.fundFen, after.fundFen);
  money('个人负担', before.outOfPocketFen, after.outOfPocketFen);
  add([]);
  const sum = (pick: (h: (typeof result.hospitals)[number]) => number) =>
    result.hospitals.reduce((total, h) => total + pick(h), 0);
  const single = (label: string, fen: number) => {
    add([label, yuanNumber(fen)]).getCell(2).numFmt = MONEY;
  };
  single(
    '减少的药品加成收入（元）',
    sum((h) => h.lostMarkupFen),
  );
  single(
    '取消的收费（元）',
    sum((h) => h.abolishedFeeFen),
  );
  single(
    '调价增加的收入（元）',
    sum((h) => h.priceGainFen),
  );
  single('财政补助合计（元）', result.subsidy.totalFen);
  single('其中：市级（元）', result.subsidy.payers.city);
  single('其中：区级（元）', result.subsidy.payers.district);
  single('其中：原渠道（元）', result.subsidy.payers.originalChannel);
  single('医保基金变化（元）', result.fundChangeFen);
  if (result.warnings.length > 0) {
    add([]);
    add(['提示'], true);
    for (const warning of result.warnings) add([warning]);
  }
}

const revenueColumns = (side: 'before' | 'after'): Column[] =>
  CHARGE_CATEGORIES.map((category) => ({
    header: `${CHARGE_CATEGORY_NAMES[category]}（${side === 'before' ? '改革前' : '改革后'}）`,
    key: `${side}:${category}`,
    width: 14,
    money: true,
  }));

const revenueValues = (side: 'before' | 'after', totals: Totals) =>
  Object.fromEntries(
    CHARGE_CATEGORIES.map((c) => [`${side}:${c}`, yuanNumber(totals.revenueByCategoryFen[c])]),
  );

function hospitals(workbook: ExcelJS.Workbook, input: SimulationReportInput): void {
  const { result } = input;
  const revenue = new Map(result.byHospital.map((g) => [g.key, g]));
  const columns: Column[] = [
    { header: '医院编码', key: 'id', width: 10 },
    { header: '医院', key: 'name', width: 24 },
    { header: '减少的药品加成收入', key: 'lost', width: 16, money: true },
    { header: '取消的收费', key: 'abolished', width: 14, money: true },
    { header: '调价增加的收入', key: 'gain', width: 16, money: true },
    { header: '补偿基数', key: 'base', width: 16, money: true },
    { header: '调价补偿率', key: 'rate', width: 10 },
    { header: '目标补偿率', key: 'target', width: 10 },
    { header: '应补偿额', key: 'targetFen', width: 16, money: true },
    { header: '财政补助', key: 'subsidy', width: 16, money: true },
    { header: '市级', key: 'city', width: 14, money: true },
    { header: '区级', key: 'district', width: 14, money: true },
    { header: '原渠道', key: 'original', width: 14, money: true },
    { header: '总补偿率', key: 'totalRate', width: 10 },
    { header: '医院自身消化', key: 'bears', width: 14, money: true },
    { header: '达到补偿要求', key: 'reaches', width: 12 },
    { header: '医疗收入（改革前）', key: 'costBefore', width: 16, money: true },
    { header: '医疗收入（改革后）', key: 'costAfter', width: 16, money: true },
    ...revenueColumns('before'),
    ...revenueColumns('after'),
    { header: '提示', key: 'warning', width: 40 },
  ];
  const rows = result.hospitals.map((h) => {
    const group = revenue.get(h.hospitalId);
    return {
      id: h.hospitalId,
      name: hospitalName(input, h.hospitalId),
      lost: yuanNumber(h.lostMarkupFen),
      abolished: yuanNumber(h.abolishedFeeFen),
      gain: yuanNumber(h.priceGainFen),
      base: yuanNumber(h.baseFen),
      rate: rateText(h.compensationRate),
      target: formatRate(h.targetRate),
      targetFen: yuanNumber(h.targetFen),
      subsidy: yuanNumber(h.requiredSubsidyFen),
      city: yuanNumber(h.subsidyPayers.city),
      district: yuanNumber(h.subsidyPayers.district),
      original: yuanNumber(h.subsidyPayers.originalChannel),
      totalRate: rateText(h.totalCompensationRate),
      bears: yuanNumber(h.hospitalBearsFen),
      reaches: h.reachesTarget ? '是' : '否',
      costBefore: group ? yuanNumber(group.before.costFen) : null,
      costAfter: group ? yuanNumber(group.after.costFen) : null,
      ...(group ? revenueValues('before', group.before) : {}),
      ...(group ? revenueValues('after', group.after) : {}),
      warning: h.warning ?? '',
    };
  });
  const sum = (pick: (h: (typeof result.hospitals)[number]) => number) =>
    yuanNumber(result.hospitals.reduce((total, h) => total + pick(h), 0));
  rows.push({
    ...revenueValues('before', result.total.before),
    ...revenueValues('after', result.total.after),
    id: '合计',
    name: '',
    lost: sum((h) => h.lostMarkupFen),
    abolished: sum((h) => h.abolishedFeeFen),
    gain: sum((h) => h.priceGainFen),
    base: sum((h) => h.baseFen),
    rate: '',
    target: '',
    targetFen: sum((h) => h.targetFen),
    subsidy: yuanNumber(result.subsidy.totalFen),
    city: yuanNumber(result.subsidy.payers.city),
    district: yuanNumber(result.subsidy.payers.district),
    original: yuanNumber(result.subsidy.payers.originalChannel),
    totalRate: '',
    bears: sum((h) => h.hospitalBearsFen),
    reaches: '',
    costBefore: yuanNumber(result.total.before.costFen),
    costAfter: yuanNumber(result.total.after.costFen),
    warning: '',
  });
  table(workbook.addWorksheet('医院'), columns, rows);
  boldLastRow(workbook.getWorksheet('医院') as ExcelJS.Worksheet);
}

function groupSheet(
  workbook: ExcelJS.Workbook,
  title: string,
  keyHeader: string,
  groups: readonly GroupTotals[],
  total: { before: Totals; after: Totals },
  nameOf: (key: string) => string,
): void {
  const columns: Column[] = [
    { header: keyHeader, key: 'key', width: 12 },
    { header: '名称', key: 'name', width: 28 },
    { header: '就诊次数', key: 'encounters', width: 10 },
    { header: '总费用（改革前）', key: 'costBefore', width: 16, money: true },
    { header: '总费用（改革后）', key: 'costAfter', width: 16, money: true },
    { header: '总费用变化', key: 'costChange', width: 14, money: true },
    { header: '医保基金（改革前）', key: 'fundBefore', width: 16, money: true },
    { header: '医保基金（改革后）', key: 'fundAfter', width: 16, money: true },
    { header: '医保基金变化', key: 'fundChange', width: 14, money: true },
    { header: '个人负担（改革前）', key: 'oopBefore', width: 16, money: true },
    { header: '个人负担（改革后）', key: 'oopAfter', width: 16, money: true },
    { header: '个人负担变化', key: 'oopChange', width: 14, money: true },
    { header: '次均个人负担变化', key: 'oopPerEncounter', width: 14, money: true },
  ];
  const row = (key: string, name: string, g: { before: Totals; after: Totals }) => ({
    key,
    name,
    encounters: g.before.encounters,
    costBefore: yuanNumber(g.before.costFen),
    costAfter: yuanNumber(g.after.costFen),
    costChange: yuanNumber(g.after.costFen - g.before.costFen),
    fundBefore: yuanNumber(g.before.fundFen),
    fundAfter: yuanNumber(g.after.fundFen),
    fundChange: yuanNumber(g.after.fundFen - g.before.fundFen),
    oopBefore: yuanNumber(g.before.outOfPocketFen),
    oopAfter: yuanNumber(g.after.outOfPocketFen),
    oopChange: yuanNumber(g.after.outOfPocketFen - g.before.outOfPocketFen),
    oopPerEncounter:
      g.before.encounters > 0
        ? Math.round((g.after.outOfPocketFen - g.before.outOfPocketFen) / g.before.encounters) / 100
        : null,
  });
  const rows = groups.map((g) => row(g.key, nameOf(g.key), g));
  rows.push(row('合计', '', total));
  const sheet = workbook.addWorksheet(title);
  table(sheet, columns, rows);
  boldLastRow(sheet);
}

export async function writeSimulationXlsx(input: SimulationReportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `改革测算结果：${input.scenarioName}`;
  const { result } = input;
  overview(workbook, input);
  hospitals(workbook, input);
  const disease = (key: string) =>
    input.diseaseNames?.[key] ?? (key === 'unknown' ? '诊断编码无法识别' : '');
  groupSheet(workbook, '病种', 'ICD-10 类目', result.byDisease, result.total, disease);
  groupSheet(workbook, '险种', '险种', result.byScheme, result.total, (k) =>
    nameIn(SCHEME_NAMES, k),
  );
  groupSheet(
    workbook,
    '级别',
    '医院级别',
    result.byLevel,
    result.total,
    (k) => LEVEL_NAMES[k] ?? k,
  );
  distributionSheet(workbook, input);
  problemsSheet(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
