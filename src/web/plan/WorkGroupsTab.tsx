// 工作组 tab: work groups from the annexes, with lead and member units, leaders and duties.
import { Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { WorkGroup } from '../../core/plan/types';
import { locatableRow, spanLines } from './review';
import type { ReviewTabProps } from './review';

const tags = (units: string[], color?: string) => (
  <Space size={[0, 4]} wrap>
    {units.map((unit) => (
      <Tag key={unit} color={color}>
        {unit}
      </Tag>
    ))}
  </Space>
);

export function WorkGroupsTab(props: ReviewTabProps) {
  const columns: TableColumnsType<WorkGroup> = [
    { title: '工作组', dataIndex: 'name', width: 120 },
    {
      title: '牵头单位',
      dataIndex: 'leadUnits',
      width: 160,
      render: (units: string[]) => tags(units, 'blue'),
    },
    {
      title: '成员单位',
      dataIndex: 'memberUnits',
      width: 200,
      render: (units: string[]) => tags(units),
    },
    {
      title: '组长 / 副组长',
      width: 140,
      render: (_, group) => (
        <>
          {group.leader && <div>组长：{group.leader}</div>}
          {group.deputies.length > 0 && <div>副组长：{group.deputies.join('、')}</div>}
          {!group.leader && group.deputies.length === 0 && (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </>
      ),
    },
    {
      title: '职责',
      dataIndex: 'duties',
      render: (duties: string[]) => (
        <Typography.Paragraph
          ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}
          style={{ marginBottom: 0 }}
        >
          {duties.join('；')}
        </Typography.Paragraph>
      ),
    },
  ];
  return (
    <Table<WorkGroup>
      rowKey="name"
      size="small"
      columns={columns}
      dataSource={props.detail.plan.workGroups}
      pagination={false}
      onRow={(group) => locatableRow(`group:${group.name}`, spanLines(group.source), props)}
    />
  );
}
