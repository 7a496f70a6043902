// The unit registry as a spreadsheet: read an uploaded .xlsx (or CSV) whose columns are found by their Chinese
// headers (单位编码 单位名称 类别 上级单位 级别 类型 举办主体 隶属关系 别名), every wrong cell listed with its
// row and column and nothing read unless all pass; and write the template (with the registry's units) to fill in.
import ExcelJS from 'exceljs';
import { badInput } from '../core/shared/errors';
import {
  fundings,
  hospitalLevels,
  hospitalTypes,
  sponsors,
  unitKindNames,
  unitKinds,
  unitProblems,
  type Unit,
  type UnitKind,
} from '../core/shared/unit-registry';
import { cellText } from './price-schedule-cells';
import { readTableFile, type TableRow } from './read-table-file';

export const UNIT_COLUMNS = [
  '单位编码',
  '单位名称',
  '类别',
  '上级单位',
  '级别',
  '类型',
  '举办主体',
  '隶属关系',
  '别名',
] as const;
type UnitColumn = (typeof UNIT_COLUMNS)[number];
const REQUIRED: UnitColumn[] = ['单位编码', '单位名称', '类别'];

export interface UnitFileError {
  /** Row of the sheet (line of the CSV) as the user sees it. */
  line: number;
  column: string;
  message: string;
}

const kindOf = new Map<string, UnitKind>(unitKinds.map((kind) => [unitKindNames[kind], kind]));

function choice<T extends string>(
  allowed: readonly T[],
  text: string,
  column: UnitColumn,
  fail: (column: UnitColumn, message: string) => void,
): T | null {
  if (text === '') return null;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  fail(column, `「${text}」不是可选的${column}；可选：${allowed.join('、')}`);
  return null;
}

function readRow(row: TableRow, fail: (column: UnitColumn, message: string) => void): Unit {
  const text = (column: UnitColumn) => cellText(row.cells[column]);
  const kindText = text('类别');
  const kind = kindOf.get(kindText);
  if (kindText === '') fail('类别', `类别不能为空；可选：${[...kindOf.keys()].join('、')}`);
  else if (kind === undefined) {
    fail('类别', `「${kindText}」不是可选的类别；可选：${[...kindOf.keys()].join('、')}`);
  }
  if (text('单位编码') === '') fail('单位编码', '单位编码不能为空');
  const unit: Unit = {
    code: text('单位编码'),
    name: text('单位名称'),
    kind: kind ?? 'other',
    parentCode: text('上级单位') || null,
    level: choice(hospitalLevels, text('级别'), '级别', fail),
    hospitalType: choice(hospitalTypes, text('类型'), '类型', fail),
    sponsor: choice(sponsors, text('举办主体'), '举办主体', fail),
    funding: choice(fundings, text('隶属关系'), '隶属关系', fail),
    aliases: text('别名')
      .split(/[、，,；;]/)
      .map((alias) => alias.trim())
      .filter((alias) => alias !== ''),
  };
  if (kind !== undefined && unit.code !== '') {
    for (const problem of unitProblems(unit)) fail(problem.field, problem.message);
  }
  return unit;
}

/**
 * The units of an uploaded file, or every wrong cell. `registered`: codes already in the registry, which a
 * 上级单位 may name besides the codes of the file itself.
 */
export async function readUnitsFile(
  content: Uint8Array,
  fileName: string,
  registered: ReadonlySet<string>,
): Promise<{ units: Unit[] } | { errors: UnitFileError[] }> {
  const table = await readTableFile(content, fileName, {
    findHeader: (texts) => texts.includes('单位编码'),
    checkColumns: (columns) => {
      const missing = REQUIRED.filter((column) => !columns.includes(column));
      if (missing.length > 0) {
        throw badInput(
          `${fileName} 缺少列：${missing.join('、')}。请用“下载模板”得到的表格填写，第一行是列名。`,
          { where: fileName },
        );
      }
    },
  });
  const errors: UnitFileError[] = [];
  const units: Unit[] = [];
  const lines = new Map<string, number>();
  for (const row of table.rows) {
    const unit = readRow(row, (column, message) =>
      errors.push({ line: row.line, column, message }),
    );
    const earlier = lines.get(unit.code);
    if (unit.code !== '' && earlier !== undefined) {
      errors.push({
        line: row.line,
        column: '单位编码',
        message: `编码「${unit.code}」与第 ${earlier} 行重复`,
      });
    }
    lines.set(unit.code, row.line);
    units.push(unit);
  }
  units.forEach((unit, index) => {
    if (
      unit.parentCode !== null &&
      !registered.has(unit.parentCode) &&
      !lines.has(unit.parentCode)
    ) {
      errors.push({
        line: table.rows[index]?.line ?? 0,
        column: '上级单位',
        message: `上级单位编码「${unit.parentCode}」既不在单位名录中，也不在本表中`,
      });
    }
  });
  if (units.length === 0 && errors.length === 0) {
    throw badInput(`${fileName} 中没有单位。请在列名下面逐行填写单位。`, { where: fileName });
  }
  errors.sort((a, b) => a.line - b.line);
  return errors.length > 0 ? { errors } : { units };
}

/** The template: the columns, the registry's units as rows, and a sheet explaining each column. */
export async function writeUnitsTemplate(units: readonly Unit[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('单位名录');
  sheet.columns = UNIT_COLUMNS.map((header) => ({
    header,
    key: header,
    width: header === '单位名称' || header === '别名' ? 34 : 12,
  }));
  for (const unit of units) {
    sheet.addRow({
      单位编码: unit.code,
      单位名称: unit.name,
      类别: unitKindNames[unit.kind],
      上级单位: unit.parentCode ?? '',
      级别: unit.level ?? '',
      类型: unit.hospitalType ?? '',
      举办主体: unit.sponsor ?? '',
      隶属关系: unit.funding ?? '',
      别名: unit.aliases.join('、'),
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'column', width: 12 },
    { header: '说明', key: 'text', width: 90 },
  ];
  const notes: Array<[UnitColumn, string]> = [
    [
      '单位编码',
      '必填。字母、数字、“-”“_”“.”，不超过 40 位；登记后不再改变。已有编码的行会更新该单位。',
    ],
    ['单位名称', '必填。单位的全称，例如“巴南区人民医院”“巴南区卫生健康委员会”。'],
    ['类别', `必填：${[...kindOf.keys()].join('、')}（“其他”用于市、区等行政区）。`],
    ['上级单位', '上级单位的编码（市 → 区 → 医院），可以是本表中的单位。'],
    ['级别', `医院填写：${hospitalLevels.join('、')}。`],
    ['类型', `医院填写：${hospitalTypes.join('、')}。`],
    ['举办主体', `医院填写：${sponsors.join('、')}。`],
    ['隶属关系', `医院填写：${fundings.join('、')}。`],
    ['别名', '部门填写：方案中对该机构的其他写法，用“、”分隔，例如“区卫健委、区卫生计生委”。'],
  ];
  for (const [column, text] of notes) help.addRow({ column, text });
  help.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
