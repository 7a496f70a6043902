// The outcome of a DRG payment run: totals, per hospital bars of DRG revenue against fee-for-service with the
// gain or loss, a hospital table that opens onto gain or loss by DRG, counts by payment rule, fallback reasons.
import { useMemo } from 'react';
import { Alert, Button, Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { EChart, type ChartOption } from '../../shared/EChart';
import { KIND_COLUMNS, KIND_KEYS, KIND_LABELS } from './payment-labels';
import { PaymentGroupsTable } from './PaymentGroupsTable';
import {
  paymentApi,
  wanYuan,
  yuanText,
  type DrgPaymentRun,
  type HospitalComparison,
} from './weights-api';

type Summary = NonNullable<DrgPaymentRun['summary']>;

function chartOption(hospitals: HospitalComparison[]): ChartOption {
  const names = hospitals.map((row) => row.hospitalName);
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => `${Number(value).toLocaleString('zh-CN')} 万元`,
    },
    grid: { left: 70, right: 20, top: 30, bottom: 90 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30, fontSize: 11 } },
    yAxis: { type: 'value', name: '万元' },
    series: [
      {
        name: '按项目付费',
        type: 'bar',
        data: hospitals.map((row) => wanYuan(row.feeForServiceFen)),
        itemStyle: { color: '#8c8c8c' },
      },
      {
        name: 'DRG 付费',
        type: 'bar',
        data: hospitals.map((row) => wanYuan(row.drgFen)),
        itemStyle: { color: '#1677ff' },
      },
      {
        name: '盈亏',
        type: 'bar',
        data: hospitals.map((row) => ({
          value: wanYuan(row.gainFen),
          itemStyle: { color: row.gainFen < 0 ? '#cf1322' : '#389e0d' },
        })),
      },
    ],
  };
}

const gainText = (fen: number) => (
  <Typography.Text type={fen < 0 ? 'danger' : 'success'}>{yuanText(fen)}</Typography.Text>
);

const rate = (row: { gainFen: number; feeForServiceFen: number }) =>
  row.feeForServiceFen === 0 ? '—' : `${((row.gainFen / row.feeForServiceFen) * 100).toFixed(2)}%`;

export function PaymentResults({ run, summary }: { run: DrgPaymentRun; summary: Summary }) {
  const option = useMemo(() => chartOption(summary.hospitals), [summary.hospitals]);
  const { totals } = summary;
  return (
    <div data-testid="payment-results">
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={5}>
          <Statistic title="住院病例" value={totals.cases} />
        </Col>
        <Col span={6}>
          <Statistic title="按项目付费" value={yuanText(totals.feeForServiceFen)} />
        </Col>
        <Col span={6}>
          <Statistic title="DRG 付费" value={yuanText(totals.drgFen)} />
        </Col>
        <Col span={5}>
          <Statistic
            title={`盈亏（${rate(totals)}）`}
            value={yuanText(totals.gainFen)}
            styles={{ content: { color: totals.gainFen < 0 ? '#cf1322' : '#389e0d' } }}
          />
        </Col>
        <Col span={2}>
          <Button icon={<DownloadOutlined />} onClick={() => void paymentApi.exportXlsx(run.id)}>
            导出
          </Button>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">
        {run.datasetName} · {run.weightTableTitle} ·{' '}
        {run.params.method === 'points' ? '点数法' : '按病组定额'} · 基础费率{' '}
        {yuanText(summary.baseRateFen)}
        {summary.casesOutsideYear > 0 &&
          `（不在 ${run.params.year} 年出院的 ${summary.casesOutsideYear} 例未计入）`}
      </Typography.Paragraph>
      <Card size="small" title="各医院 DRG 付费与按项目付费对比" style={{ marginBottom: 12 }}>
        <div data-testid="hospital-chart">
          <EChart option={option} style={{ height: 340 }} />
        </div>
      </Card>
      <Table<HospitalComparison>
        size="small"
        rowKey="hospitalId"
        dataSource={summary.hospitals}
        pagination={false}
        data-testid="hospital-table"
        expandable={{
          expandedRowRender: (row) => (
            <PaymentGroupsTable runId={run.id} hospitalId={row.hospitalId} />
          ),
        }}
        columns={[
          { title: '医院', dataIndex: 'hospitalName' },
          {
            title: '级别',
            dataIndex: 'hospitalLevel',
            width: 60,
            render: (level: number | null) => (level === null ? '' : `${'一二三'[level - 1]}级`),
          },
          { title: '病例', dataIndex: 'cases', width: 70, align: 'right' },
          {
            title: '按项目付费',
            dataIndex: 'feeForServiceFen',
            align: 'right',
            render: (fen: number) => yuanText(fen),
          },
          {
            title: 'DRG 付费',
            dataIndex: 'drgFen',
            align: 'right',
            render: (fen: number) => yuanText(fen),
          },
          { title: '盈亏', dataIndex: 'gainFen', align: 'right', render: gainText },
          {
            title: '盈亏率',
            key: 'rate',
            align: 'right',
            width: 80,
            render: (_, row) => rate(row),
          },
          ...KIND_COLUMNS,
        ]}
      />
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col span={10}>
          <Card size="small" title="按支付规则计数">
            {KIND_KEYS.map((kind) => (
              <Tag key={kind} style={{ marginBottom: 4 }}>
                {KIND_LABELS[kind]} {totals.casesByKind[kind].toLocaleString('zh-CN')} 例
              </Tag>
            ))}
          </Card>
        </Col>
        <Col span={14}>
          <Card size="small" title="按项目付费的原因">
            {summary.fallbackReasons.length === 0 ? (
              <Typography.Text type="secondary">所有病例都按 DRG 支付。</Typography.Text>
            ) : (
              <Table
                size="small"
                rowKey="reason"
                pagination={false}
                dataSource={summary.fallbackReasons}
                columns={[
                  { title: '原因', dataIndex: 'reason' },
                  { title: '病例', dataIndex: 'cases', width: 70, align: 'right' },
                  {
                    title: '例如',
                    dataIndex: 'examples',
                    render: (list: string[]) => list.join('、'),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      {summary.points !== null && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={`点值 ${summary.points.pointValueYuan} 元/点${summary.points.budgetNeutral ? '（预算取按项目付费总额）' : ''}`}
          description={summary.points.steps.map((step) => (
            <div key={step}>{step}</div>
          ))}
        />
      )}
    </div>
  );
}
