// The plan's metadata (标题, 发文单位, 文号, 成文日期), editable by the reform office; only changed fields are sent.
import { useEffect } from 'react';
import { Button, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { Plan } from '../../core/plan/types';
import type { Correction } from '../../core/plan/corrections';

interface MetaValues {
  title: string;
  issuer: string;
  docNumber: string;
  issuedOn: Dayjs | null;
}

type MetaFields = Extract<Correction, { op: 'setMeta' }>['fields'];

function initialValues(plan: Plan): MetaValues {
  return {
    title: plan.title ?? '',
    issuer: plan.issuer ?? '',
    docNumber: plan.docNumber ?? '',
    issuedOn: plan.issuedOn ? dayjs(plan.issuedOn) : null,
  };
}

interface Props {
  plan: Plan;
  canEdit: boolean;
  busy: boolean;
  correct(correction: Correction, doneText: string): Promise<boolean>;
}

export function MetaForm({ plan, canEdit, busy, correct }: Props) {
  const [form] = Form.useForm<MetaValues>();

  useEffect(() => {
    form.setFieldsValue(initialValues(plan));
  }, [form, plan]);

  const save = async (values: MetaValues) => {
    const fields: MetaFields = {};
    if (values.title.trim() !== (plan.title ?? '')) fields.title = values.title.trim();
    if (values.issuer.trim() !== (plan.issuer ?? '')) fields.issuer = values.issuer.trim();
    if (values.docNumber.trim() !== (plan.docNumber ?? ''))
      fields.docNumber = values.docNumber.trim();
    const issuedOn = values.issuedOn ? values.issuedOn.format('YYYY-MM-DD') : null;
    if (issuedOn !== plan.issuedOn) fields.issuedOn = issuedOn;
    if (Object.keys(fields).length === 0) return;
    await correct({ op: 'setMeta', fields }, '已保存方案信息');
  };

  return (
    <Form<MetaValues>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '80px' }}
      initialValues={initialValues(plan)}
      onFinish={save}
      disabled={!canEdit}
    >
      <Form.Item
        name="title"
        label="标题"
        rules={[{ required: true, whitespace: true, message: '请填写方案标题' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Form.Item name="issuer" label="发文单位">
        <Input placeholder="如：重庆市开州区人民政府办公室" />
      </Form.Item>
      <Form.Item name="docNumber" label="文号">
        <Input placeholder="如：开州府办发〔2020〕109号" />
      </Form.Item>
      <Form.Item name="issuedOn" label="成文日期">
        <DatePicker style={{ width: 200 }} placeholder="选择日期" />
      </Form.Item>
      {canEdit && (
        <Form.Item label=" " colon={false}>
          <Button type="primary" htmlType="submit" loading={busy}>
            保存方案信息
          </Button>
          <Button
            style={{ marginLeft: 8 }}
            onClick={() => form.setFieldsValue(initialValues(plan))}
          >
            还原
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
