// 测算记录: past runs with their headline figures (fund, out-of-pocket, subsidy, conditions held).
import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { WORK_STATUS_NAMES } from '../../../core/shared/work-status';
import { formatCount, formatWan } from '../common/money';
import type { RunSummary } from './api';

const STATUS_COLORS = {
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'default',
} as const;

const signedWan = (fen: number) => (
  <Typography.Text type={fen > 0 ? 'danger' : fen < 0 ? 'success' : undefined}>
    {formatWan(fen, true)}
  </Typography.Text>
);

export function RunList({ runs, loading }: { runs: RunSummary[]; loading: boolean }) {
  const columns: TableColumnsType<RunSummary> = [
    {
      title: '测算',
      dataIndex: 'id',
      width: 70,
      render: (id: number) => <Link to={`/simulate/runs/${id}`}>#{id}</Link>,
    },
    {
      title: '测算方案',
      width: 300,
      render: (_, run) => (
        <Link to={`/simulate/runs/${run.id}`}>
          {run.scenarioName}（第 {run.scenarioVersion} 版）
        </Link>
      ),
    },
    { title: '账单数据', dataIndex: 'datasetName', width: 200 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      render: (status: RunSummary['status']) => (
        <Tag color={STATUS_COLORS[status]}>{WORK_STATUS_NAMES[status]}</Tag>
      ),
    },
    {
      title: '就诊人次',
      width: 100,
      align: 'right',
      render: (_, run) => (run.headline ? formatCount(run.headline.encounters) : '—'),
    },
    {
      title: '基金支出变化',
      width: 130,
      align: 'right',
      render: (_, run) => (run.headline ? signedWan(run.headline.fundChangeFen) : '—'),
    },
    {
      title: '群众自付变化',
      width: 130,
      align: 'right',
      render: (_, run) => (run.headline ? signedWan(run.headline.oopChangeFen) : '—'),
    },
    {
      title: '财政补助',
      width: 120,
      align: 'right',
      render: (_, run) => (run.headline ? formatWan(run.headline.subsidyFen) : '—'),
    },
    {
      title: '三个条件',
      width: 100,
      render: (_, run) =>
        run.headline ? (
          <Tag color={run.headline.conditionsHeld === 3 ? 'green' : 'red'}>
            {run.headline.conditionsHeld}/3 满足
          </Tag>
        ) : (
          '—'
        ),
    },
    {
      title: '时间',
      dataIndex: 'createdAt',
      width: 140,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '测算人',
      dataIndex: 'displayName',
      width: 100,
      render: (v: string | null) => v ?? '—',
    },
  ];
  return (
    <Table<RunSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={runs}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1500 }}
      locale={{ emptyText: '还没有测算记录：在上方选择测算方案和账单数据后开始测算' }}
      data-testid="run-list"
    />
  );
}
