// 方案列表: every plan the user may see, with import for the reform office and delete for drafts.
import { useEffect, useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { errorText } from '../shared/api';
import { useMay } from '../shared/auth';
import { ErrorAlert } from '../shared/ErrorAlert';
import { planApi } from './api';
import { formatDate, formatTime, statusColors, statusLabels } from './labels';
import type { PlanSummary } from './model';
import { PlanUpload } from './PlanUpload';

interface Loaded {
  round: number;
  plans: PlanSummary[] | null;
  error: unknown;
}

export function PlanListPage() {
  const may = useMay();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ round: -1, plans: null, error: null });
  // Import and delete: those who may write drafts (the reform office).
  const isOffice = may('plan-draft.write');
  const loading = loaded.round !== round;
  const reload = () => setRound((value) => value + 1);

  useEffect(() => {
    let cancelled = false;
    planApi.list().then(
      (plans) => {
        if (!cancelled) setLoaded({ round, plans, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded((previous) => ({ round, plans: previous.plans, error }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [round]);

  const remove = async (plan: PlanSummary) => {
    try {
      await planApi.remove(plan.id, plan.version);
      message.success(`已删除「${plan.title ?? plan.fileName}」`);
      reload();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };

  const columns: TableColumnsType<PlanSummary> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (_, plan) => (
        <Link to={`/plans/${plan.id}`}>{plan.title ?? `（未识别标题）${plan.fileName}`}</Link>
      ),
    },
    { title: '发文单位', dataIndex: 'issuer', render: (value: string | null) => value ?? '—' },
    { title: '文号', dataIndex: 'docNumber', render: (value: string | null) => value ?? '—' },
    { title: '成文日期', dataIndex: 'issuedOn', width: 110, render: formatDate },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      filters: (['draft', 'review', 'published', 'withdrawn'] as const).map((status) => ({
        text: statusLabels[status],
        value: status,
      })),
      onFilter: (value, plan) => plan.status === value,
      render: (_, plan) => (
        <Tag
          color={statusColors[plan.status]}
          title={plan.withdrawReason ? `撤回理由：${plan.withdrawReason}` : undefined}
        >
          {statusLabels[plan.status]}
        </Tag>
      ),
    },
    {
      title: '修订',
      width: 130,
      render: (_, plan) =>
        [
          plan.currentRevision !== null ? `现行 ${plan.currentRevision}` : null,
          plan.openRevision !== null && plan.currentRevision !== null
            ? `修订 ${plan.openRevision.number} ${plan.openRevision.status === 'review' ? '送审中' : '草稿'}`
            : null,
        ]
          .filter(Boolean)
          .join('，') || '—',
    },
    { title: '任务数', dataIndex: 'taskCount', width: 72, align: 'right' },
    { title: '目标数', dataIndex: 'targetCount', width: 72, align: 'right' },
    {
      title: '提示数',
      dataIndex: 'warningCount',
      width: 72,
      align: 'right',
      render: (count: number) =>
        count > 0 ? <Typography.Text type="warning">{count}</Typography.Text> : count,
    },
    {
      title: '导入时间',
      dataIndex: 'createdAt',
      width: 150,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: formatTime,
    },
  ];
  if (isOffice) {
    columns.push({
      title: '操作',
      width: 80,
      render: (_, plan) =>
        // Only a plan never published may be deleted; a published one is withdrawn (撤回) on its page.
        (plan.status === 'draft' || plan.status === 'review') && plan.currentRevision === null ? (
          <Popconfirm
            title="删除这份草稿？"
            description="删除后方案及其修订记录都不再保留。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => remove(plan)}
          >
            <Button type="link" danger size="small">
              删除
            </Button>
          </Popconfirm>
        ) : null,
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {isOffice && (
        <Card title="导入方案" size="small">
          <PlanUpload
            onImported={(detail) => {
              message.success(`已导入「${detail.plan.title ?? detail.fileName}」，请审核解析结果`);
              navigate(`/plans/${detail.id}`);
            }}
          />
        </Card>
      )}
      <Card title="方案列表" size="small">
        {loaded.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={loaded.error} onRetry={reload} />
          </div>
        )}
        <Table<PlanSummary>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={loaded.plans ?? []}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: isOffice ? '还没有方案，请在上方导入方案文件' : '暂无已发布的方案' }}
        />
      </Card>
    </Space>
  );
}
