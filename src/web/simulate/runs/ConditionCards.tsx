// The plans' three conditions — 公立医院良性运行、医保基金可承受、群众整体负担不增加 — each 满足 / 不满足 with
// the figures behind it.
import { Card, Col, Row, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { BulkSimulationResult } from './api';
import { formatBp, formatChange, formatCount, formatShare, formatWan } from '../common/money';

function ConditionCard({
  title,
  holds,
  testId,
  children,
}: {
  title: string;
  holds: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      data-testid={testId}
      style={{ height: '100%', borderTop: `3px solid ${holds ? '#52c41a' : '#ff4d4f'}` }}
      title={title}
      extra={
        holds ? (
          <Tag color="success" icon={<CheckCircleFilled />}>
            满足
          </Tag>
        ) : (
          <Tag color="error" icon={<CloseCircleFilled />}>
            不满足
          </Tag>
        )
      }
    >
      <div style={{ lineHeight: 1.9 }}>{children}</div>
    </Card>
  );
}

export function ConditionCards({
  result,
  hospitalName,
}: {
  result: BulkSimulationResult;
  hospitalName: (id: string) => string;
}) {
  const { hospitalsRunSoundly: h, fundCanBear: f, burdenDoesNotRise: b } = result.conditions;
  return (
    <Row gutter={[12, 12]} data-testid="conditions">
      <Col xs={24} lg={8}>
        <ConditionCard title="公立医院良性运行" holds={h.holds} testId="condition-hospitals">
          <div>
            {formatCount(h.hospitals)} 家医院中 {formatCount(h.reachingTarget)} 家补偿达到目标，其中{' '}
            {formatCount(h.reachingByPricesAlone)} 家仅靠调价即可达到。
          </div>
          {h.shortfalls.length > 0 && (
            <div>
              未达到：
              {h.shortfalls.map((s) => (
                <div key={s.hospitalId}>
                  <Typography.Text type="danger">
                    {hospitalName(s.hospitalId)} 缺口 {formatWan(s.shortfallFen)}
                  </Typography.Text>
                </div>
              ))}
            </div>
          )}
        </ConditionCard>
      </Col>
      <Col xs={24} lg={8}>
        <ConditionCard title="医保基金可承受" holds={f.holds} testId="condition-fund">
          <div>
            基金支出 {formatWan(f.beforeFen)} → {formatWan(f.afterFen)}，变化{' '}
            {formatWan(f.changeFen, true)}（{formatShare(f.changeFen, f.beforeFen)}）。
          </div>
          <div>
            可承受的增幅 {formatBp(f.maxIncrease)}，即至多增加 {formatWan(f.limitFen)}。
          </div>
        </ConditionCard>
      </Col>
      <Col xs={24} lg={8}>
        <ConditionCard title="群众整体负担不增加" holds={b.holds} testId="condition-burden">
          <div>
            群众自付 {formatWan(b.beforeFen)} → {formatWan(b.afterFen)}，变化{' '}
            {formatWan(b.changeFen, true)}。
          </div>
          <div>
            {formatCount(b.patients)} 名患者中 {formatCount(b.patientsPayingMore)} 名（
            {formatShare(b.patientsPayingMore, b.patients)}）自付增加；人均变化{' '}
            {b.patients > 0 ? formatChange(Math.round(b.changeFen / b.patients)) : '—'}。
          </div>
        </ConditionCard>
      </Col>
    </Row>
  );
}
