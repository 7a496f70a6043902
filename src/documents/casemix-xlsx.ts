// The workbook of a case-mix run: ranking across hospitals, hospital × month, hospital × department, DRGs per
// hospital, and a sheet saying how it was computed (scheme, weights, counts by status).
import ExcelJS from 'exceljs';
import type { CasemixFigures } from '../analytics/casemix-aggregate';
import {
  qualityWarningShare,
  rankHospitals,
  type CasemixSummary,
} from '../analytics/casemix-summary';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

const FIGURE_COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: '病例数', key: 'cases', width: 10 },
  { header: 'CMI', key: 'cmi', width: 10 },
  { header: '费用消耗指数', key: 'costEfficiency', width: 14 },
  { header: '时间消耗指数', key: 'timeEfficiency', width: 14 },
  { header: '例均费用（元）', key: 'meanCost', width: 14 },
  { header: '平均住院日', key: 'meanStay', width: 12 },
  { header: '总权重 ΣRW', key: 'rwSum', width: 14 },
  { header: '未计入 CMI 病例', key: 'cmiExcluded', width: 14 },
];

const number = (text: string | null) => (text === null ? null : Number(text));

function figureCells(figures: CasemixFigures) {
  return {
    cases: figures.cases,
    cmi: number(figures.cmi.value),
    costEfficiency: number(figures.costEfficiency.value),
    timeEfficiency: number(figures.timeEfficiency.value),
    meanCost: figures.cases > 0 ? Math.round(figures.costFen / figures.cases) / 100 : null,
    meanStay: figures.cases > 0 ? Math.round((figures.days / figures.cases) * 100) / 100 : null,
    rwSum: Number(figures.cmi.numerator),
    cmiExcluded: figures.cmi.excluded,
  };
}

/** 数据质量提示: cases grouped with a warning, and their share of the hospital's cases. */
const QUALITY_COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: '数据质量提示病例', key: 'qualityWarnings', width: 16 },
  { header: '数据质量提示占比', key: 'qualityShare', width: 16, style: { numFmt: '0.0%' } },
];

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  keys: Array<Partial<ExcelJS.Column>>,
  rows: Array<Record<string, unknown>>,
  extra: Array<Partial<ExcelJS.Column>> = [],
): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [...keys, ...FIGURE_COLUMNS, ...extra];
  for (const row of rows) sheet.addRow(row);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function writeCasemixXlsx(
  summary: CasemixSummary,
  title: string,
  hospitals: ReadonlySet<string> | null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  const visible = (code: string) => hospitals === null || hospitals.has(code);
  const nameOf = new Map(summary.hospitals.map((row) => [row.code, row.name]));
  const hospitalKeys = [
    { header: '医院编码', key: 'code', width: 10 },
    { header: '医院', key: 'name', width: 30 },
  ];
  // Ranked among every hospital first, so a hospital's own workbook shows its true place.
  const ranked = rankHospitals(summary.hospitals).filter((row) => visible(row.code));
  addSheet(
    workbook,
    'CMI 排名',
    [{ header: '名次', key: 'rank', width: 6 }, ...hospitalKeys],
    ranked.map((row) => ({
      rank: row.rank,
      code: row.code,
      name: row.name,
      ...figureCells(row.figures),
      qualityWarnings: row.qualityWarnings ?? null,
      qualityShare: qualityWarningShare(row),
    })),
    QUALITY_COLUMNS,
  );
  addSheet(
    workbook,
    '按月',
    [...hospitalKeys, { header: '月份', key: 'month', width: 10 }],
    summary.hospitalMonths
      .filter((row) => visible(row.hospital))
      .map((row) => ({
        code: row.hospital,
        name: nameOf.get(row.hospital),
        month: row.month,
        ...figureCells(row.figures),
      })),
  );
  addSheet(
    workbook,
    '按科室',
    [...hospitalKeys, { header: '科室', key: 'department', width: 16 }],
    summary.departments
      .filter((row) => visible(row.hospital))
      .map((row) => ({
        code: row.hospital,
        name: nameOf.get(row.hospital),
        department: row.department,
        ...figureCells(row.figures),
      })),
  );
  addSheet(
    workbook,
    '按病组',
    [
      ...hospitalKeys,
      { header: 'DRG', key: 'drg', width: 8 },
      { header: 'DRG 名称', key: 'drgName', width: 40 },
    ],
    summary.drgs
      .filter((row) => visible(row.hospital))
      .map((row) => ({
        code: row.hospital,
        name: nameOf.get(row.hospital),
        drg: row.drg,
        drgName: row.name,
        ...figureCells(row.figures),
      })),
  );

  const notes = workbook.addWorksheet('说明');
  notes.columns = [{ width: 24 }, { width: 100 }];
  const lines: Array<[string, string]> = [
    ['分组方案', summary.schemeLabel],
    ['权重来源', summary.weights.label],
    ['住院病例', String(summary.cases)],
    ...(summary.qualityWarnings === undefined
      ? []
      : [
          [
            '数据质量提示',
            `${summary.qualityWarnings} 例（编码不在目录中、主诊断与性别或年龄不符；仍按参考分组器分组）`,
          ] as [string, string],
        ]),
    ...(summary.strict
      ? [['严格校验', '是：有数据质量提示的病例判为信息校验不通过，未分组'] as [string, string]]
      : []),
    ...Object.entries(summary.byStatus).map(([status, count]): [string, string] => [
      status,
      String(count),
    ]),
    ['CMI', '病例组合指数 = Σ 病例所在病组权重 RW ÷ 有权重的入组病例数'],
    ['费用消耗指数', 'Σ（病例费用 ÷ 全区同病组例均费用）÷ 病例数；约 1 为平均，小于 1 较省'],
    ['时间消耗指数', 'Σ（病例住院日 ÷ 全区同病组平均住院日）÷ 病例数'],
    ...(summary.weights.note ? [['注意', summary.weights.note] as [string, string]] : []),
    ...(summary.weights.steps ?? []).map((step): [string, string] => ['权重测算', step]),
  ];
  for (const line of lines) notes.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
