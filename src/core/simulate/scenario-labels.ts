// Chinese names for every field of a Scenario, so a validation error reads as the form shows it:
// "报销政策（改革后） → 城镇职工 → 三级 → 住院 → 起付线".
import { CHARGE_CATEGORY_NAMES, isChargeCategory } from './categories';
import { ENCOUNTER_TYPE_NAMES, LEVEL_NAMES, SCHEME_NAMES } from './names';

interface LabelNode {
  label: string;
  children?: Record<string, LabelNode>;
  /** For arrays: how one element is named, from its index and value. */
  item?: { name: (index: number, value: unknown) => string; node?: LabelNode };
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const nth = (index: number) => `第 ${index + 1} 项`;
const named = (names: Record<string, string>, value: unknown) =>
  names[String(value)] ?? String(value ?? '？');

const fundingShares: LabelNode = {
  label: '市、区财政分担比例',
  children: { city: { label: '市级' }, district: { label: '区级' } },
};

const fixedAmount: LabelNode = {
  label: '定额报销',
  children: {
    category: { label: '收费类别' },
    itemCodes: { label: '项目编码', item: { name: nth } },
    per: { label: '计量方式（每次/每日）' },
    quotaFen: { label: '定额' },
    part: { label: '适用部分' },
    remainder: { label: '其余部分' },
  },
};

const benefitRule: LabelNode = {
  label: '报销规则',
  children: {
    scheme: { label: '险种' },
    level: { label: '医院级别' },
    encounterType: { label: '就诊类型' },
    rule: {
      label: '',
      children: {
        deductibleFen: { label: '起付线' },
        deductibleBasis: { label: '起付线计算方式' },
        ratio: { label: '报销比例' },
        annualCapFen: { label: '封顶线' },
        pool: { label: '累计池' },
        classBSelfPayShare: { label: '乙类先自付比例' },
        fixedAmounts: {
          label: '定额报销',
          item: {
            name: (index, value) => {
              const category = field(value, 'category');
              const what =
                typeof category === 'string' && isChargeCategory(category)
                  ? `（${CHARGE_CATEGORY_NAMES[category]}）`
                  : '';
              return `定额报销${nth(index)}${what}`;
            },
            node: fixedAmount,
          },
        },
      },
    },
  },
};

const policy = (label: string): LabelNode => ({
  label,
  children: {
    id: { label: '政策编号' },
    effectiveFrom: { label: '执行日期' },
    rules: {
      label: '',
      item: {
        name: (index, value) => {
          const scheme = field(value, 'scheme');
          const level = field(value, 'level');
          const type = field(value, 'encounterType');
          if (scheme === undefined || level === undefined || type === undefined) {
            return `第 ${index + 1} 条规则`;
          }
          return [
            named(SCHEME_NAMES, scheme),
            named(LEVEL_NAMES, level),
            named(ENCOUNTER_TYPE_NAMES, type),
          ].join(' → ');
        },
        node: benefitRule,
      },
    },
  },
});

const root: LabelNode = {
  label: '测算方案',
  children: {
    schemaVersion: { label: '数据格式版本' },
    id: { label: '测算方案编号' },
    name: { label: '测算方案名称' },
    version: { label: '版本' },
    pricingDate: { label: '定价日期' },
    markup: {
      label: '取消药品加成',
      children: {
        effectiveFrom: { label: '执行日期' },
        rate: { label: '原加成率' },
        exemptCategories: { label: '保留加成的类别', item: { name: nth } },
        hospitalsWithoutMarkup: { label: '已取消加成的医院', item: { name: nth } },
        abolishedTags: { label: '同时取消的收费', item: { name: nth } },
      },
    },
    priceSchedule: {
      label: '价格调整表',
      item: {
        name: (index, value) => {
          const code = field(value, 'itemCode');
          return typeof code === 'string' && code ? `${nth(index)}（${code}）` : nth(index);
        },
        node: {
          label: '',
          children: {
            itemCode: { label: '项目编码' },
            level: { label: '医院级别' },
            priceFen: { label: '价格' },
            effectiveFrom: { label: '起始日期' },
            effectiveTo: { label: '截止日期' },
            insuranceClass: { label: '医保类别' },
            assumption: { label: '假设说明' },
          },
        },
      },
    },
    reimbursement: {
      label: '',
      children: { before: policy('报销政策（改革前）'), after: policy('报销政策（改革后）') },
    },
    compensation: {
      label: '补偿办法',
      children: {
        kind: { label: '补偿方式' },
        priceShare: { label: '价格调整分担比例' },
        governmentShare: { label: '财政分担比例' },
        hospitalShare: { label: '医院分担比例' },
        topUpPriceShortfall: { label: '财政兜底价格缺口' },
        floorRate: { label: '补偿率下限' },
        fundingShares,
        fiscalSponsors: { label: '财政补助的举办主体', item: { name: nth } },
      },
    },
    compensationBase: {
      label: '补偿基数',
      children: {
        kind: { label: '基数口径' },
        year: { label: '基准年' },
        share: { label: '药品费比例' },
      },
    },
    conditions: {
      label: '测算条件',
      children: { fundMaxIncrease: { label: '医保基金可承受的最大增幅' } },
    },
  },
};

/** The Chinese label of a field path into a scenario (as the user sent it), parts joined by " → ". */
export function scenarioFieldLabel(path: readonly PropertyKey[], scenario: unknown): string {
  const parts: string[] = [];
  let node: LabelNode | undefined = root;
  let value: unknown = scenario;
  for (const key of path) {
    if (typeof key === 'number' || /^\d+$/.test(String(key))) {
      const index = Number(key);
      const element: unknown = Array.isArray(value) ? value[index] : undefined;
      parts.push(node?.item ? node.item.name(index, element) : nth(index));
      node = node?.item?.node;
      value = element;
      continue;
    }
    const name = String(key);
    const child: LabelNode | undefined = node?.children?.[name];
    parts.push(child ? child.label : name);
    node = child;
    value = field(value, name);
  }
  const label = parts.filter((part) => part !== '').join(' → ');
  return label || '测算方案';
}
