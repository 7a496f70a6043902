// 台账: every ledger with its progress at a glance — items by state, overdue and due-soon counts.
import { Card, Empty, Progress, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLoad } from '../shared/useLoad';
import { ledgerApi, type LedgerSummary } from './api';
import { describeCadence } from './labels';

export function LedgerListPage() {
  const { data, error, loading, reload } = useLoad('ledgers', () => ledgerApi.list());
  const columns: TableColumnsType<LedgerSummary> = [
    {
      title: '台账',
      dataIndex: 'title',
      render: (title: string, ledger) => (
        <Space direction="vertical" size={0}>
          <Link to={`/ledger/${ledger.id}`}>{title}</Link>
          <Typography.Text type="secondary">{describeCadence(ledger.cadence)}</Typography.Text>
        </Space>
      ),
    },
    { title: '事项', width: 80, render: (_, ledger) => ledger.counts.total },
    {
      title: '完成情况',
      width: 220,
      render: (_, { counts }) => (
        <Progress
          percent={
            counts.total === 0 ? 0 : Math.round((counts.byState.closed / counts.total) * 100)
          }
          format={() => `已销号 ${counts.byState.closed}/${counts.total}`}
          size="small"
        />
      ),
    },
    {
      title: '推进中 / 申请销号',
      width: 140,
      render: (_, { counts }) =>
        `${counts.byState['in-progress']} / ${counts.byState['closure-requested']}`,
    },
    {
      title: '逾期',
      width: 80,
      render: (_, { counts }) =>
        counts.overdue > 0 ? <Tag color="red">{counts.overdue}</Tag> : '0',
    },
    {
      title: '临期',
      width: 80,
      render: (_, { counts }) =>
        counts.dueSoon > 0 ? <Tag color="orange">{counts.dueSoon}</Tag> : '0',
    },
  ];
  return (
    <Card title="任务台账">
      {error !== null && <ErrorAlert error={error} onRetry={reload} />}
      <Table
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="还没有台账：方案发布后自动生成台账。" /> }}
      />
    </Card>
  );
}
