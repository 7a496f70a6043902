// The review page's header: title, the plan's status, which revision is shown (with a switch to the others), the
// office's revision actions, 导出任务分工 (the plan as read), 打开台账 once published; a withdrawn plan says so
// with its reason.
import { App, Alert, Button, Select, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { errorText } from '../shared/api';
import { useMay } from '../shared/auth';
import { planApi } from './api';
import { formatTime, revisionStatusLabels, statusColors, statusLabels } from './labels';
import type { PlanDetail } from './model';
import { RevisionActions } from './RevisionActions';
import type { PlanAction } from './usePlanReview';
import { PlanScenarioButton } from './PlanScenarioButton';

interface Props {
  detail: PlanDetail;
  /** The user may write plans (the office). */
  canWrite: boolean;
  busy: boolean;
  act(action: PlanAction, doneText: string): Promise<PlanDetail | null>;
  onStale(): void;
}

export function ReviewToolbar({ detail, canWrite, busy, act, onStale }: Props) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const may = useMay();
  const title = detail.plan.title ?? detail.fileName;
  const { revision } = detail;

  const exportLedger = async () => {
    try {
      await planApi.downloadLedger(detail.id, detail.plan.title, revision.number);
    } catch (error) {
      message.error({ content: `导出失败：${errorText(error)}`, duration: 8 });
    }
  };

  return (
    <>
      <div
        style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 16, minHeight: 40 }}
      >
        <Link to="/plans" title="返回方案列表">
          <ArrowLeftOutlined />
        </Link>
        <Typography.Title
          level={4}
          style={{ margin: 0, flex: 1, minWidth: 0 }}
          ellipsis={{ tooltip: title }}
        >
          {title}
        </Typography.Title>
        <Tag color={statusColors[detail.status]} data-testid="plan-status">
          {statusLabels[detail.status]}
        </Tag>
        {detail.revisions.length > 1 ? (
          <Select
            aria-label="查看修订"
            data-testid="revision-select"
            size="small"
            style={{ width: 190 }}
            value={revision.number}
            onChange={(number: number) => navigate(`/plans/${detail.id}?revision=${number}`)}
            options={detail.revisions.map((r) => ({
              value: r.number,
              label: `修订 ${r.number}（${revisionStatusLabels[r.status]}）`,
            }))}
          />
        ) : (
          <Tag data-testid="revision-status">
            修订 {revision.number}（{revisionStatusLabels[revision.status]}）
          </Tag>
        )}
        {!(canWrite && detail.editable) && <Tag>只读</Tag>}
        <Space>
          {canWrite && <RevisionActions detail={detail} busy={busy} act={act} onStale={onStale} />}
          <Button icon={<DownloadOutlined />} onClick={() => void exportLedger()}>
            导出任务分工
          </Button>
          {detail.publishedAt !== null && may('ledger.read') && (
            <Button onClick={() => navigate(`/ledger/plan/${detail.id}`)}>打开台账</Button>
          )}
          <PlanScenarioButton planId={detail.id} />
        </Space>
      </div>
      {detail.status === 'withdrawn' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="withdrawn-note"
          title={`该方案已于 ${formatTime(detail.withdrawnAt)} 撤回，不再是现行方案；内容保留可查。`}
          description={`撤回理由：${detail.withdrawReason ?? '—'}`}
        />
      )}
      {revision.status === 'superseded' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`这是修订 ${revision.number}，已被修订 ${detail.currentRevision ?? '—'} 取代，只供查阅。`}
          action={
            <Button size="small" onClick={() => navigate(`/plans/${detail.id}`)}>
              查看当前修订
            </Button>
          }
        />
      )}
    </>
  );
}
