// The two summary charts: a horizontal bar per lead unit, and deadlines by month.
import { useMemo } from 'react';
import { Col, Empty, Row, Typography } from 'antd';
import type { Plan } from '../../core/plan/types';
import { EChart } from '../shared/EChart';
import type { ChartOption } from '../shared/EChart';
import { deadlinesByMonth, tasksPerLeadUnit } from './chartData';
import type { Bar } from './chartData';

function unitOption(bars: Bar[]): ChartOption {
  const shown = [...bars].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((bar) => bar.label),
      axisLabel: { width: 130, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: '牵头任务数',
        data: shown.map((bar) => bar.count),
        itemStyle: { color: '#1677ff' },
      },
    ],
  };
}

function monthOption(bars: Bar[]): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => bar.label),
      axisLabel: { interval: 0, rotate: bars.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: '到期任务数',
        data: bars.map((bar) => bar.count),
        itemStyle: { color: '#fa8c16' },
        barMaxWidth: 40,
      },
    ],
  };
}

export function PlanCharts({ plan }: { plan: Plan }) {
  const units = useMemo(() => tasksPerLeadUnit(plan), [plan]);
  const months = useMemo(() => deadlinesByMonth(plan), [plan]);
  const unitChart = useMemo(() => unitOption(units), [units]);
  const monthChart = useMemo(() => monthOption(months), [months]);

  if (plan.tasks.length === 0) return <Empty description="没有识别出任务，无图表可看" />;
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Typography.Text strong>各牵头单位任务数</Typography.Text>
        <EChart option={unitChart} style={{ height: Math.max(200, units.length * 26 + 24) }} />
      </Col>
      <Col xs={24} xl={12}>
        <Typography.Text strong>完成时限分布（按月）</Typography.Text>
        <EChart option={monthChart} style={{ height: 260 }} />
      </Col>
    </Row>
  );
}
