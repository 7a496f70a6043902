// Edit one quantitative target: comparison, value, unit, deadline, scope and monitoring indicator.
import { useEffect } from 'react';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { Target, TargetOp } from '../../core/plan/types';
import type { Correction } from '../../core/plan/corrections';
import { targetOpLabels, targetOps } from './labels';

interface TargetValues {
  op: TargetOp;
  value: number;
  unit: string;
  due: Dayjs | null;
  scope: string;
  indicator: string;
}

type TargetFields = Extract<Correction, { op: 'setTarget' }>['fields'];

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function changedFields(target: Target, values: TargetValues): TargetFields {
  const fields: TargetFields = {};
  if (values.op !== target.op) fields.op = values.op;
  if (values.value !== target.value) fields.value = values.value;
  if (values.unit.trim() !== target.unit) fields.unit = values.unit.trim();
  const due = values.due ? values.due.format('YYYY-MM-DD') : null;
  if (due !== target.due) fields.due = due;
  if (orNull(values.scope) !== target.scope) fields.scope = orNull(values.scope);
  if (orNull(values.indicator) !== target.indicator) fields.indicator = orNull(values.indicator);
  return fields;
}

interface Props {
  target: Target | null;
  busy: boolean;
  onClose(): void;
  correct(correction: Correction, doneText: string): Promise<boolean>;
}

export function TargetEditModal({ target, busy, onClose, correct }: Props) {
  const [form] = Form.useForm<TargetValues>();

  useEffect(() => {
    if (!target) return;
    form.setFieldsValue({
      op: target.op,
      value: target.value,
      unit: target.unit,
      due: target.due ? dayjs(target.due) : null,
      scope: target.scope ?? '',
      indicator: target.indicator ?? '',
    });
  }, [form, target]);

  const save = async () => {
    if (!target) return;
    const fields = changedFields(target, await form.validateFields());
    if (Object.keys(fields).length === 0) {
      onClose();
      return;
    }
    if (await correct({ op: 'setTarget', targetKey: target.key, fields }, '已保存量化目标'))
      onClose();
  };

  return (
    <Modal
      open={target !== null}
      title="编辑量化目标"
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      forceRender
    >
      {target && <p style={{ color: '#8c8c8c' }}>原文：{target.text}</p>}
      <Form<TargetValues> form={form} layout="vertical">
        <Space align="start" wrap>
          <Form.Item name="op" label="运算" style={{ width: 120 }}>
            <Select options={targetOps.map((op) => ({ value: op, label: targetOpLabels[op] }))} />
          </Form.Item>
          <Form.Item
            name="value"
            label="数值"
            rules={[{ required: true, message: '请填写数值' }]}
            style={{ width: 160 }}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="unit" label="单位" style={{ width: 120 }}>
            <Input placeholder="%、元、个" />
          </Form.Item>
        </Space>
        <Form.Item name="due" label="截止日期">
          <DatePicker placeholder="无时限留空" />
        </Form.Item>
        <Form.Item name="scope" label="适用范围">
          <Input placeholder="如：二级公立医院；全部适用留空" />
        </Form.Item>
        <Form.Item name="indicator" label="监测指标">
          <Input placeholder="衡量这一目标的监测指标名称；暂无留空" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
