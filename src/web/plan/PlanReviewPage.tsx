// 方案审核: the document on the left, what was extracted on the right in tabs; clicking an item shows its lines.
import { useCallback, useState } from 'react';
import { Badge, Spin, Tabs } from 'antd';
import type { TabsProps } from 'antd';
import { useParams } from 'react-router-dom';
import { useUser } from '../shared/auth';
import { ErrorAlert } from '../shared/ErrorAlert';
import { CorrectionsTab } from './CorrectionsTab';
import { DocumentView } from './DocumentView';
import type { ReviewTabProps } from './review';
import { ReviewToolbar } from './ReviewToolbar';
import { ScheduleTab } from './ScheduleTab';
import { SummaryTab } from './SummaryTab';
import { TargetsTab } from './TargetsTab';
import { TasksTab } from './TasksTab';
import { UnitsTab } from './UnitsTab';
import { usePlanReview } from './usePlanReview';
import { WarningsTab } from './WarningsTab';
import { WorkGroupsTab } from './WorkGroupsTab';

const label = (text: string, count: number) => `${text} (${count})`;

export function PlanReviewPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const review = usePlanReview(id);
  const [tab, setTab] = useState('summary');
  const [highlighted, setHighlighted] = useState<number[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [scrollRequest, setScrollRequest] = useState(0);

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
  const props: ReviewTabProps = {
    detail,
    canEdit: user.role === 'office',
    busy: review.busy,
    correct: review.correct,
    locate,
    activeId,
  };
  const items: TabsProps['items'] = [
    { key: 'summary', label: '概要', children: <SummaryTab {...props} /> },
    { key: 'tasks', label: label('任务', plan.tasks.length), children: <TasksTab {...props} /> },
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

  return (
    <>
      <ReviewToolbar
        detail={detail}
        canEdit={props.canEdit}
        busy={review.busy}
        act={review.act}
        onStale={() => setTab('corrections')}
      />
      <div className="review-body">
        <div className="review-doc">
          <DocumentView
            lines={detail.lines}
            highlighted={highlighted}
            scrollRequest={scrollRequest}
            furniture={detail.plan.furniture}
            decoding={detail.plan.decoding}
          />
        </div>
        <div className="review-extract">
          <Tabs activeKey={tab} onChange={setTab} items={items} />
        </div>
      </div>
    </>
  );
}
