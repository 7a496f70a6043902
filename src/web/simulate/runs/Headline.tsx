// The headline figures of a run: what was simulated, and the change in cost, fund, out-of-pocket and subsidy.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { BulkSimulationResult } from './api';
import { formatCount, formatShare, formatWan } from '../common/money';

function Change({
  title,
  before,
  after,
  testId,
}: {
  title: string;
  before: number;
  after: number;
  testId: string;
}) {
  const change = after - before;
  return (
    <Card size="small" data-testid={testId}>
      <Statistic
        title={title}
        value={formatWan(change, true)}
        styles={{
          content: {
            color: change > 0 ? '#cf1322' : change < 0 ? '#389e0d' : undefined,
            fontSize: 22,
          },
        }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        改革前 {formatWan(before)} → 改革后 {formatWan(after)}（{change >= 0 ? '+' : ''}
        {formatShare(change, before)}）
      </Typography.Text>
    </Card>
  );
}

export function Headline({ result }: { result: BulkSimulationResult }) {
  const { before, after } = result.total;
  return (
    <Row gutter={[12, 12]} data-testid="headline">
      <Col xs={24} sm={12} xl={4}>
        <Card size="small">
          <Statistic
            title="测算就诊人次"
            value={formatCount(result.encounters)}
            styles={{ content: { fontSize: 22 } }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            明细 {formatCount(result.lines)} 行
            {result.rejected.lines > 0 && `，拒收 ${formatCount(result.rejected.lines)} 行`}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={5}>
        <Change
          title="医疗费用总额变化"
          before={before.costFen}
          after={after.costFen}
          testId="headline-cost"
        />
      </Col>
      <Col xs={24} sm={12} xl={5}>
        <Change
          title="医保基金支出变化"
          before={before.fundFen}
          after={after.fundFen}
          testId="headline-fund"
        />
      </Col>
      <Col xs={24} sm={12} xl={5}>
        <Change
          title="群众自付变化"
          before={before.outOfPocketFen}
          after={after.outOfPocketFen}
          testId="headline-oop"
        />
      </Col>
      <Col xs={24} sm={12} xl={5}>
        <Card size="small" data-testid="headline-subsidy">
          <Statistic
            title="所需财政补助"
            value={formatWan(result.subsidy.totalFen)}
            styles={{ content: { fontSize: 22 } }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            市级 {formatWan(result.subsidy.payers.city)}，区级{' '}
            {formatWan(result.subsidy.payers.district)}，原渠道{' '}
            {formatWan(result.subsidy.payers.originalChannel)}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
