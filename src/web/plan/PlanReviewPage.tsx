// 方案审核: the document on the left, what was extracted on the right in tabs; clicking an item shows its lines.
import { useCallback, useState } from 'react';
import { Alert, Badge, Button, Spin, Tabs } from 'antd';
import type { TabsProps } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { useMay } from '../shared/auth';
import { ErrorAlert } from '../shared/ErrorAlert';
import { CorrectionsTab } from './CorrectionsTab';
import { DocumentView } from './DocumentView';
import type { ReviewTabProps } from './review';
import { RevisionDiffTab } from './RevisionDiffTab';
import { ReviewToolbar } from './ReviewToolbar';
import { ScheduleTab } from './ScheduleTab';
import { SummaryTab } from './SummaryTab';
import { TargetsTab } from './TargetsTab';
import { needsReview, TasksTab } from './TasksTab';
import { UnitsTab } from './UnitsTab';
import { usePlanReview } from './usePlanReview';
import { WarningsTab } from './WarningsTab';
import { WorkGroupsTab } from './WorkGroupsTab';

const label = (text: string, count: number) => `${text} (${count})`;

export function PlanReviewPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const revisionParam = search.get('revision');
  const revision = revisionParam && /^\d+$/.test(revisionParam) ? Number(revisionParam) : undefined;
  const may = useMay();
  const review = usePlanReview(id, revision);
  const [tab, setTab] = useState('summary');
  // ?line=N (from a ledger item, "方案原文第 N 行"): open with that line shown and marked
  const lineParam = Number(search.get('line'));
  const startLine = Number.isSafeInteger(lineParam) && lineParam > 0 ? lineParam : null;
  const [highlighted, setHighlighted] = useState<number[]>(startLine ? [startLine] : []);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [scrollRequest, setScrollRequest] = useState(startLine ? 1 : 0);

  const locate = useCallback((lines: number[], itemId: string) => {
    setHighlighted(lines);
    setActiveId(itemId);
    setScrollRequest((value) => value + 1);
  }, []);

  const { detail } = review;
  if (!detail) {
    if (review.loadError !== null)
      return <ErrorAlert error={review.loadError} onRetry={review.reload} />;
    return (
      <Spin size="large" description="正在读取方案…" style={{ display: 'block', marginTop: 80 }} />
    );
  }

  const { plan } = detail;
  const canWrite = may('plan-draft.write');
  const reviewCount = plan.tasks.filter(needsReview).length;
  const props: ReviewTabProps = {
    detail,
    canEdit: canWrite && detail.editable,
    busy: review.busy,
    correct: review.correct,
    locate,
    activeId,
  };
  const items: TabsProps['items'] = [
    { key: 'summary', label: '概要', children: <SummaryTab {...props} /> },
    {
      key: 'tasks',
      label:
        reviewCount > 0
          ? `任务 (${plan.tasks.length}，待核实 ${reviewCount})`
          : label('任务', plan.tasks.length),
      children: <TasksTab {...props} />,
    },
    {
      key: 'targets',
      label: label('量化目标', plan.targets.length),
      children: <TargetsTab {...props} />,
    },
  ];
  if (plan.workGroups.length > 0) {
    items.push({
      key: 'groups',
      label: label('工作组', plan.workGroups.length),
      children: <WorkGroupsTab {...props} />,
    });
  }
  if (plan.schedule.length > 0) {
    items.push({
      key: 'schedule',
      label: label('时序安排', plan.schedule.length),
      children: <ScheduleTab {...props} />,
    });
  }
  items.push(
    { key: 'units', label: label('单位', plan.units.length), children: <UnitsTab {...props} /> },
    {
      key: 'warnings',
      label: label('提示', plan.warnings.length),
      children: <WarningsTab {...props} />,
    },
    {
      key: 'corrections',
      label: (
        <Badge dot={detail.staleCorrections.length > 0} offset={[6, 0]}>
          {label('修订记录', detail.corrections.length)}
        </Badge>
      ),
      children: <CorrectionsTab {...props} act={review.act} />,
    },
  );
  if (detail.revisions.length > 1) {
    items.push({
      key: 'diff',
      label: '修订对比',
      children: <RevisionDiffTab detail={detail} />,
    });
  }

  return (
    <>
      <ReviewToolbar
        detail={detail}
        canWrite={canWrite}
        busy={review.busy}
        act={review.act}
        onStale={() => setTab('corrections')}
      />
      {review.conflict !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12, whiteSpace: 'pre-wrap' }}
          data-testid="plan-conflict"
          title="未保存"
          description={review.conflict}
          action={
            <Button size="small" type="primary" onClick={review.reload}>
              刷新
            </Button>
          }
        />
      )}
      <div className="review-body">
        <div className="review-doc">
          <DocumentView
            planId={detail.id}
            revision={detail.revision.number}
            lineCount={detail.plan.lineCount ?? null}
            highlighted={highlighted}
            scrollRequest={scrollRequest}
            furniture={detail.plan.furniture}
            decoding={detail.plan.decoding}
            onFind={(line) => locate([line], `find:${line}`)}
          />
        </div>
        <div className="review-extract">
          <Tabs activeKey={tab} onChange={setTab} items={items} />
        </div>
      </div>
    </>
  );
}
