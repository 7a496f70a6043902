// A pie of grouping results by status (分组成功, 歧义病案, 无法入组, 信息校验不通过), drawn with ECharts.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { DrgSummary } from './api';
import { STATUS_CHART_COLORS } from './labels';

echarts.use([PieChart, TitleComponent, TooltipComponent, CanvasRenderer]);

export function StatusPie({ summary }: { summary: DrgSummary }) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption({
      title: {
        text: `按状态（共 ${summary.total} 例）`,
        left: 'center',
        textStyle: { fontSize: 14 },
      },
      tooltip: { trigger: 'item', formatter: '{b}：{c} 例（{d}%）' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b}\n{c} 例' },
          data: summary.byStatus
            .filter((item) => item.count > 0)
            .map((item) => ({
              name: item.status,
              value: item.count,
              itemStyle: { color: STATUS_CHART_COLORS[item.status] },
            })),
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [summary]);

  return <div ref={element} data-testid="status-pie" style={{ width: '100%', height: 300 }} />;
}
