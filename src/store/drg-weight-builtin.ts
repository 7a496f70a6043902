// The weight tables shipped in data/drg/ that a user may import as a starting point: Yancheng 2023 for the
// CHS-DRG 1.1 codes. Read from disk once; never inserted without a user asking.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { weightTableFromYancheng, type YanchengOptions } from '../core/drg/weights-yancheng';
import type { WeightTable } from '../core/drg/weights';
import { DRG_DATA_DIR } from './drg-schemes';

export const BUILTIN_WEIGHT_TABLES = {
  'yancheng-2023': {
    file: 'weights-yancheng-2023.json',
    label: '盐城市 2023 年 CHS-DRG 1.1 权重表（OpenDRG 公开数据）',
    scheme: 'chs-drg-1.1',
  },
} as const;

export type BuiltinWeightTable = keyof typeof BUILTIN_WEIGHT_TABLES;

let yancheng: unknown;

/** The shipped Yancheng 2023 table; options set the pool name, base rate or a 一级 coefficient. */
export function loadBuiltinWeightTable(
  code: BuiltinWeightTable,
  options: YanchengOptions = {},
): WeightTable {
  const { file } = BUILTIN_WEIGHT_TABLES[code];
  yancheng ??= JSON.parse(readFileSync(path.join(DRG_DATA_DIR, file), 'utf8')) as unknown;
  return weightTableFromYancheng(yancheng, options);
}
