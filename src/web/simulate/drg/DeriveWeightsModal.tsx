// 由账单测算权重: pick a bill dataset, the years and their weights (default the last three, 1:2:7), how outliers
// are trimmed; the grouping and derivation run in the background with a progress bar; the method is shown after.
import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { errorText } from '../../shared/api';
import type { Job } from '../../shared/jobs';
import { WatchJob } from '../../shared/WatchJob';
import { MethodSteps } from './MethodSteps';
import { weightsApi, type DatasetChoice, type WeightTableSummary } from './weights-api';

interface Values {
  datasetId: number;
  pool: string;
  tableYear: number;
  baseRateYuan: number;
  years: string;
  weights: string;
  trim: 'iqr' | 'log-sd' | 'none';
  factor: string;
  minCases: number;
  rwDecimals: number;
}

const yearOf = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) : null);

/** "2016,2017,2018" and "1:2:7" → [{year, weight}], or a message. */
function yearWeights(years: string, weights: string) {
  const yearList = years
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map(Number);
  const weightList = weights
    .split(/[:：,，\s]+/)
    .filter(Boolean)
    .map(Number);
  if (yearList.some((year) => !Number.isInteger(year)) || yearList.length === 0) {
    return '年度应写成用逗号分开的四位年份，例如 2016,2017,2018';
  }
  if (
    weightList.length !== yearList.length ||
    weightList.some((w) => !Number.isInteger(w) || w <= 0)
  ) {
    return `权数应为 ${yearList.length} 个正整数，用冒号分开，例如 1:2:7`;
  }
  return yearList.map((year, index) => ({ year, weight: weightList[index] ?? 1 }));
}

export function DeriveWeightsModal({
  open,
  scheme,
  datasets,
  onClose,
  onDerived,
}: {
  open: boolean;
  scheme: string;
  datasets: DatasetChoice[];
  onClose: () => void;
  onDerived: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [derived, setDerived] = useState<WeightTableSummary | null>(null);
  const ready = datasets.filter((dataset) => dataset.status === 'ready');

  const chooseDataset = (id: number) => {
    const dataset = ready.find((item) => item.id === id);
    const last = yearOf(dataset?.description?.lastDate);
    const first = yearOf(dataset?.description?.firstDate) ?? last;
    if (last === null || first === null) return;
    const years = [last - 2, last - 1, last].filter((year) => year >= first);
    form.setFieldsValue({
      years: years.join(','),
      weights: years.length === 3 ? '1:2:7' : years.map(() => 1).join(':'),
      tableYear: last + 1,
    });
  };

  const submit = async (values: Values) => {
    setError(null);
    setDerived(null);
    const years = yearWeights(values.years, values.weights);
    if (typeof years === 'string') {
      setError(years);
      return;
    }
    const method =
      values.trim === 'none'
        ? { kind: 'none' }
        : values.trim === 'iqr'
          ? { kind: 'iqr', k: values.factor.trim() }
          : { kind: 'log-sd', n: values.factor.trim() };
    try {
      const { job } = await weightsApi.derive({
        datasetId: values.datasetId,
        scheme,
        pool: values.pool,
        tableYear: values.tableYear,
        baseRateFen: Math.round(values.baseRateYuan * 100),
        years,
        trim: { method, minCases: values.minCases },
        rwDecimals: values.rwDecimals,
      });
      setJobId(job.id);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const ended = (job: Job) => {
    setJobId(null);
    if (job.status === 'failed') {
      setError(job.error?.message ?? job.message);
      return;
    }
    setDerived((job.result as { table: WeightTableSummary }).table);
    onDerived();
  };

  return (
    <Modal
      title="由账单测算权重"
      open={open}
      onCancel={onClose}
      footer={null}
      width={820}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        对账单中的住院病例按所选分组方案分组，每个病组的权重 RW = 病组例均费用 ÷ 全部病例例均费用。
        多个年度按权数加权（常用
        1:2:7，越近的年度越重）；计算例均费用前，在每个病组每年内剔除费用异常的病例。
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          trim: 'iqr',
          factor: '1.5',
          minCases: 5,
          rwDecimals: 4,
          baseRateYuan: 6000,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Space wrap align="start">
          <Form.Item
            name="datasetId"
            label="账单数据集"
            rules={[{ required: true, message: '请选择账单数据集' }]}
          >
            <Select
              style={{ width: 300 }}
              placeholder={ready.length === 0 ? '还没有可用的账单数据集' : '请选择'}
              options={ready.map((dataset) => ({ value: dataset.id, label: dataset.name }))}
              onChange={chooseDataset}
            />
          </Form.Item>
          <Form.Item
            name="pool"
            label="统筹区"
            rules={[{ required: true, message: '请填写统筹区' }]}
          >
            <Input placeholder="例如 巴南区" style={{ width: 130 }} />
          </Form.Item>
          <Form.Item
            name="tableYear"
            label="权重表年度"
            rules={[{ required: true, message: '请填写年度' }]}
          >
            <InputNumber min={1990} max={2200} />
          </Form.Item>
          <Form.Item
            name="baseRateYuan"
            label="基础费率（元）"
            tooltip="权重为 1 的病组支付多少元；常取全部病例加权例均费用，或按基金预算倒算"
            rules={[{ required: true, message: '请填写基础费率' }]}
          >
            <InputNumber min={0.01} precision={2} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item
            name="years"
            label="测算年度"
            rules={[{ required: true, message: '请填写年度' }]}
          >
            <Input placeholder="2016,2017,2018" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            name="weights"
            label="年度权数"
            rules={[{ required: true, message: '请填写权数' }]}
          >
            <Input placeholder="1:2:7" style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="trim" label="剔除异常值">
            <Select
              style={{ width: 220 }}
              options={[
                { value: 'iqr', label: '四分位距法（Q1 − k×IQR, Q3 + k×IQR）' },
                { value: 'log-sd', label: '对数费用 均值 ± n×标准差' },
                { value: 'none', label: '不剔除' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="factor"
            label="k 或 n"
            tooltip="四分位距法常用 k = 1.5；标准差法常用 n = 3"
          >
            <Input style={{ width: 70 }} />
          </Form.Item>
          <Form.Item name="minCases" label="最少病例数" tooltip="病例数少于此数的病组当年不剔除">
            <InputNumber min={0} max={1000} />
          </Form.Item>
          <Form.Item name="rwDecimals" label="权重小数位">
            <InputNumber min={0} max={12} />
          </Form.Item>
        </Space>
        <Button
          type="primary"
          htmlType="submit"
          disabled={jobId !== null}
          data-testid="derive-submit"
        >
          开始测算
        </Button>
      </Form>
      {jobId !== null && (
        <div style={{ marginTop: 12 }}>
          <WatchJob jobId={jobId} label="测算权重" onEnd={ended} />
        </div>
      )}
      {error !== null && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {derived !== null && (
        <div style={{ marginTop: 12 }}>
          <Alert
            type="success"
            showIcon
            title={`已保存：${derived.pool} ${derived.year} 年 第 ${derived.version} 版，${derived.groupCount} 个病组`}
          />
          <MethodSteps tableId={derived.id} />
        </div>
      )}
    </Modal>
  );
}
