// The table of bill datasets: source, size of the data, hospitals, dates, status (with the reason of a failure).
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { formatBytes, formatCount } from '../common/money';
import { DATASET_STATUS, type BillDataset } from './api';

const count = (value: number | undefined) => (value === undefined ? '—' : formatCount(value));

export function DatasetTable({
  datasets,
  loading,
  onDelete,
  mayDelete,
}: {
  datasets: BillDataset[];
  loading: boolean;
  onDelete: (dataset: BillDataset) => void;
  /** Whether the account may delete this dataset: the button shows only then. */
  mayDelete: (dataset: BillDataset) => boolean;
}) {
  const columns: TableColumnsType<BillDataset> = [
    {
      title: '名称',
      dataIndex: 'name',
      width: 280,
      render: (name: string, dataset) => (
        <span>
          {name}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dataset.fileName}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: '来源',
      dataIndex: 'source',
      width: 72,
      render: (source: BillDataset['source']) =>
        source === 'demo' ? <Tag color="purple">演示</Tag> : <Tag>上传</Tag>,
    },
    {
      title: '行数',
      width: 110,
      align: 'right',
      sorter: (a, b) => (a.description?.lines ?? 0) - (b.description?.lines ?? 0),
      render: (_, dataset) => count(dataset.description?.lines),
    },
    {
      title: '就诊数',
      width: 100,
      align: 'right',
      render: (_, dataset) => count(dataset.description?.encounters),
    },
    {
      title: '医院数',
      width: 72,
      align: 'right',
      render: (_, dataset) => count(dataset.description?.hospitals.length),
    },
    {
      title: '日期范围',
      width: 200,
      render: (_, dataset) =>
        dataset.description?.firstDate
          ? `${dataset.description.firstDate} 至 ${dataset.description.lastDate ?? '—'}`
          : '—',
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 220,
      render: (status: BillDataset['status'], dataset) => (
        <Space orientation="vertical" size={0}>
          <Tag color={DATASET_STATUS[status].color}>{DATASET_STATUS[status].label}</Tag>
          {dataset.error && (
            <Typography.Paragraph
              type="danger"
              style={{ fontSize: 12, marginBottom: 0 }}
              ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
            >
              {dataset.error}
            </Typography.Paragraph>
          )}
        </Space>
      ),
    },
    {
      title: '大小',
      dataIndex: 'sizeBytes',
      width: 90,
      align: 'right',
      render: (size: number) => (size > 0 ? formatBytes(size) : '—'),
    },
    {
      title: '添加时间',
      dataIndex: 'createdAt',
      width: 140,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '操作',
      width: 130,
      render: (_, dataset) => (
        <Space size={0}>
          {dataset.status === 'ready' && (
            <Link to={`/simulate/runs?dataset=${dataset.id}`}>
              <Button type="link" size="small">
                去测算
              </Button>
            </Link>
          )}
          {mayDelete(dataset) && (
            <Popconfirm
              title="删除这个账单数据集？"
              description="文件一并删除；已完成的测算结果仍保留。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => onDelete(dataset)}
            >
              <Button type="link" danger size="small">
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<BillDataset>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={datasets}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '还没有账单数据：请上传账单文件，或生成演示账单' }}
      scroll={{ x: 1300 }}
      data-testid="dataset-table"
    />
  );
}
