// The form of a DRG payment run: bill dataset, weight table and the payment parameters, each with its default
// and what it means in plain Chinese; hands the server's request body to the page.
import { Button, Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { DatasetChoice, DrgPaymentParams, WeightTableSummary } from './weights-api';

interface Values {
  datasetId: number;
  weightTableId: number;
  method: DrgPaymentParams['method'];
  baseRateYuan?: number | null;
  coefficient1?: string;
  coefficient2?: string;
  coefficient3?: string;
  highMultiple: string;
  highExcessPercent: number;
  lowMultiple: string;
  lowPay: DrgPaymentParams['lowPay'];
  outlierReference: DrgPaymentParams['outlierReference'];
  standard: DrgPaymentParams['standard'];
  year?: number | null;
  fundBudgetWan?: number | null;
  applyLevelCoefficient: boolean;
}

export interface PaymentRequest {
  datasetId: number;
  weightTableId: number;
  params: DrgPaymentParams;
}

const initialValues: Partial<Values> = {
  method: 'per-case',
  highMultiple: '3',
  highExcessPercent: 100,
  lowMultiple: '0.4',
  lowPay: 'cost',
  outlierReference: 'group-mean',
  standard: 'formula',
  applyLevelCoefficient: true,
};

function toRequest(values: Values): PaymentRequest {
  const levelCoefficients: Record<string, string> = {};
  for (const level of ['1', '2', '3'] as const) {
    const value = values[`coefficient${level}`]?.trim();
    if (value) levelCoefficients[level] = value;
  }
  return {
    datasetId: values.datasetId,
    weightTableId: values.weightTableId,
    params: {
      method: values.method,
      baseRateFen: values.baseRateYuan ? Math.round(values.baseRateYuan * 100) : null,
      levelCoefficients,
      highMultiple: values.highMultiple.trim(),
      highExcessRate: Math.round(values.highExcessPercent * 100),
      lowMultiple: values.lowMultiple.trim(),
      lowPay: values.lowPay,
      outlierReference: values.outlierReference,
      standard: values.standard,
      year: values.year ?? null,
      // 万元 → fen
      fundBudgetFen: values.fundBudgetWan ? Math.round(values.fundBudgetWan * 1_000_000) : null,
      applyLevelCoefficient: values.applyLevelCoefficient,
    },
  };
}

const help = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

export function PaymentParamsForm({
  datasets,
  tables,
  busy,
  onRun,
}: {
  datasets: DatasetChoice[];
  tables: WeightTableSummary[];
  busy: boolean;
  onRun: (request: PaymentRequest) => void;
}) {
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('method', form);
  const ready = datasets.filter((dataset) => dataset.status === 'ready');

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(v) => onRun(toRequest(v))}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="datasetId"
            label="账单数据集"
            rules={[{ required: true, message: '请选择账单数据集' }]}
          >
            <Select
              data-testid="payment-dataset"
              placeholder={
                ready.length === 0 ? '还没有可用的账单数据集，请先到账单数据中添加' : '请选择'
              }
              options={ready.map((dataset) => ({
                value: dataset.id,
                label: `${dataset.name}（住院 ${dataset.description?.inpatientEncounters ?? 0} 例）`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="weightTableId"
            label="权重表"
            rules={[{ required: true, message: '请选择权重表' }]}
          >
            <Select
              data-testid="payment-table"
              placeholder={tables.length === 0 ? '还没有权重表，请先在“权重表”中导入' : '请选择'}
              options={tables.map((table) => ({
                value: table.id,
                label: `${table.pool} ${table.year} 年 第 ${table.version} 版（${table.groupCount} 组）`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="method" label="付费方式">
            <Radio.Group
              options={[
                { value: 'per-case', label: '按病组定额' },
                { value: 'points', label: '点数法' },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item
            name="baseRateYuan"
            label="基础费率（元）"
            extra={help('不填则用权重表的基础费率')}
          >
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {(['1', '2', '3'] as const).map((level) => (
          <Col span={4} key={level}>
            <Form.Item
              name={`coefficient${level}`}
              label={`${'一二三'[Number(level) - 1]}级医院系数`}
              extra={help('填写则该级别所有病组统一用此系数')}
            >
              <Input placeholder="按权重表" />
            </Form.Item>
          </Col>
        ))}
        <Col span={6}>
          <Form.Item name="year" label="出院年度" extra={help('不填则测算文件中全部住院病例')}>
            <InputNumber min={1990} max={2200} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={4}>
          <Form.Item
            name="highMultiple"
            label="高倍率界值（倍）"
            extra={help('费用高于参照额此倍数为高倍率病例，默认 3')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item
            name="highExcessPercent"
            label="高倍率超出部分支付（%）"
            extra={help('超出界值的费用按此比例另付，默认 100%')}
          >
            <InputNumber min={0} max={100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item
            name="lowMultiple"
            label="低倍率界值（倍）"
            extra={help('费用低于参照额此倍数为低倍率病例，默认 0.4')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="lowPay" label="低倍率病例支付">
            <Select
              options={[
                { value: 'cost', label: '按实际费用（默认）' },
                { value: 'proportional', label: '按支付标准 × 费用 ÷ 参照额' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="outlierReference" label="倍率参照额">
            <Select
              options={[
                { value: 'group-mean', label: '病组次均费用（表中没有时用支付标准）' },
                { value: 'standard', label: '支付标准' },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="standard" label="支付标准">
            <Select
              options={[
                { value: 'formula', label: '权重 × 基础费率 × 级别系数（默认）' },
                { value: 'published', label: '用权重表公布的支付标准（有则用）' },
              ]}
            />
          </Form.Item>
        </Col>
        {method === 'points' && (
          <>
            <Col span={8}>
              <Form.Item
                name="fundBudgetWan"
                label="年度基金预算（万元）"
                extra={help(
                  '点值 =（预算 − 按实际费用结算部分）÷ 总点数；不填则预算等于同批病例按项目付费总额',
                )}
              >
                <InputNumber min={0} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="applyLevelCoefficient" label="点数乘级别系数">
                <Radio.Group
                  options={[
                    { value: true, label: '是（默认）' },
                    { value: false, label: '否' },
                  ]}
                />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="payment-run">
        开始测算
      </Button>
    </Form>
  );
}
