// One reimbursement policy: its start date and a rule per scheme × hospital level × encounter type
// (deductible, ratio, cap, class-B share; fixed amounts in the expanded row).
import { Button, Form, Select, Space, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type {
  BenefitRule,
  BenefitRuleEntry,
  ReimbursementPolicy,
} from '../../../core/simulate/scenario';
import { ENCOUNTER_TYPE_NAMES, LEVEL_NAMES, SCHEME_NAMES } from '../common/labels';
import { Field, ProvenanceMark } from './Field';
import { FixedAmountsEditor } from './FixedAmountsEditor';
import { DateInput, PercentInput, YuanInput } from './inputs';

type Side = 'before' | 'after';
type Scheme = BenefitRuleEntry['scheme'];

const SCHEMES: Scheme[] = ['employee', 'resident-tier1', 'resident-tier2'];
const LEVELS: BenefitRuleEntry['level'][] = [1, 2, 3, 'all'];

const newRule = (type: BenefitRuleEntry['encounterType']): BenefitRule => ({
  deductibleFen: 0,
  deductibleBasis: type === 'inpatient' ? 'encounter' : 'year',
  ratio: 0,
  annualCapFen: null,
  pool: type,
  classBSelfPayShare: 0,
  fixedAmounts: [],
});

export function PolicyEditor({
  side,
  policy,
  onChange,
}: {
  side: Side;
  policy: ReimbursementPolicy;
  onChange: (policy: ReimbursementPolicy) => void;
}) {
  const [adding, setAdding] = useState<
    Pick<BenefitRuleEntry, 'scheme' | 'level' | 'encounterType'>
  >({
    scheme: 'employee',
    level: 'all',
    encounterType: 'inpatient',
  });
  const setRule = (index: number, patch: Partial<BenefitRule>) =>
    onChange({
      ...policy,
      rules: policy.rules.map((entry, at) =>
        at === index ? { ...entry, rule: { ...entry.rule, ...patch } } : entry,
      ),
    });
  const exists = policy.rules.some(
    (entry) =>
      entry.scheme === adding.scheme &&
      entry.level === adding.level &&
      entry.encounterType === adding.encounterType,
  );
  const rows = policy.rules.map((entry, index) => ({ entry, index }));
  const path = ['reimbursement', side];

  return (
    <div>
      <Space wrap size="large" align="start">
        <Form layout="vertical" component="div">
          <Field path={[...path, 'effectiveFrom']} label="执行日期">
            <DateInput
              value={policy.effectiveFrom}
              onChange={(date) =>
                onChange({ ...policy, effectiveFrom: date ?? policy.effectiveFrom })
              }
            />
          </Field>
        </Form>
      </Space>
      <Table
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 1000 }}
        data-testid={`rules-${side}`}
        expandable={{
          expandedRowRender: ({ entry, index }) => (
            <div>
              <Space style={{ marginBottom: 8 }}>
                定额报销 <ProvenanceMark path={[...path, 'rules', index, 'rule', 'fixedAmounts']} />
              </Space>
              <FixedAmountsEditor
                rules={entry.rule.fixedAmounts}
                onChange={(fixedAmounts) => setRule(index, { fixedAmounts })}
              />
            </div>
          ),
        }}
        columns={[
          {
            title: '险种',
            width: 150,
            render: (_, { entry }) => SCHEME_NAMES[entry.scheme],
          },
          { title: '等级', width: 60, render: (_, { entry }) => LEVEL_NAMES[String(entry.level)] },
          {
            title: '类型',
            width: 60,
            render: (_, { entry }) => ENCOUNTER_TYPE_NAMES[entry.encounterType],
          },
          {
            title: '起付线',
            render: (_, { entry, index }) => (
              <Space size={4}>
                <YuanInput
                  width={120}
                  label="起付线"
                  value={entry.rule.deductibleFen}
                  onChange={(fen) => setRule(index, { deductibleFen: fen ?? 0 })}
                />
                <Select
                  style={{ width: 92 }}
                  value={entry.rule.deductibleBasis}
                  onChange={(deductibleBasis) => setRule(index, { deductibleBasis })}
                  options={[
                    { value: 'encounter', label: '每次' },
                    { value: 'year', label: '每年' },
                  ]}
                />
              </Space>
            ),
          },
          {
            title: '报销比例',
            render: (_, { entry, index }) => (
              <PercentInput
                label="报销比例"
                value={entry.rule.ratio}
                onChange={(ratio) => setRule(index, { ratio })}
              />
            ),
          },
          {
            title: '年度封顶线',
            render: (_, { entry, index }) => (
              <YuanInput
                nullable
                label="封顶线"
                value={entry.rule.annualCapFen}
                onChange={(annualCapFen) => setRule(index, { annualCapFen })}
              />
            ),
          },
          {
            title: '乙类先自付',
            render: (_, { entry, index }) => (
              <PercentInput
                label="乙类先自付"
                value={entry.rule.classBSelfPayShare}
                onChange={(classBSelfPayShare) => setRule(index, { classBSelfPayShare })}
              />
            ),
          },
          {
            title: '定额',
            width: 70,
            render: (_, { entry }) =>
              entry.rule.fixedAmounts.length > 0 ? (
                <Tag color="cyan">{entry.rule.fixedAmounts.length} 项</Tag>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            width: 48,
            render: (_, { index }) => (
              <Button
                type="text"
                danger
                aria-label="删除规则"
                icon={<DeleteOutlined />}
                onClick={() =>
                  onChange({ ...policy, rules: policy.rules.filter((_, at) => at !== index) })
                }
              />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }} wrap>
        <Select
          style={{ width: 170 }}
          value={adding.scheme}
          options={SCHEMES.map((value) => ({ value, label: SCHEME_NAMES[value] }))}
          onChange={(scheme) => setAdding({ ...adding, scheme })}
        />
        <Select
          style={{ width: 90 }}
          value={adding.level}
          options={LEVELS.map((value) => ({ value, label: LEVEL_NAMES[String(value)] }))}
          onChange={(level) => setAdding({ ...adding, level })}
        />
        <Select
          style={{ width: 90 }}
          value={adding.encounterType}
          options={[
            { value: 'inpatient', label: '住院' },
            { value: 'outpatient', label: '门诊' },
          ]}
          onChange={(encounterType) => setAdding({ ...adding, encounterType })}
        />
        <Button
          icon={<PlusOutlined />}
          disabled={exists}
          onClick={() =>
            onChange({
              ...policy,
              rules: [...policy.rules, { ...adding, rule: newRule(adding.encounterType) }],
            })
          }
        >
          {exists ? '已有这条规则' : '添加规则'}
        </Button>
      </Space>
    </div>
  );
}
