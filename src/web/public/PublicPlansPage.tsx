// 公开方案: the published plans as public documents — the list, and one plan's title, issuer, date, tasks and
// targets, read-only.
import { Card, Descriptions, Empty, Table, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLoad } from '../shared/useLoad';
import { publicApi, type PublicPlanSummary, type PublicTarget, type PublicTask } from './api';

const OP_WORDS: Record<string, string> = {
  '<': '低于',
  '<=': '不高于',
  '>': '高于',
  '>=': '不低于',
  '=': '等于',
  '~': '约',
};
const dash = (value: string | null) => value ?? '—';

export function PublicPlansPage() {
  const list = useLoad('public-plans', () => publicApi.plans());
  return (
    <Card title="已发布的改革方案" size="small">
      {list.error !== null && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<PublicPlanSummary>
        rowKey="id"
        size="middle"
        data-testid="public-plans"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="还没有发布的方案" /> }}
        columns={[
          {
            title: '方案',
            dataIndex: 'title',
            render: (title: string | null, plan) => (
              <Link to={`/public/plans/${plan.id}`}>{title ?? `方案 #${plan.id}`}</Link>
            ),
          },
          { title: '发文单位', dataIndex: 'issuer', render: dash },
          { title: '文号', dataIndex: 'docNumber', render: dash },
          { title: '印发日期', dataIndex: 'issuedOn', width: 110, render: dash },
          { title: '任务', dataIndex: 'taskCount', width: 64, align: 'right' },
          { title: '目标', dataIndex: 'targetCount', width: 64, align: 'right' },
        ]}
      />
    </Card>
  );
}

export function PublicPlanPage() {
  const id = Number(useParams().id);
  const plan = useLoad(`public-plan:${id}`, () => publicApi.plan(id));
  if (plan.error !== null) return <ErrorAlert error={plan.error} onRetry={plan.reload} />;
  const detail = plan.data;
  return (
    <Card
      size="small"
      loading={plan.loading}
      title={detail?.title ?? '方案'}
      extra={<Link to="/public">返回公开方案</Link>}
    >
      {detail && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="发文单位">{dash(detail.issuer)}</Descriptions.Item>
            <Descriptions.Item label="文号">{dash(detail.docNumber)}</Descriptions.Item>
            <Descriptions.Item label="印发日期">{dash(detail.issuedOn)}</Descriptions.Item>
          </Descriptions>
          <Tabs
            items={[
              {
                key: 'tasks',
                label: `任务（${detail.tasks.length}）`,
                children: (
                  <Table<PublicTask>
                    rowKey="key"
                    size="small"
                    data-testid="public-tasks"
                    dataSource={detail.tasks}
                    pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
                    expandable={{
                      expandedRowRender: (task) => (
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                          {task.text}
                        </Typography.Paragraph>
                      ),
                    }}
                    columns={[
                      { title: '序号', dataIndex: 'ref', width: 72 },
                      { title: '任务', dataIndex: 'title' },
                      {
                        title: '牵头单位',
                        dataIndex: 'lead',
                        render: (units: string[]) => units.join('、') || '—',
                      },
                      {
                        title: '配合单位',
                        dataIndex: 'co',
                        render: (units: string[]) => units.join('、') || '—',
                      },
                      { title: '完成时限', dataIndex: 'dueText', width: 120, render: dash },
                    ]}
                  />
                ),
              },
              {
                key: 'targets',
                label: `目标（${detail.targets.length}）`,
                children: (
                  <Table<PublicTarget>
                    rowKey="key"
                    size="small"
                    dataSource={detail.targets}
                    pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
                    columns={[
                      { title: '指标', dataIndex: 'subject' },
                      {
                        title: '目标值',
                        render: (_, target) =>
                          `${OP_WORDS[target.op] ?? target.op} ${target.value}${target.unit}`,
                      },
                      {
                        title: '适用范围',
                        dataIndex: 'scope',
                        render: (scope: string | null) => scope ?? '全部',
                      },
                      { title: '期限', dataIndex: 'due', width: 110, render: dash },
                      { title: '原文', dataIndex: 'text' },
                    ]}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
