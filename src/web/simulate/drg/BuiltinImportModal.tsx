// 导入内置权重表: the shipped Yancheng 2023 table (CHS-DRG 1.1 codes) as a new version, with the pool name,
// base rate and a 一级 coefficient the user may set — the table itself gives coefficients for 二级 and 三级 only.
import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { errorText } from '../../shared/api';
import { weightsApi, type BuiltinTable } from './weights-api';

interface Values {
  code: string;
  pool: string;
  year: number;
  baseRateYuan: number;
  coefficient1?: string;
}

export function BuiltinImportModal({
  open,
  builtin,
  onClose,
  onImported,
}: {
  open: boolean;
  builtin: BuiltinTable[];
  onClose: () => void;
  onImported: (title: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await weightsApi.importBuiltin({
        code: values.code,
        pool: values.pool,
        year: values.year,
        baseRateFen: Math.round(values.baseRateYuan * 100),
        levelCoefficients: values.coefficient1 ? { 1: values.coefficient1.trim() } : {},
      });
      onImported(answer.title);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="导入内置权重表" open={open} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        盐城市 2023 年按 CHS-DRG 1.1 分组公布的权重表（OpenDRG
        公开数据），含病组权重、二级与三级医院的病组系数和单议病组。
        基础费率由公布的支付标准反推（支付标准 ÷ 权重 ÷ 系数 ≈ 7938.24 元）。表中没有一级医院系数：
        不填时一级医院的病例无法按 DRG 支付、按项目付费；填写后一级医院的所有病组都用这个系数。
      </Typography.Paragraph>
      <Form<Values>
        layout="vertical"
        initialValues={{
          code: builtin[0]?.code,
          pool: '盐城市',
          year: 2023,
          baseRateYuan: 7938.24,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="code" label="内置权重表">
          <Select options={builtin.map((item) => ({ value: item.code, label: item.label }))} />
        </Form.Item>
        <Form.Item name="pool" label="统筹区" rules={[{ required: true, message: '请填写统筹区' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={1990} max={2200} />
        </Form.Item>
        <Form.Item
          name="baseRateYuan"
          label="基础费率（元）"
          rules={[{ required: true, message: '请填写基础费率' }]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="coefficient1" label="一级医院系数（可不填）">
          <Input placeholder="例如 0.8" style={{ width: 160 }} />
        </Form.Item>
        {error !== null && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="builtin-submit">
          导入
        </Button>
      </Form>
    </Modal>
  );
}
