// The report's charts, rendered on the server as SVG with ECharts: a waterfall per hospital (lost markup →
// price gain → subsidy → net), the spread of patients' out-of-pocket change, and the fund's change by scheme.
import * as echarts from 'echarts';
import type { HistogramBin } from '../core/simulate/histogram';
import {
  hospitalName,
  nameIn,
  SCHEME_NAMES,
  yuanText,
  type SimulationReportInput,
} from './simulation-figures';

export interface ChartImage {
  title: string;
  svg: string;
  width: number;
  height: number;
}

const FONT = "'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', SimHei, sans-serif";
const RED = '#c0392b';
const GREEN = '#1b7f3b';
const BLUE = '#2c6fbb';
const GREY = '#7f8c8d';
/** At most this many hospitals get a waterfall; the tables list them all. */
export const WATERFALL_HOSPITALS = 12;

function render(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** 万元 when the amounts are large, else 元; fen → the unit, for axes and labels (display only). */
function unitFor(maxAbsFen: number): { name: string; of: (fen: number) => number } {
  return maxAbsFen >= 10_000_000
    ? { name: '万元', of: (fen) => Math.round(fen / 10_000) / 100 }
    : { name: '元', of: (fen) => Math.round(fen) / 100 };
}

type Step = [index: number, from: number, to: number, color: string];

function waterfallSeries(steps: Step[], axis: number): echarts.CustomSeriesOption {
  return {
    type: 'custom',
    xAxisIndex: axis,
    yAxisIndex: axis,
    encode: { x: 0, y: [1, 2] },
    data: steps,
    renderItem: (_params, api) => {
      const index = Number(api.value(0));
      const from = Number(api.value(1));
      const to = Number(api.value(2));
      const [x, yFrom = 0] = api.coord([index, from]);
      const [, yTo = 0] = api.coord([index, to]);
      const width = (api.size?.([1, 0]) as number[] | undefined)?.[0] ?? 20;
      const barWidth = width * 0.55;
      const top = Math.min(yFrom, yTo);
      const delta = Math.round((to - from) * 100) / 100;
      return {
        type: 'group',
        children: [
          {
            type: 'rect',
            shape: {
              x: (x ?? 0) - barWidth / 2,
              y: top,
              width: barWidth,
              height: Math.max(1, Math.abs(yFrom - yTo)),
            },
            style: { fill: String(steps[_params.dataIndex]?.[3] ?? GREY) },
          },
          {
            type: 'text',
            style: {
              text: `${delta > 0 ? '+' : ''}${delta}`,
              x: x ?? 0,
              y: top - 3,
              align: 'center',
              verticalAlign: 'bottom',
              fill: '#333333',
              fontSize: 10,
              fontFamily: FONT,
            },
          },
        ],
      };
    },
  };
}

export function hospitalWaterfalls(input: SimulationReportInput): ChartImage | null {
  const hospitals = [...input.result.hospitals]
    .sort((a, b) => b.lostMarkupFen + b.abolishedFeeFen - (a.lostMarkupFen + a.abolishedFeeFen))
    .slice(0, WATERFALL_HOSPITALS);
  if (hospitals.length === 0) return null;
  const maxAbs = Math.max(
    ...hospitals.map((h) => Math.max(h.lostMarkupFen + h.abolishedFeeFen, h.requiredSubsidyFen)),
  );
  const unit = unitFor(maxAbs);
  const columns = 2;
  const cellWidth = 340;
  const cellHeight = 200;
  const top = 50;
  const rows = Math.ceil(hospitals.length / columns);
  const width = columns * cellWidth + 20;
  const height = top + rows * cellHeight + 10;
  const categories = ['减少的加成', '调价增收', '财政补助', '净影响'];
  const option: echarts.EChartsOption = {
    title: [
      {
        text: `各医院补偿瀑布图（单位：${unit.name}）`,
        left: 'center',
        top: 8,
        textStyle: { fontSize: 15, fontFamily: FONT },
      },
      ...hospitals.map((h, i) => ({
        text: hospitalName(input, h.hospitalId),
        left: 20 + (i % columns) * cellWidth + 50,
        top: top + Math.floor(i / columns) * cellHeight,
        textStyle: { fontSize: 12, fontWeight: 'bold' as const, fontFamily: FONT },
      })),
    ],
    grid: hospitals.map((_, i) => ({
      left: 20 + (i % columns) * cellWidth + 50,
      top: top + Math.floor(i / columns) * cellHeight + 40,
      width: cellWidth - 70,
      height: cellHeight - 80,
    })),
    xAxis: hospitals.map((_, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: categories,
      axisLabel: { fontSize: 10, interval: 0, fontFamily: FONT },
    })),
    yAxis: hospitals.map((_, i) => ({
      type: 'value' as const,
      gridIndex: i,
      axisLabel: { fontSize: 10, fontFamily: FONT },
      splitLine: { lineStyle: { color: '#e5e5e5' } },
    })),
    series: hospitals.map((h, i) => {
      const lost = unit.of(h.lostMarkupFen + h.abolishedFeeFen);
      const gain = unit.of(h.priceGainFen);
      const subsidy = unit.of(h.requiredSubsidyFen);
      const afterGain = -lost + gain;
      const net = afterGain + subsidy;
      const steps: Step[] = [
        [0, 0, -lost, RED],
        [1, -lost, afterGain, gain >= 0 ? GREEN : RED],
        [2, afterGain, net, BLUE],
        [3, 0, net, net >= 0 ? GREEN : GREY],
      ];
      return waterfallSeries(steps, i);
    }),
  };
  return { title: '各医院补偿瀑布图', svg: render(option, width, height), width, height };
}

/** A histogram bin's label in yuan: "<−20", "−20～−10", "≥300". */
function binLabel(bin: HistogramBin): string {
  const yuan = (fen: number) => String(fen / 100);
  if (bin.fromFen === null) return `<${yuan(bin.toFen ?? 0)}`;
  if (bin.toFen === null) return `≥${yuan(bin.fromFen)}`;
  return `${yuan(bin.fromFen)}～${yuan(bin.toFen)}`;
}

export function outOfPocketHistogram(input: SimulationReportInput): ChartImage | null {
  const d = input.result.outOfPocketChange.byPatient;
  const bins = d.histogram;
  if (bins.length === 0) return null;
  const width = 700;
  const height = 380;
  const option: echarts.EChartsOption = {
    title: {
      text: '患者个人负担变化分布（按患者全年合计，单位：元）',
      subtext: `${d.count} 名患者：负担增加 ${d.payingMore} 人，减少 ${d.payingLess} 人，不变 ${d.unchanged} 人（P1 至 P99 等宽分组，两端为开放组）`,
      left: 'center',
      textStyle: { fontSize: 15, fontFamily: FONT },
      subtextStyle: { fontSize: 11, fontFamily: FONT },
    },
    grid: { left: 60, right: 30, top: 80, bottom: 90 },
    xAxis: {
      type: 'category',
      data: bins.map(binLabel),
      axisLabel: { rotate: 35, fontSize: 9, interval: 0, fontFamily: FONT },
    },
    yAxis: { type: 'value', name: '患者人数', axisLabel: { fontFamily: FONT } },
    series: [
      {
        type: 'bar',
        barCategoryGap: '2%',
        data: bins.map((b) => ({
          value: b.count,
          itemStyle: {
            color:
              b.fromFen !== null && b.fromFen > 0
                ? RED
                : b.toFen !== null && b.toFen <= 0
                  ? GREEN
                  : GREY,
          },
        })),
      },
    ],
  };
  return { title: '患者个人负担变化分布', svg: render(option, width, height), width, height };
}

export function fundChange(input: SimulationReportInput): ChartImage {
  const { result } = input;
  const schemes = result.byScheme.filter((g) => g.key !== 'self-pay');
  const unit = unitFor(
    Math.max(0, ...schemes.map((g) => Math.max(g.before.fundFen, g.after.fundFen))),
  );
  const width = 700;
  const height = 360;
  const bar = (name: string, pick: (g: (typeof schemes)[number]) => number, color: string) => ({
    type: 'bar' as const,
    name,
    data: schemes.map((g) => unit.of(pick(g))),
    itemStyle: { color },
    label: { show: true, position: 'top' as const, fontSize: 10, fontFamily: FONT },
  });
  const option: echarts.EChartsOption = {
    title: {
      text: `医保基金支付变化（单位：${unit.name}）`,
      subtext: `基金支付合计由 ${yuanText(result.total.before.fundFen)} 元变为 ${yuanText(result.total.after.fundFen)} 元，变化 ${yuanText(result.fundChangeFen)} 元`,
      left: 'center',
      textStyle: { fontSize: 15, fontFamily: FONT },
      subtextStyle: { fontSize: 11, fontFamily: FONT },
    },
    legend: { bottom: 5, textStyle: { fontFamily: FONT } },
    grid: { left: 70, right: 30, top: 80, bottom: 60 },
    xAxis: {
      type: 'category',
      data: schemes.map((g) => nameIn(SCHEME_NAMES, g.key)),
      axisLabel: { fontFamily: FONT },
    },
    yAxis: { type: 'value', axisLabel: { fontFamily: FONT } },
    series: [
      bar('改革前', (g) => g.before.fundFen, GREY),
      bar('改革后', (g) => g.after.fundFen, BLUE),
    ],
  };
  return { title: '医保基金支付变化', svg: render(option, width, height), width, height };
}

/** Every chart the report shows, in order. */
export function simulationCharts(input: SimulationReportInput): ChartImage[] {
  return [hospitalWaterfalls(input), outOfPocketHistogram(input), fundChange(input)].filter(
    (chart): chart is ChartImage => chart !== null,
  );
}
