// The mechanisms read from a plan, each with the line and words it came from, before a scenario is made.
import { Empty, Table, Tag, Tooltip, Typography } from 'antd';
import type { PlanMechanisms } from './planDraftApi';
import { mechanismRows, openCount, type MechanismRow } from './mechanismRows';

export function MechanismList({ mechanisms }: { mechanisms: PlanMechanisms }) {
  const rows = mechanismRows(mechanisms);
  if (rows.length === 0) {
    return (
      <Empty description="方案没有写明取消加成、补偿或报销等资金机制；创建后全部取值都是待填的假设值。" />
    );
  }
  return (
    <>
      <Table<MechanismRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        data-testid="plan-mechanisms"
        columns={[
          { title: '机制', dataIndex: 'label', width: 140 },
          { title: '方案写明', dataIndex: 'value' },
          {
            title: '原文',
            dataIndex: 'line',
            width: 110,
            render: (_line: number | null, row) =>
              row.line === null ? null : (
                <Tooltip title={`“${row.quote ?? ''}”`}>
                  <Tag color="blue">第 {row.line} 行</Tag>
                </Tooltip>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        方案未写明的取值（报销比例、定额额度、调价表、分担比例等，本方案有 {openCount(mechanisms)}{' '}
        处提到但未给数）在创建后标为橙色的假设值，请按本地政策填写。
      </Typography.Paragraph>
    </>
  );
}
