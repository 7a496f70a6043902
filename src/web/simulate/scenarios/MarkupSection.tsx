// 取消药品加成 and the basics of a scenario: name, pricing date, markup rate, exempt categories, abolished fees.
import { Form, Input, Select, Switch, Space, Typography } from 'antd';
import type { Scenario } from './api';
import { Field } from './Field';
import { DateInput, PercentInput } from './inputs';
import type { PathKey } from './path';
import { CHARGE_CATEGORY_NAMES, DRUG_CATEGORIES } from '../../../core/simulate/categories';
import { optionsOf, TAG_NAMES } from '../common/labels';

export type SetAt = (path: readonly PathKey[], value: unknown) => void;

export function MarkupSection({ scenario, set }: { scenario: Scenario; set: SetAt }) {
  const { markup } = scenario;
  return (
    <Form layout="vertical" component="div">
      <Field path={['name']} label="测算方案名称" htmlFor="scenario-name">
        <Input
          id="scenario-name"
          value={scenario.name}
          onChange={(event) => set(['name'], event.target.value)}
          style={{ maxWidth: 480 }}
        />
      </Field>
      <Field
        path={['pricingDate']}
        label="定价日期"
        extra="全部明细按这一天的价格与政策重新计算（反事实测算）；关闭则各明细按自身发生日期。"
      >
        <Space>
          <Switch
            checked={scenario.pricingDate !== null}
            checkedChildren="统一日期"
            unCheckedChildren="按明细日期"
            onChange={(on) => set(['pricingDate'], on ? markup.effectiveFrom : null)}
          />
          {scenario.pricingDate !== null && (
            <DateInput
              value={scenario.pricingDate}
              onChange={(date) => set(['pricingDate'], date)}
            />
          )}
        </Space>
      </Field>
      <Typography.Title level={5}>取消药品加成</Typography.Title>
      <Space wrap size="large" align="start">
        <Field path={['markup', 'effectiveFrom']} label="执行日期">
          <DateInput
            value={markup.effectiveFrom}
            onChange={(date) => set(['markup', 'effectiveFrom'], date ?? markup.effectiveFrom)}
          />
        </Field>
        <Field path={['markup', 'rate']} label="原加成率（顺加）" htmlFor="markup-rate">
          <PercentInput
            id="markup-rate"
            label="原加成率"
            value={markup.rate}
            onChange={(bp) => set(['markup', 'rate'], bp)}
          />
        </Field>
      </Space>
      <Field path={['markup', 'exemptCategories']} label="保留加成的药品类别（不取消）">
        <Select
          mode="multiple"
          aria-label="保留加成的药品类别"
          style={{ maxWidth: 480 }}
          value={markup.exemptCategories}
          options={DRUG_CATEGORIES.map((value) => ({ value, label: CHARGE_CATEGORY_NAMES[value] }))}
          onChange={(value) => set(['markup', 'exemptCategories'], value)}
          placeholder="无：全部药品取消加成"
        />
      </Field>
      <Field path={['markup', 'abolishedTags']} label="同时取消的收费项目">
        <Select
          mode="multiple"
          style={{ maxWidth: 480 }}
          value={markup.abolishedTags}
          options={optionsOf(TAG_NAMES)}
          onChange={(value) => set(['markup', 'abolishedTags'], value)}
          placeholder="无"
        />
      </Field>
      <Field
        path={['markup', 'hospitalsWithoutMarkup']}
        label="此前已取消加成的医院（机构编码）"
        extra="这些医院账单里的药价已不含加成，不再扣减。输入编码后回车。"
      >
        <Select
          mode="tags"
          style={{ maxWidth: 480 }}
          value={markup.hospitalsWithoutMarkup}
          onChange={(value) => set(['markup', 'hospitalsWithoutMarkup'], value)}
          placeholder="无"
          open={false}
        />
      </Field>
    </Form>
  );
}
