// 定额报销 of one benefit rule: which category, per visit or per day, the quota, which part of the line,
// and what happens to the rest.
import { Button, Select, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FixedAmountRule } from '../../../core/simulate/scenario';
import { CHARGE_CATEGORY_NAMES } from '../../../core/simulate/categories';
import { optionsOf } from '../common/labels';
import { YuanInput } from './inputs';

const PER = [
  { value: 'visit', label: '每次' },
  { value: 'day', label: '每日（按数量）' },
];
const PART = [
  { value: 'whole-line', label: '整行' },
  { value: 'raised-part', label: '调价提高部分' },
];
const REMAINDER = [
  { value: 'ratio', label: '其余按比例报销' },
  { value: 'self-pay', label: '其余自付' },
];

export function FixedAmountsEditor({
  rules,
  onChange,
}: {
  rules: FixedAmountRule[];
  onChange: (rules: FixedAmountRule[]) => void;
}) {
  const change = (index: number, patch: Partial<FixedAmountRule>) =>
    onChange(rules.map((rule, at) => (at === index ? { ...rule, ...patch } : rule)));
  const rows = rules.map((rule, index) => ({ rule, index }));
  return (
    <div>
      <Table
        size="small"
        pagination={false}
        rowKey="index"
        dataSource={rows}
        locale={{ emptyText: '没有定额报销项目' }}
        columns={[
          {
            title: '收费类别',
            render: (_, { rule, index }) => (
              <Select
                style={{ width: 130 }}
                value={rule.category}
                options={optionsOf(CHARGE_CATEGORY_NAMES)}
                onChange={(category) => change(index, { category })}
              />
            ),
          },
          {
            title: '限定项目编码',
            render: (_, { rule, index }) => (
              <Select
                mode="tags"
                open={false}
                style={{ width: 180 }}
                placeholder="全部项目"
                value={rule.itemCodes ?? []}
                onChange={(codes: string[]) =>
                  change(index, { itemCodes: codes.length > 0 ? codes : undefined })
                }
              />
            ),
          },
          {
            title: '计量',
            render: (_, { rule, index }) => (
              <Select
                style={{ width: 130 }}
                value={rule.per}
                options={PER}
                onChange={(per) => change(index, { per })}
              />
            ),
          },
          {
            title: '定额',
            render: (_, { rule, index }) => (
              <YuanInput
                width={120}
                value={rule.quotaFen}
                onChange={(fen) => change(index, { quotaFen: fen ?? 0 })}
              />
            ),
          },
          {
            title: '适用部分',
            render: (_, { rule, index }) => (
              <Select
                style={{ width: 130 }}
                value={rule.part}
                options={PART}
                onChange={(part) => change(index, { part })}
              />
            ),
          },
          {
            title: '其余部分',
            render: (_, { rule, index }) => (
              <Select
                style={{ width: 140 }}
                value={rule.remainder}
                options={REMAINDER}
                onChange={(remainder) => change(index, { remainder })}
              />
            ),
          },
          {
            title: '',
            width: 48,
            render: (_, { index }) => (
              <Button
                type="text"
                danger
                aria-label="删除定额项目"
                icon={<DeleteOutlined />}
                onClick={() => onChange(rules.filter((_, at) => at !== index))}
              />
            ),
          },
        ]}
      />
      <Button
        size="small"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() =>
          onChange([
            ...rules,
            {
              category: 'consultation',
              per: 'visit',
              quotaFen: 0,
              part: 'whole-line',
              remainder: 'ratio',
            },
          ])
        }
      >
        添加定额项目
      </Button>
    </div>
  );
}
