// The steps of a hospital's revenue waterfall — lost markup (and abolished fees) → price gains → subsidy →
// net — and the ECharts option that draws them as floating bars.
import type { HospitalCompensation } from '../../../core/simulate/compensation';
import type { SimChartOption } from '../common/SimChart';
import { formatYuan, toYuan } from '../common/money';

export interface WaterfallStep {
  label: string;
  /** Change of this step in fen (the net step: the total). */
  fen: number;
  total?: true;
}

export function waterfallSteps(h: HospitalCompensation): WaterfallStep[] {
  const steps: WaterfallStep[] = [{ label: '取消药品加成', fen: -h.lostMarkupFen }];
  if (h.abolishedFeeFen !== 0) steps.push({ label: '取消药事服务费', fen: -h.abolishedFeeFen });
  steps.push({ label: '调价增收', fen: h.priceGainFen });
  steps.push({ label: '财政补助', fen: h.requiredSubsidyFen });
  const net = steps.reduce((sum, step) => sum + step.fen, 0);
  steps.push({ label: '净变化', fen: net, total: true });
  return steps;
}

const colorOf = (step: WaterfallStep) =>
  step.total ? (step.fen >= 0 ? '#1677ff' : '#fa8c16') : step.fen >= 0 ? '#52c41a' : '#ff4d4f';

/** Floating bars: a transparent base up to where the step starts, then the step (stacked by sum). */
export function waterfallOption(
  steps: WaterfallStep[],
  options: { title?: string; compact?: boolean } = {},
): SimChartOption {
  let running = 0;
  const bases: number[] = [];
  const deltas: { value: number; itemStyle: { color: string } }[] = [];
  for (const step of steps) {
    const start = step.total ? 0 : running;
    bases.push(toYuan(start));
    deltas.push({ value: toYuan(step.fen), itemStyle: { color: colorOf(step) } });
    if (!step.total) running += step.fen;
  }
  const compact = options.compact ?? false;
  return {
    title: options.title
      ? { text: options.title, left: 'center', textStyle: { fontSize: compact ? 12 : 14 } }
      : undefined,
    grid: {
      left: compact ? 56 : 90,
      right: 16,
      top: options.title ? 32 : 16,
      bottom: compact ? 40 : 32,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const index = (list[0] as { dataIndex?: number } | undefined)?.dataIndex ?? 0;
        const step = steps[index];
        return step ? `${step.label}：${formatYuan(step.fen)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: steps.map((step) => step.label),
      axisLabel: { interval: 0, fontSize: compact ? 10 : 12, rotate: compact ? 30 : 0 },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        fontSize: compact ? 10 : 12,
        formatter: (value: number) => `${(value / 10_000).toLocaleString('zh-CN')}万`,
      },
    },
    series: [
      {
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: bases,
      },
      {
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        data: deltas,
        barMaxWidth: 56,
        label: compact
          ? undefined
          : {
              show: true,
              position: 'top',
              formatter: (p: { dataIndex: number }) => {
                const fen = steps[p.dataIndex]?.fen ?? 0;
                return `${(fen / 1_000_000).toFixed(1)}万`;
              },
            },
      },
    ],
  };
}
