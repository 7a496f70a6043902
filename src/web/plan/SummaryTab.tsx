// 概要 tab: editable metadata, counts of what was extracted, and the two charts.
import { Col, Divider, Row, Statistic } from 'antd';
import { MetaForm } from './MetaForm';
import { PlanCharts } from './PlanCharts';
import type { ReviewTabProps } from './review';

export function SummaryTab({ detail, canEdit, busy, correct }: ReviewTabProps) {
  const { plan } = detail;
  const counts = [
    { title: '任务', value: plan.tasks.length },
    { title: '量化目标', value: plan.targets.length },
    { title: '单位', value: plan.units.length },
    { title: '工作组', value: plan.workGroups.length },
    { title: '时序安排', value: plan.schedule.length },
    { title: '提示', value: plan.warnings.length },
  ];
  return (
    <>
      {plan.noticeTitle && plan.noticeTitle !== plan.title && (
        <p style={{ color: '#8c8c8c', marginTop: 0 }}>印发通知：{plan.noticeTitle}</p>
      )}
      <MetaForm plan={plan} canEdit={canEdit} busy={busy} correct={correct} />
      <Divider style={{ margin: '8px 0 16px' }} />
      <Row gutter={[16, 16]}>
        {counts.map((count) => (
          <Col key={count.title} xs={8} md={4}>
            <Statistic title={count.title} value={count.value} />
          </Col>
        ))}
      </Row>
      <Divider style={{ margin: '16px 0' }} />
      <PlanCharts plan={plan} />
    </>
  );
}
