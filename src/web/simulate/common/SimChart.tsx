// The simulator's charts: the shared ECharts wrapper, 300 px high unless the style says otherwise.
import type { CSSProperties } from 'react';
import { EChart, type ChartOption } from '../../shared/EChart';

export type SimChartOption = ChartOption;

export function SimChart({
  option,
  style,
  testId,
}: {
  option: SimChartOption;
  style?: CSSProperties;
  testId?: string;
}) {
  return <EChart option={option} style={{ height: 300, ...style }} testId={testId} />;
}
