// Drill-down of a DRG payment run: one hospital's gain or loss by DRG, sorted by loss, gain, cases or code,
// searchable by DRG code or name, paged from the server.
import { useState } from 'react';
import { Input, Select, Space, Table, Typography } from 'antd';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { KIND_COLUMNS } from './payment-labels';
import { useLoad } from '../../shared/useLoad';
import { paymentApi, yuanText, type GroupComparison } from './weights-api';

const PAGE_SIZE = 15;

export function PaymentGroupsTable({ runId, hospitalId }: { runId: number; hospitalId: string }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState('loss');
  const [page, setPage] = useState(1);
  const fetched = useLoad(`${runId}:${hospitalId}:${query}:${sort}:${page}`, () =>
    paymentApi.groups(runId, {
      hospital: hospitalId,
      q: query,
      sort,
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    }),
  );
  return (
    <div data-testid={`groups-${hospitalId}`}>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>病组盈亏</Typography.Text>
        <Select
          value={sort}
          style={{ width: 150 }}
          onChange={(value) => {
            setSort(value);
            setPage(1);
          }}
          options={[
            { value: 'loss', label: '亏损最多在前' },
            { value: 'gain', label: '结余最多在前' },
            { value: 'cases', label: '病例最多在前' },
            { value: 'drg', label: '按 DRG 编码' },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="DRG 编码或名称"
          style={{ width: 220 }}
          onSearch={(value) => {
            setQuery(value.trim());
            setPage(1);
          }}
        />
      </Space>
      {fetched.error !== null && <ErrorAlert error={fetched.error} onRetry={fetched.reload} />}
      <Table<GroupComparison>
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
          {
            title: 'DRG',
            dataIndex: 'drg',
            width: 70,
            render: (drg: string) => drg || '（未入组）',
          },
          { title: '名称', dataIndex: 'drgName', ellipsis: true },
          { title: '病例', dataIndex: 'cases', width: 60, align: 'right' },
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
          {
            title: '盈亏',
            dataIndex: 'gainFen',
            align: 'right',
            render: (fen: number) => (
              <Typography.Text type={fen < 0 ? 'danger' : 'success'}>
                {yuanText(fen)}
              </Typography.Text>
            ),
          },
          ...KIND_COLUMNS,
        ]}
      />
    </div>
  );
}
