// How the change of out-of-pocket spreads over patients (or encounters): a histogram of the result's bins,
// or its percentiles, beside who pays more, less, the same.
import { useMemo, useState } from 'react';
import { Alert, Col, Row, Segmented, Statistic } from 'antd';
import type { ChangeDistribution } from '../../../core/simulate/distribution';
import type { HistogramBin } from '../../../core/simulate/histogram';
import { SimChart, type SimChartOption } from '../common/SimChart';
import { formatChange, formatCount, formatShare, toYuan } from '../common/money';

const POINTS = [
  ['最小', (d: ChangeDistribution) => d.minFen],
  ['P10', (d: ChangeDistribution) => d.percentilesFen[10]],
  ['P25', (d: ChangeDistribution) => d.percentilesFen[25]],
  ['中位数', (d: ChangeDistribution) => d.percentilesFen[50]],
  ['P75', (d: ChangeDistribution) => d.percentilesFen[75]],
  ['P90', (d: ChangeDistribution) => d.percentilesFen[90]],
  ['P99', (d: ChangeDistribution) => d.percentilesFen[99]],
  ['最大', (d: ChangeDistribution) => d.maxFen],
] as const;

/** "−50～−40 元", "< −50 元", "≥ 120 元": a bin's edges in whole yuan. */
function binLabel(bin: HistogramBin): string {
  const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN');
  if (bin.fromFen === null) return `< ${yuan(bin.toFen ?? 0)}`;
  if (bin.toFen === null) return `≥ ${yuan(bin.fromFen)}`;
  return `${yuan(bin.fromFen)}～${yuan(bin.toFen)}`;
}

/** Red where the whole bin pays more, green where it pays less, grey where it straddles zero. */
function binColor(bin: HistogramBin): string {
  if (bin.fromFen !== null && bin.fromFen > 0) return '#ff4d4f';
  if (bin.toFen !== null && bin.toFen <= 0) return '#52c41a';
  return '#bfbfbf';
}

function histogramOption(d: ChangeDistribution, unit: string): SimChartOption {
  const bins = d.histogram.filter(
    (bin) => bin.count > 0 || (bin.fromFen !== null && bin.toFen !== null),
  );
  return {
    grid: { left: 64, right: 16, top: 24, bottom: 56 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const index = (list[0] as { dataIndex?: number } | undefined)?.dataIndex ?? 0;
        const bin = bins[index];
        return bin ? `自付变化 ${binLabel(bin)} 元：${formatCount(bin.count)} ${unit}` : '';
      },
    },
    xAxis: {
      type: 'category',
      name: '元',
      data: bins.map(binLabel),
      axisLabel: { rotate: 40, fontSize: 11 },
    },
    yAxis: { type: 'value', name: unit === '人' ? '人数' : '人次' },
    series: [
      {
        type: 'bar',
        barCategoryGap: '8%',
        data: bins.map((bin) => ({ value: bin.count, itemStyle: { color: binColor(bin) } })),
      },
    ],
  };
}

function percentileOption(d: ChangeDistribution, unit: string): SimChartOption {
  const values = POINTS.map(([, at]) => at(d));
  return {
    grid: { left: 72, right: 16, top: 24, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const index = (list[0] as { dataIndex?: number } | undefined)?.dataIndex ?? 0;
        const [label] = POINTS[index] ?? ['', () => 0];
        return `${label}：${formatChange(values[index] ?? 0)}（每${unit}）`;
      },
    },
    xAxis: { type: 'category', data: POINTS.map(([label]) => label) },
    yAxis: {
      type: 'value',
      name: '元',
      axisLabel: { formatter: (v: number) => v.toLocaleString('zh-CN') },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: values.map((fen) => ({
          value: toYuan(fen),
          itemStyle: { color: fen > 0 ? '#ff4d4f' : fen < 0 ? '#52c41a' : '#bfbfbf' },
        })),
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: unknown }) => String(p.value),
        },
      },
    ],
  };
}

export function OopDistribution({
  byPatient,
  byEncounter,
}: {
  byPatient: ChangeDistribution;
  byEncounter: ChangeDistribution;
}) {
  const [basis, setBasis] = useState<'patient' | 'encounter'>('patient');
  const [view, setView] = useState<'histogram' | 'percentiles'>('histogram');
  const d = basis === 'patient' ? byPatient : byEncounter;
  const unit = basis === 'patient' ? '人' : '次';
  const option = useMemo(
    () => (view === 'histogram' ? histogramOption(d, unit) : percentileOption(d, unit)),
    [d, unit, view],
  );
  return (
    <div data-testid="oop-distribution">
      <Segmented
        style={{ marginBottom: 8, marginRight: 12 }}
        value={basis}
        onChange={(value) => setBasis(value as 'patient' | 'encounter')}
        options={[
          { value: 'patient', label: '按患者（全年合计）' },
          { value: 'encounter', label: '按就诊人次' },
        ]}
      />
      <Segmented
        style={{ marginBottom: 8 }}
        value={view}
        onChange={(value) => setView(value as 'histogram' | 'percentiles')}
        options={[
          { value: 'histogram', label: '分布直方图' },
          { value: 'percentiles', label: '分位数' },
        ]}
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title={
          view === 'histogram'
            ? `每根柱子是自付变化落在该区间（元）的${basis === 'patient' ? '患者数' : '就诊人次'}；两端的柱子收拢了最低和最高的约 1%。红色为多付，绿色为少付。`
            : `例如 P90 表示 90% 的${basis === 'patient' ? '患者' : '就诊'}自付变化不超过该值。红色为多付，绿色为少付。`
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <SimChart option={option} style={{ height: 300 }} testId="oop-chart" />
        </Col>
        <Col xs={24} xl={8}>
          <Row gutter={[8, 16]}>
            <Col span={12}>
              <Statistic
                title={`自付增加（${unit}）`}
                value={formatCount(d.payingMore)}
                suffix={`（${formatShare(d.payingMore, d.count)}）`}
                styles={{ content: { color: '#cf1322' } }}
              />
            </Col>
            <Col span={12}>
              <Statistic
                title={`自付减少（${unit}）`}
                value={formatCount(d.payingLess)}
                suffix={`（${formatShare(d.payingLess, d.count)}）`}
                styles={{ content: { color: '#389e0d' } }}
              />
            </Col>
            <Col span={12}>
              <Statistic
                title={`不变（${unit}）`}
                value={formatCount(d.unchanged)}
                suffix={`（${formatShare(d.unchanged, d.count)}）`}
              />
            </Col>
            <Col span={12}>
              <Statistic title="中位数变化" value={formatChange(d.percentilesFen[50])} />
            </Col>
          </Row>
        </Col>
      </Row>
    </div>
  );
}
