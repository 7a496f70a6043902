// The method of a weight table derived from bills: the steps in Chinese, each year's counts, and per DRG
// how many cases were trimmed low and high in each year, with the weighted mean and the RW.
import { Empty, Spin, Table, Typography } from 'antd';
import { drgSchemeName } from '../../../core/drg/scheme-names';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { weightsApi, yuanText, type WeightMethod } from './weights-api';

type MethodGroup = WeightMethod['groups'][number];

export function MethodSteps({ tableId }: { tableId: number }) {
  const fetched = useLoad(`method:${tableId}`, () => weightsApi.method(tableId));
  if (fetched.error !== null) return <ErrorAlert error={fetched.error} onRetry={fetched.reload} />;
  if (fetched.loading) return <Spin />;
  const method = fetched.data;
  if (method === null || method === undefined)
    return <Empty description="这张表是导入的，没有测算过程" />;
  const years = method.params.years.map((entry) => entry.year);
  return (
    <div data-testid="method-steps">
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        测算方法（账单数据集“{method.datasetName}”，分组方案“{drgSchemeName(method.scheme)}”）
      </Typography.Title>
      {/* the steps carry their own numbers; the per-year lines are indented under step 2 */}
      <div style={{ whiteSpace: 'pre-wrap', marginBottom: 12 }}>
        {method.steps.map((step) => (
          <div key={step}>{step}</div>
        ))}
      </div>
      <Table<MethodGroup>
        size="small"
        rowKey="drg"
        dataSource={method.groups}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        columns={[
          { title: 'DRG', dataIndex: 'drg', width: 70 },
          ...years.map((year, index) => ({
            title: `${year} 年 病例 / 剔除（低/高）`,
            key: String(year),
            render: (_: unknown, group: MethodGroup) => {
              const step = group.years[index];
              if (step === undefined || step.cases === 0) return '—';
              return `${step.cases} / ${step.trimmedLow} / ${step.trimmedHigh}`;
            },
          })),
          {
            title: '加权例均费用',
            dataIndex: 'weightedMeanFen',
            align: 'right' as const,
            render: (fen: number) => yuanText(fen),
          },
          { title: '权重 RW', dataIndex: 'rw', align: 'right' as const },
        ]}
      />
    </div>
  );
}
