// Converts the shipped data/drg/weights-yancheng-2023.json (Yancheng's 2023 table for the CHS-DRG 1.1 codes)
// into a WeightTable: per-DRG coefficients for 二级 and 三级 hospitals, published standards kept in fen.
import { badInput } from '../shared/errors';
import { roundDiv, type Fen } from '../shared/money';
import { decimalTextFrom, parseDecimal, pow10, toFen, type DecimalText } from './decimal';
import type { HospitalLevel } from './grouped-case';
import type { DrgWeight, WeightTable } from './weights';

/**
 * The base rate the published standards imply: standard ÷ (RW × coefficient) is 7938.23699… yuan for
 * every group with a standard, rounded here to the fen. The file does not state it; pass another if the
 * pool publishes one.
 */
export const YANCHENG_2023_BASE_RATE_FEN: Fen = 793_824;

const LEVELS_IN_FILE = ['2', '3'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Yuan written with any number of decimals, rounded 四舍五入 to the fen. */
function yuanToFen(value: unknown, where: string): Fen {
  const text = decimalTextFrom(value);
  if (text === null) throw badInput(`${where}“${String(value)}”不是金额`);
  const { units, scale } = parseDecimal(text);
  return toFen(roundDiv(units * 100n, pow10(scale)), where);
}

function readGroup(value: unknown, index: number): DrgWeight {
  const where = `groups[${index}]`;
  if (!isRecord(value) || typeof value.drg !== 'string') {
    throw badInput(`${where} 缺少病组编码（drg）`, { where: 'weights-yancheng-2023.json' });
  }
  const drg = value.drg;
  const ratio = (raw: unknown, field: string): DecimalText | null => {
    if (raw === null || raw === undefined) return null;
    const text = decimalTextFrom(raw);
    if (text === null) throw badInput(`病组 ${drg} 的 ${field}“${String(raw)}”不是数字`);
    return text;
  };
  const group: DrgWeight = {
    drg,
    rw: ratio(value.rw, 'rw'),
    caseByCase: value.caseByCase === true,
  };
  if (typeof value.name === 'string') group.name = value.name;
  const coefficients = isRecord(value.levelCoefficient) ? value.levelCoefficient : {};
  const standards = isRecord(value.standardYuan) ? value.standardYuan : {};
  for (const key of LEVELS_IN_FILE) {
    const level = Number(key) as HospitalLevel;
    (group.levelCoefficients ??= {})[level] = ratio(coefficients[key], `levelCoefficient.${key}`);
    const standard = standards[key];
    if (standard !== undefined && standard !== null) {
      const fen = yuanToFen(standard, `病组 ${drg} 的 standardYuan.${key}`);
      // the file writes 0 where a level has no standard
      if (fen > 0) (group.standardFen ??= {})[level] = fen;
    }
  }
  return group;
}

export interface YanchengOptions {
  pool?: string;
  year?: number;
  baseRateFen?: Fen;
  /** The coefficient for hospital levels the file does not cover (一级); none by default. */
  levelCoefficients?: WeightTable['levelCoefficients'];
}

/** The file's content (already parsed JSON) as a WeightTable; check it with checkWeightTable before use. */
export function weightTableFromYancheng(json: unknown, options: YanchengOptions = {}): WeightTable {
  if (!isRecord(json) || !Array.isArray(json.groups)) {
    throw badInput('盐城权重文件应为 {"source", "groups": [...]} 的形式', {
      where: 'weights-yancheng-2023.json',
    });
  }
  return {
    pool: options.pool ?? '盐城市',
    year: options.year ?? 2023,
    baseRateFen: options.baseRateFen ?? YANCHENG_2023_BASE_RATE_FEN,
    levelCoefficients: options.levelCoefficients ?? {},
    groups: json.groups.map(readGroup),
    source: typeof json.source === 'string' ? json.source : 'weights-yancheng-2023.json',
  };
}
