// One weight table: its settings, its DRGs paged and searchable by code or name, and for a table derived from
// bills the method it was derived with.
import { useState } from 'react';
import { Descriptions, Input, Table, Tag } from 'antd';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { MethodSteps } from './MethodSteps';
import { useLoad } from '../../shared/useLoad';
import { weightsApi, yuanText, type DrgWeight, type WeightTableSummary } from './weights-api';

const LEVELS = ['1', '2', '3'] as const;
const LEVEL_LABEL = { 1: '一级', 2: '二级', 3: '三级' } as const;
const PAGE_SIZE = 20;

export function WeightTableView({ table }: { table: WeightTableSummary }) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const key = `${table.id}:${query}:${page}`;
  const fetched = useLoad(key, () =>
    weightsApi.page(table.id, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, q: query }),
  );
  const coefficients = LEVELS.map((level) => {
    const value = table.levelCoefficients[Number(level) as 1 | 2 | 3];
    return `${LEVEL_LABEL[level]} ${value ?? '按病组'}`;
  }).join('，');

  return (
    <div data-testid="weight-table-view">
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="统筹区">{table.pool}</Descriptions.Item>
        <Descriptions.Item label="年度 / 版本">
          {table.year} 年 第 {table.version} 版
        </Descriptions.Item>
        <Descriptions.Item label="基础费率">{yuanText(table.baseRateFen)}</Descriptions.Item>
        <Descriptions.Item label="级别系数">{coefficients}</Descriptions.Item>
        <Descriptions.Item label="病组数">{table.groupCount}</Descriptions.Item>
        <Descriptions.Item label="来源">{table.sourceLabel}</Descriptions.Item>
      </Descriptions>
      <Input.Search
        allowClear
        placeholder="按 DRG 编码或名称搜索"
        style={{ width: 280, marginBottom: 8 }}
        onSearch={(value) => {
          setQuery(value.trim());
          setPage(1);
        }}
        data-testid="weight-search"
      />
      {fetched.error !== null && <ErrorAlert error={fetched.error} onRetry={fetched.reload} />}
      <Table<DrgWeight>
        size="small"
        rowKey="drg"
        loading={fetched.loading}
        dataSource={fetched.data?.groups ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: fetched.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 个病组`,
          onChange: setPage,
        }}
        columns={[
          { title: 'DRG', dataIndex: 'drg', width: 70 },
          { title: '名称', dataIndex: 'name', render: (name?: string) => name ?? '' },
          {
            title: '权重 RW',
            dataIndex: 'rw',
            align: 'right',
            render: (rw: string | null) => rw ?? '—',
          },
          {
            title: '单议',
            dataIndex: 'caseByCase',
            width: 70,
            render: (flag: boolean) => (flag ? <Tag color="orange">单议</Tag> : ''),
          },
          {
            title: '次均费用',
            dataIndex: 'meanCostFen',
            align: 'right',
            render: (fen?: number) => (fen === undefined ? '' : yuanText(fen)),
          },
          ...LEVELS.map((level) => ({
            title: `${LEVEL_LABEL[level]}系数`,
            key: `c${level}`,
            align: 'right' as const,
            render: (_: unknown, group: DrgWeight) => {
              const value = group.levelCoefficients?.[Number(level) as 1 | 2 | 3];
              return value === undefined ? '' : (value ?? '不支付');
            },
          })),
        ]}
      />
      {table.hasMethod && <MethodSteps tableId={table.id} />}
    </div>
  );
}
