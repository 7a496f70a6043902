// 补偿: how lost markup revenue is made good (three-way split or a floor rate), who funds the subsidy, what
// it is measured against (the base year), and the fund's bearable rise.
import { Checkbox, Form, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import type { CompensationBase, CompensationRule } from '../../../core/simulate/scenario';
import type { Scenario } from './api';
import { Field } from './Field';
import { PercentInput } from './inputs';
import type { SetAt } from './MarkupSection';
import { optionsOf, SPONSOR_NAMES } from '../common/labels';
import { formatBp } from '../common/money';

function switchRule(rule: CompensationRule, kind: CompensationRule['kind']): CompensationRule {
  const { fundingShares, fiscalSponsors } = rule;
  return kind === 'split'
    ? {
        kind,
        priceShare: 8000,
        governmentShare: 1500,
        hospitalShare: 500,
        topUpPriceShortfall: false,
        fundingShares,
        fiscalSponsors,
      }
    : { kind, floorRate: 9000, fundingShares, fiscalSponsors };
}

function switchBase(kind: CompensationBase['kind'], year: number): CompensationBase {
  if (kind === 'simulated') return { kind };
  if (kind === 'base-year-markup') return { kind, year };
  return { kind, year, share: 1500 };
}

export function CompensationSection({ scenario, set }: { scenario: Scenario; set: SetAt }) {
  const rule = scenario.compensation;
  const base = scenario.compensationBase;
  const c = (key: string) => ['compensation', key];
  const splitSum =
    rule.kind === 'split' ? rule.priceShare + rule.governmentShare + rule.hospitalShare : 10000;
  const fundingSum = rule.fundingShares.city + rule.fundingShares.district;
  return (
    <Form layout="vertical" component="div">
      <Field path={c('kind')} label="补偿方式">
        <Radio.Group
          value={rule.kind}
          onChange={(event) => set(['compensation'], switchRule(rule, event.target.value))}
          options={[
            { value: 'split', label: '按比例分担（价格 / 财政 / 医院）' },
            { value: 'floor', label: '财政兜底到补偿率' },
          ]}
        />
      </Field>
      {rule.kind === 'split' ? (
        <>
          <Space wrap size="large" align="start">
            <Field path={c('priceShare')} label="调价补偿">
              <PercentInput value={rule.priceShare} onChange={(v) => set(c('priceShare'), v)} />
            </Field>
            <Field path={c('governmentShare')} label="财政补助">
              <PercentInput
                value={rule.governmentShare}
                onChange={(v) => set(c('governmentShare'), v)}
              />
            </Field>
            <Field path={c('hospitalShare')} label="医院自身消化">
              <PercentInput
                value={rule.hospitalShare}
                onChange={(v) => set(c('hospitalShare'), v)}
              />
            </Field>
          </Space>
          {splitSum !== 10000 && (
            <Typography.Paragraph type="danger">
              三方比例之和为 {formatBp(splitSum)}，须为 100%。
            </Typography.Paragraph>
          )}
          <Field path={c('topUpPriceShortfall')} label="调价不到位时财政动态兜底">
            <Switch
              checked={rule.topUpPriceShortfall}
              onChange={(on) => set(c('topUpPriceShortfall'), on)}
            />
          </Field>
        </>
      ) : (
        <Field path={c('floorRate')} label="补偿率须达到" htmlFor="floor-rate">
          <PercentInput
            id="floor-rate"
            label="补偿率须达到"
            value={rule.floorRate}
            onChange={(v) => set(c('floorRate'), v)}
          />
        </Field>
      )}
      <Space wrap size="large" align="start">
        <Field path={[...c('fundingShares'), 'city']} label="补助市级分担">
          <PercentInput
            value={rule.fundingShares.city}
            onChange={(v) =>
              set(['compensation', 'fundingShares'], { city: v, district: 10000 - v })
            }
          />
        </Field>
        <Field path={[...c('fundingShares'), 'district']} label="补助区（县）级分担">
          <PercentInput
            value={rule.fundingShares.district}
            onChange={(v) =>
              set(['compensation', 'fundingShares'], { city: 10000 - v, district: v })
            }
          />
        </Field>
      </Space>
      {fundingSum !== 10000 && (
        <Typography.Paragraph type="danger">市、区分担之和须为 100%。</Typography.Paragraph>
      )}
      <Field
        path={c('fiscalSponsors')}
        label="由财政补助的医院（举办主体）"
        extra="其他医院的补助由原渠道保障。"
      >
        <Checkbox.Group
          value={rule.fiscalSponsors}
          options={optionsOf(SPONSOR_NAMES)}
          onChange={(value) => set(c('fiscalSponsors'), value)}
        />
      </Field>
      <Typography.Title level={5}>补偿基数</Typography.Title>
      <Space wrap size="large" align="start">
        <Field path={['compensationBase', 'kind']} label="基数">
          <Select
            style={{ width: 260 }}
            value={base.kind}
            onChange={(kind) =>
              set(['compensationBase'], switchBase(kind, 'year' in base ? base.year : 2016))
            }
            options={[
              { value: 'simulated', label: '测算的减少收入' },
              { value: 'base-year-markup', label: '基期年度药品加成收入' },
              { value: 'base-year-drug-spending', label: '基期年度药品费 × 比例' },
            ]}
          />
        </Field>
        {base.kind !== 'simulated' && (
          <Field path={['compensationBase', 'year']} label="基期年度" htmlFor="base-year">
            <InputNumber
              id="base-year"
              min={2000}
              max={2100}
              precision={0}
              value={base.year}
              onChange={(year) => set(['compensationBase', 'year'], year ?? base.year)}
            />
          </Field>
        )}
        {base.kind === 'base-year-drug-spending' && (
          <Field path={['compensationBase', 'share']} label="药品费的比例">
            <PercentInput
              value={base.share}
              onChange={(v) => set(['compensationBase', 'share'], v)}
            />
          </Field>
        )}
      </Space>
      <Typography.Title level={5}>医保基金可承受</Typography.Title>
      <Field
        path={['conditions', 'fundMaxIncrease']}
        label="基金支出最多可增加"
        extra="相对改革前基金支出的比例；0% 表示基金支出不增加。"
      >
        <PercentInput
          value={scenario.conditions.fundMaxIncrease}
          onChange={(v) => set(['conditions', 'fundMaxIncrease'], v)}
        />
      </Field>
    </Form>
  );
}
