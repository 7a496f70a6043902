// The words of a goal phrase: comparators and goal verbs with the operator each sets, qualifiers after
// a number, the units a target may be counted in, and the pattern of a number with its unit.
import type { TargetOp } from './types';

/** Comparators and goal verbs before a number, with the operator they set. */
export interface Keyword {
  word: string;
  op: TargetOp;
  /** comparator: binds over a short gap ("不得超过全部医疗服务的10%"); verb: next to the number. */
  kind: 'comparator' | 'verb' | 'tight' | 'share';
}

// The operator mapping agreed with the product owner: 以下/以内/低于/少于/小于/不足 → "<";
// 不超过/不得超过/不高于/不多于/最多 → "<="; 高于/超过/大于 → ">"; 以上/不低于/不少于/至少/达到 → ">=";
// 左右/约 → "~"; 为/等于 → "=". Verbs that set a level without a qualifier: 降到/控制在 → "<=", 增至 → ">=".
const group = (words: string[], op: TargetOp, kind: Keyword['kind']): Keyword[] =>
  words.map((word) => ({ word, op, kind }));

export const KEYWORDS: Keyword[] = [
  ...group(
    ['不得超过', '不得高于', '不超过', '不高于', '不多于', '不大于', '最多'],
    '<=',
    'comparator',
  ),
  ...group(
    ['不得低于', '不得少于', '不低于', '不少于', '不小于', '至少', '最少'],
    '>=',
    'comparator',
  ),
  ...group(['不足', '低于', '少于', '小于'], '<', 'comparator'),
  ...group(['高于', '超过', '大于', '多于'], '>', 'comparator'),
  ...group(
    [
      '控制在',
      '降到',
      '降至',
      '降低到',
      '降低至',
      '下降到',
      '下降至',
      '减少到',
      '减少至',
      '压缩到',
      '压缩至',
    ],
    '<=',
    'verb',
  ),
  ...group(
    [
      '增至',
      '增加到',
      '增加至',
      '提高到',
      '提高至',
      '提升到',
      '提升至',
      '上升到',
      '上升至',
      '达到',
      '扩大到',
      '扩大至',
    ],
    '>=',
    'verb',
  ),
  ...group(['保持在'], '=', 'verb'),
  ...group(['达'], '>=', 'tight'),
  ...group(['约'], '~', 'tight'),
  ...group(['为', '等于'], '=', 'tight'),
  ...group(['占'], '=', 'share'),
].sort((a, b) => b.word.length - a.word.length);

export const POST: Record<string, TargetOp> = {
  及以上: '>=',
  以上: '>=',
  之上: '>=',
  及以下: '<=',
  以下: '<',
  以内: '<',
  之内: '<',
  左右: '~',
};

const UNITS = [
  '个百分点',
  '百分点',
  '个月',
  '%',
  '％',
  '‰',
  '万元',
  '亿元',
  '元',
  '万人',
  '人次',
  '个',
  '家',
  '所',
  '张',
  '名',
  '人',
  '项',
  '次',
  '天',
  '日',
  '周',
  '小时',
  '年',
  '倍',
  '台',
  '种',
  '类',
  '万',
];

const SP = '[ \\t\\u00a0\\u3000]*';
export const QUANTITY = new RegExp(
  `(?:1${SP}[∶:：]${SP}(\\d+(?:\\.\\d+)?))|(?:(\\d+(?:\\.\\d+)?|[一两二三四五六七八九十百千]+)${SP}(${UNITS.join('|')}))(?:${SP}(${Object.keys(POST).join('|')}))?`,
  'g',
);
