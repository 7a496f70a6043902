// 医保基金: the fund's payments before and after, the change against what it can bear, and the change by scheme.
import { Col, Descriptions, Row, Table, Typography } from 'antd';
import type { BulkSimulationResult } from './api';
import { schemeName } from '../common/labels';
import { formatBp, formatChange, formatShare, formatWan } from '../common/money';

export function FundPanel({ result }: { result: BulkSimulationResult }) {
  const fund = result.conditions.fundCanBear;
  const rows = result.byScheme
    .filter((group) => group.key !== 'self-pay')
    .map((group) => ({
      key: group.key,
      before: group.before.fundFen,
      after: group.after.fundFen,
      change: group.after.fundFen - group.before.fundFen,
    }));
  return (
    <Row gutter={16} data-testid="fund-panel">
      <Col xs={24} xl={10}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="改革前基金支出">{formatWan(fund.beforeFen)}</Descriptions.Item>
          <Descriptions.Item label="改革后基金支出">{formatWan(fund.afterFen)}</Descriptions.Item>
          <Descriptions.Item label="变化">
            <Typography.Text type={fund.changeFen > 0 ? 'danger' : 'success'}>
              {formatWan(fund.changeFen, true)}（{formatShare(fund.changeFen, fund.beforeFen)}）
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="可承受上限">
            增幅 {formatBp(fund.maxIncrease)}，至多增加 {formatWan(fund.limitFen)}
          </Descriptions.Item>
        </Descriptions>
      </Col>
      <Col xs={24} xl={14}>
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '险种', dataIndex: 'key', render: (key: string) => schemeName(key) },
            {
              title: '改革前',
              dataIndex: 'before',
              align: 'right',
              render: (fen: number) => formatWan(fen),
            },
            {
              title: '改革后',
              dataIndex: 'after',
              align: 'right',
              render: (fen: number) => formatWan(fen),
            },
            {
              title: '变化',
              dataIndex: 'change',
              align: 'right',
              render: (fen: number) => formatChange(fen),
            },
          ]}
        />
      </Col>
    </Row>
  );
}
